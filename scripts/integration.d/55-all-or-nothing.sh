# A render writes all its files or none: a failure at the last file, a PNG over the size limit and a
# signal mid-render leave no file and no temporary behind; --out is created when missing.
set -uo pipefail
spec="$WORK/aon.yaml"; printf 'title: T\nplaces:\n  - place: Kyiv\nrings:\n  - center: Kyiv\n    radius: 300 km\n' > "$spec"
fail() { echo "$1"; ls -la "$2" 2>/dev/null; exit 1; }

# The SVG cannot be written (a folder has its name): exit 3, and the GeoJSON is not left behind.
out="$WORK/aon-1"; mkdir -p "$out/aon.svg"
"$EVENTMAP" render "$spec" --out "$out" --format geojson,svg 2>"$WORK/err"; code=$?
[ "$code" -eq 3 ] || fail "svg path is a folder: exit $code" "$out"
[ "$(ls -A "$out")" = "aon.svg" ] || fail "svg path is a folder: files left behind" "$out"

# A PNG over the pixel limit is refused before any work: exit 2, nothing written.
out="$WORK/aon-2"; mkdir -p "$out"
printf 'title: T\nsize: [8000, 8000]\nplaces:\n  - place: Kyiv\n' > "$WORK/huge-png.yaml"
"$EVENTMAP" render "$WORK/huge-png.yaml" --out "$out" --format geojson,svg,png --dpi 1200 2>"$WORK/err"; code=$?
[ "$code" -eq 2 ] || fail "huge PNG: exit $code $(cat "$WORK/err")" "$out"
grep -q "over the limit of 50000000" "$WORK/err" || fail "huge PNG: $(cat "$WORK/err")" "$out"
[ -z "$(ls -A "$out")" ] || fail "huge PNG: files left behind" "$out"

# A missing --out folder is made, parents included.
out="$WORK/aon-3/a/b"
"$EVENTMAP" render "$spec" --out "$out" --format geojson,svg,png >/dev/null 2>"$WORK/err" || fail "new --out: $(cat "$WORK/err")" "$out"
[ "$(ls -A "$out" | tr '\n' ' ')" = "aon.geojson aon.png aon.svg " ] || fail "new --out: not all files written" "$out"

# SIGTERM at any moment of a render leaves no temporary file.
out="$WORK/aon-4"; mkdir -p "$out"
for delay in 0.05 0.15 0.3 0.5; do
  "$EVENTMAP" render "$spec" --out "$out" --format geojson,svg,png >/dev/null 2>&1 & pid=$!
  sleep "$delay"; kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  ! ls -A "$out" | grep -q '^\.' || fail "SIGTERM after $delay s left temporaries" "$out"
done

# Issue 29: a signal while rsvg-convert converts (held there by a FIFO as its font configuration)
# left GIO's .goutputstream-* behind; each of the three signals now leaves the folder as it was.
mkfifo "$WORK/fonts.fifo"
for signal in TERM INT HUP; do
  out="$WORK/aon-5-$signal"; mkdir -p "$out"
  FONTCONFIG_FILE="$WORK/fonts.fifo" "$EVENTMAP" render "$spec" --out "$out" --format png >/dev/null 2>&1 & pid=$!
  for _ in $(seq 50); do ls -A "$out" | grep -q . && break; sleep 0.1; done
  sleep 0.5; kill -"$signal" "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  [ -z "$(ls -A "$out")" ] || fail "SIG$signal during the PNG conversion left files" "$out"
done

# A file-size limit (ulimit -f) is a write error, exit 3 with nothing left, not a SIGXFSZ death.
out="$WORK/aon-6"; mkdir -p "$out"
(ulimit -f 20; "$EVENTMAP" render "$spec" --out "$out" --format geojson,svg >/dev/null 2>"$WORK/err"); code=$?
[ "$code" -eq 3 ] || fail "ulimit -f: exit $code $(cat "$WORK/err")" "$out"
[ -z "$(ls -A "$out")" ] || fail "ulimit -f: files left behind" "$out"
exit 0
