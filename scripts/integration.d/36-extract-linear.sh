# Extraction is linear in the report's length (issue 29: "460 km " repeated took 1.0 s at 25 KB and
# over 180 s at 1 MB; sure places repeated beside everyday words took 202 s at 100 KB, as every word
# was measured against every anchor). Each shape that was quadratic is read at 25 KB and at 100 KB; four times the
# text must take under seven times the CPU time (linear is 4, quadratic 16). A growth check, not a
# speed test: the times themselves are in `make bench`.
set -uo pipefail
shapes=(
  "460 km "
  "Strikes hit Kharkiv. "
  "Kharkiv lies 40 km from Belgorod, Sumy about 100 km and Poltava 140 km. "
  "Gulf of Aden "
  "south of the capital, 40 km from the launch area, some 30 km away. "
  "Strikes hit Kharkiv. The Union met in Home. "
)
seconds() {  # CPU seconds of one extraction
  /usr/bin/time -f '%U %S' "$EVENTMAP" extract "$1" 2>&1 >/dev/null | tail -1 | awk '{ print $1 + $2 }'
}
status=0
for shape in "${shapes[@]}"; do
  python3 -c "import sys; u = sys.argv[1]; n = int(sys.argv[2]); print((u * (n // len(u) + 1))[:n])" "$shape" 25000 > "$WORK/small.txt"
  python3 -c "import sys; u = sys.argv[1]; n = int(sys.argv[2]); print((u * (n // len(u) + 1))[:n])" "$shape" 100000 > "$WORK/large.txt"
  small=$(seconds "$WORK/small.txt"); large=$(seconds "$WORK/large.txt")
  if ! python3 -c "import sys; s, l = map(float, sys.argv[1:]); sys.exit(0 if l <= 7 * max(s, 0.05) else 1)" "$small" "$large"; then
    echo "superlinear: '$shape' repeated: 25 KB in $small s, 100 KB in $large s"; status=1
  fi
done
exit $status
