# distance --batch -f, passed-through columns and destination --batch print exactly what GeographicLib's
# GeodSolve prints, byte for byte, at precisions 0, 3 and 10 (issue 27): seeded pairs and starts with poles,
# the antimeridian, antipodal points, longitudes and azimuths beyond ±180° and negative distances. A bad
# line is answered in its place ("ERROR: line N, column C: …"), the others as GeodSolve answers them, and
# the run exits 2 with one sentence naming the first bad line and column.
set -euo pipefail
python3 - "$WORK" <<'PY'
import math, random, sys
rng = random.Random(20270127)
def sphere(): return math.degrees(math.asin(rng.uniform(-1, 1))), rng.uniform(-180, 180)
pairs, starts = [], []
for i in range(20000):
    (lat1, lon1), (lat2, lon2) = sphere(), sphere()
    kind = i % 8
    if kind == 0: lat2, lon2 = -lat1, lon1 + 180                          # antipodal
    elif kind == 1: lat2, lon2 = -lat1 + rng.uniform(-0.5, 0.5), lon1 + 179.5 + rng.uniform(0, 1)
    elif kind == 2: lat1 = rng.choice((-90, 90))                           # a pole
    elif kind == 3: lon1, lon2 = 179.9, -179.9                             # across the antimeridian
    elif kind == 4: lon1, lon2 = rng.uniform(-540, 540), rng.uniform(-540, 540)
    pairs.append((lat1, lon1, lat2, lon2))
    azimuth, distance = rng.uniform(-180, 180), rng.uniform(0, 20003931)
    if kind == 5: azimuth, distance = rng.uniform(-540, 540), rng.uniform(-40e6, 40e6)
    elif kind == 6: distance = 20003931.4586                              # to the antipode
    elif kind == 7: lon1, azimuth = 179.99, 90                            # across the antimeridian
    starts.append((lat1, lon1, azimuth, distance))
def write(name, rows, suffix=lambda i: ""):
    with open(f"{sys.argv[1]}/{name}", "w") as out:
        for i, row in enumerate(rows):
            out.write(" ".join(f"{v:.9f}" for v in row) + suffix(i) + "\n")
write("pairs.txt", pairs)
write("starts.txt", starts)
write("pairs-ids.txt", pairs, lambda i: f" #{i} id-{i}\tx")
PY
compare() {  # compare DESCRIPTION OURS THEIRS
  cmp -s "$2" "$3" || { echo "$1 differs from GeodSolve:"; diff "$2" "$3" | head -5; exit 1; }
}
for precision in 0 3 10; do
  "$EVENTMAP" distance --batch -f --precision "$precision" < "$WORK/pairs.txt" > "$WORK/ours.txt"
  GeodSolve -i -f -p "$precision" < "$WORK/pairs.txt" > "$WORK/theirs.txt"
  compare "distance --batch -f -p $precision" "$WORK/ours.txt" "$WORK/theirs.txt"
  "$EVENTMAP" destination --batch --precision "$precision" < "$WORK/starts.txt" > "$WORK/ours.txt"
  GeodSolve -p "$precision" < "$WORK/starts.txt" > "$WORK/theirs.txt"
  compare "destination --batch -p $precision" "$WORK/ours.txt" "$WORK/theirs.txt"
  "$EVENTMAP" destination --batch --full --precision "$precision" --threads 1 < "$WORK/starts.txt" > "$WORK/ours.txt"
  GeodSolve -f -p "$precision" < "$WORK/starts.txt" > "$WORK/theirs.txt"
  compare "destination --batch -f -p $precision" "$WORK/ours.txt" "$WORK/theirs.txt"
done
[[ $(wc -l < "$WORK/ours.txt") -eq 20000 ]]

# Columns after the fourth come back after the answer, unchanged: GeodSolve echoes what follows its
# comment delimiter the same way.
"$EVENTMAP" distance --batch < "$WORK/pairs-ids.txt" > "$WORK/ours.txt"
GeodSolve -i --comment-delimiter '#' < "$WORK/pairs-ids.txt" > "$WORK/theirs.txt"
compare "distance --batch with ID columns" "$WORK/ours.txt" "$WORK/theirs.txt"
"$EVENTMAP" distance --batch -f --threads 1 < "$WORK/pairs-ids.txt" > "$WORK/ours.txt"
GeodSolve -i -f --comment-delimiter '#' < "$WORK/pairs-ids.txt" > "$WORK/theirs.txt"
compare "distance --batch -f with ID columns" "$WORK/ours.txt" "$WORK/theirs.txt"

# Bad lines: each answered in its place, the good ones as GeodSolve answers them, exit 2, one sentence.
printf '39.15278 127.44361 162 460000 ok-1\nWonsan 127.4 162 460000\n0 0 90\n0 0 600 10\n-91 0 0 10\n0 180 90 1000 ok-2\n' > "$WORK/bad.txt"
status=0; "$EVENTMAP" destination --batch < "$WORK/bad.txt" > "$WORK/ours.txt" 2> "$WORK/err.txt" || status=$?
[ "$status" -eq 2 ] || { echo "destination --batch with bad lines: exit $status, expected 2"; exit 1; }
cat > "$WORK/expected.txt" <<'OUT'
ERROR: line 2, column 1: lat1 is not a finite decimal number
ERROR: line 3, column 7: expected 4 numbers (lat1 lon1 azi1 s12), found 3
ERROR: line 4, column 5: azi1 is outside -540…540
ERROR: line 5, column 1: lat1 is outside -90…90
OUT
grep '^ERROR' "$WORK/ours.txt" | cmp -s - "$WORK/expected.txt" || { echo "ERROR lines:"; cat "$WORK/ours.txt"; exit 1; }
sed -n '1p;6p' "$WORK/bad.txt" | sed 's/ ok-.*//' | GeodSolve > "$WORK/theirs.txt"
sed -n '1p;6p' "$WORK/ours.txt" | sed 's/ ok-.*//' | cmp -s - "$WORK/theirs.txt" || { echo "good lines among bad ones differ"; exit 1; }
sed -n '1p;6p' "$WORK/ours.txt" | grep -q ' ok-1$' || { echo "the ID column was lost"; exit 1; }
expected="eventmap: 4 of 6 lines could not be read (the first: line 2, column 1: lat1 is not a finite decimal number); give lat1 lon1 azi1 s12 in decimal degrees and metres a line, and see the ERROR lines in the output."
[ "$(cat "$WORK/err.txt")" = "$expected" ] || { echo "stderr: $(cat "$WORK/err.txt")"; exit 1; }
