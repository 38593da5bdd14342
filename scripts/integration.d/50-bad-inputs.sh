# Hardening: bad inputs across every subcommand. Each must exit 2 (input) or 3 (I/O) within 30 s,
# print a sentence on stderr (first line "eventmap: …" or ArgumentParser's "Error: …"), print nothing
# on stdout for eventmap's own errors, and leave no file (partial or temporary) in the output folder.
set -uo pipefail
out="$WORK/out"; mkdir -p "$out"
fixtures="$WORK/fixtures"; mkdir -p "$fixtures"
printf 'title: T\nplaces:\n  - place: [unclosed\n' > "$fixtures/malformed.yaml"
{ echo 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'; for i in 1 2 3 4 5 6 7 8 9; do printf 'a%d: &a%d [' "$i" "$i"; for j in 1 2 3 4 5 6 7 8 9; do printf '*a%d, ' $((i-1)); done; printf '*a%d]\n' $((i-1)); done; echo 'title: T'; } > "$fixtures/bomb.yaml"
sed -i 's/^a\([0-9]\)/x-a\1/' "$fixtures/bomb.yaml"; printf 'title: T\nplaces: *a9\n' > "$fixtures/bomb2.yaml"; sed 's/^x-a/a/' "$fixtures/bomb.yaml" | grep -v '^title' > "$fixtures/bomb3.yaml"; printf 'title: T\nlines: *a9\n' >> "$fixtures/bomb3.yaml"
python3 -c "
import sys
with open(sys.argv[1], 'w') as f:
    f.write('title: T\nplaces:\n')
    for i in range(1000000): f.write('  - place: Kyiv\n')
" "$fixtures/million.yaml"
printf 'title: T\nplaces:\n  - place: Xqzptlwv\n' > "$fixtures/unknown-place.yaml"
printf 'title: T\nrings:\n  - center: Kyiv\n    radius: -5 km\n' > "$fixtures/negative.yaml"
printf 'title: T\nrings:\n  - center: Kyiv\n    radius: 1e400 km\n' > "$fixtures/huge.yaml"
printf 'title: T\nplaces:\n  - place: Kyiv\n' > "$fixtures/good.yaml"
printf 'title: T\nextent: [118, 21.5, 123, 26.5]\nplaces:\n  - {place: Pingtan, role: launch}\n' > "$fixtures/outside-extent.yaml"
printf 'title: \xff\xfe bad\n' > "$fixtures/invalid-utf8.yaml"
printf 'not json at all' > "$fixtures/not.geojson"
printf '{"type":"Point","coordinates":[0,0]}' > "$fixtures/file.txt"
python3 -c "import sys; open(sys.argv[1],'w').write('1'*10_000_000 + ' 2 3 4\n')" "$fixtures/long-line.txt"
printf '1 2 3 4\n\xff\xfe 2 3 4\nnan 0 0 0\ninf 0 0 0\n' > "$fixtures/bad-batch.txt"
mkdir -p "$fixtures/a-folder.yaml" "$out/good.geojson"
head -c 6000000 /dev/zero | tr '\0' '#' > "$fixtures/six-mb.yaml"
head -c 17000000 /dev/zero | tr '\0' ' ' > "$fixtures/big.geojson"
head -c 1100000 /dev/zero | tr '\0' 'a' > "$fixtures/big-report.txt"
head -c 3000000 /dev/zero | tr '\0' '1' > "$fixtures/no-newline.txt"
python3 -c "
import sys
radii = ', '.join(f'{i} km' for i in range(1, 10002))
open(sys.argv[1], 'w').write('title: T\\nrings: [{center: Kyiv, radii: [' + radii + ']}]\\n')
open(sys.argv[2], 'w').write('title: T\\nrings:\\n' + '  - {center: Kyiv, radius: 1000 km}\\n' * 200)
" "$fixtures/many-radii.yaml" "$fixtures/many-vertices.yaml"
printf 'title: T\nplaces:\n  - {place: Kyiv, note: &n %s}\n' "$(head -c 20000 /dev/zero | tr '\0' x)" > "$fixtures/aliased-text.yaml"
for _ in $(seq 999); do printf '  - {place: Kyiv, note: *n}\n'; done >> "$fixtures/aliased-text.yaml"
printf 'title: T\nrings: [{center: Kyiv, radius: 0.001 m}]\n' > "$fixtures/tiny-ring.yaml"
printf 'title: T\nlines: [{from: Kyiv, to: Kyiv}]\n' > "$fixtures/self-line.yaml"
printf 'title: T\nrings: [{center: Kyiv, radius: 300 km, inner-radius: 500 km, azimuths: [0, 90]}]\n' > "$fixtures/inner-too-large.yaml"
printf 'title: T\nrings: [{center: Kyiv, radius: 1.000 km}]\n' > "$fixtures/ambiguous-length.yaml"
printf 'title: T\nrings: [{center: Kyiv, radius: 300 km, azimuths: [1e300, 1e308]}]\n' > "$fixtures/huge-azimuths.yaml"

passed=0; failed=0
check() {  # check EXPECTED_CODES DESCRIPTION -- COMMAND... [< input via STDIN_FILE]
  local expected=$1 description=$2; shift 3
  local before after code
  before=$(ls -A "$out" | sort)
  if [ -n "${STDIN_FILE:-}" ]; then
    timeout 30 "$@" < "$STDIN_FILE" > "$WORK/stdout" 2> "$WORK/stderr"; code=$?
  else
    timeout 30 "$@" < /dev/null > "$WORK/stdout" 2> "$WORK/stderr"; code=$?
  fi
  after=$(ls -A "$out" | sort)
  local problem=""
  [[ " $expected " == *" $code "* ]] || problem="exit $code, expected $expected"
  [ "$code" -eq 124 ] && problem="hung (killed after 30 s)"
  head -1 "$WORK/stderr" | grep -Eq '^(eventmap: |Error: ).{10,}' || problem="${problem:+$problem; }stderr does not start with a sentence: $(head -c 200 "$WORK/stderr")"
  grep -q 'Fatal error\|Stack dump\|Segmentation' "$WORK/stderr" && problem="crashed: $(head -c 300 "$WORK/stderr")"
  [ "$before" = "$after" ] || problem="${problem:+$problem; }left files in the output folder: $after"
  if [ -n "$problem" ]; then failed=$((failed + 1)); echo "  bad input not handled: $description: $problem"; else passed=$((passed + 1)); fi
}

E=$EVENTMAP
check "2" "empty place name" -- $E geocode ""
check "2" "latitude 91 in DMS" -- $E geocode "91°N"
check "2" "half a coordinate" -- $E geocode "N 36"
check "2" "NaN coordinate" -- $E geocode "nan, 36"
check "2" "infinite coordinate" -- $E geocode "inf 0"
check "2" "latitude 91" -- $E geocode "91, 0"
check "2" "longitude beyond 540" -- $E geocode "0, 540.5"
check "2" "unknown place" -- $E geocode Xqzptlwv
check "2" "unknown country" -- $E geocode Paris --country Atlantis
check "2" "invalid UTF-8 name" -- $E geocode "$(printf 'Kh\xffarkiv')"
check "2" "limit zero" -- $E geocode Kyiv --limit 0
check "2" "distance with one place" -- $E distance Kyiv
check "2" "distance to an unknown place" -- $E distance Kyiv Xqzptlwv
check "3" "custom gazetteer missing" -- $E distance Kyiv Lviv --gazetteer "$fixtures/none.tsv"
check "2" "custom gazetteer malformed" -- $E geocode Kyiv --gazetteer "$fixtures/not.geojson"
STDIN_FILE="$fixtures/long-line.txt" check "2" "10 MB batch line" -- $E distance --batch
STDIN_FILE="$fixtures/bad-batch.txt" check "2" "batch with invalid UTF-8, NaN and inf" -- $E distance --batch
check "2" "batch precision out of range" -- $E distance --batch --precision 99
STDIN_FILE="$fixtures/long-line.txt" check "2" "10 MB direct batch line" -- $E destination --batch
STDIN_FILE="$fixtures/bad-batch.txt" check "2" "direct batch with invalid UTF-8, NaN and inf" -- $E destination --batch -f
check "2" "direct batch with a place" -- $E destination --batch Kyiv
check "2" "--threads 0" -- $E distance --batch --threads 0
check "2" "--full without --batch" -- $E distance Kyiv Lviv -f
check "2" "NaN azimuth" -- $E destination Kyiv --azimuth nan --distance "10 km"
check "2" "negative distance" -- $E destination Kyiv --azimuth 90 --distance "-5 km"
check "2" "distance 1e400 km" -- $E destination Kyiv --azimuth 90 --distance "1e400 km"
check "2" "unknown unit" -- $E within Kyiv --radius "460 parsecs"
check "2" "empty radius" -- $E within Kyiv --radius ""
check "2" "empty stated distance" -- $E verify Wonsan Busan --stated ""
check "2" "unreadable tolerance" -- $E verify Wonsan Busan --stated "460 km" --tolerance lots
check "3" "missing spec" -- $E render "$fixtures/missing.yaml" --out "$out"
check "3" "spec that is a folder" -- $E render "$fixtures/a-folder.yaml" --out "$out"
check "2" "malformed YAML" -- $E render "$fixtures/malformed.yaml" --out "$out"
check "2" "a warning under --strict (a subject read inside the extent)" -- $E render "$fixtures/outside-extent.yaml" --out "$out" --strict
check "2" "YAML alias bomb (places)" -- $E render "$fixtures/bomb2.yaml" --out "$out"
check "2" "YAML alias bomb (defined then used)" -- $E render "$fixtures/bomb3.yaml" --out "$out"
check "2" "a spec with a million places" -- $E render "$fixtures/million.yaml" --out "$out"
check "2" "unknown place in a spec" -- $E render "$fixtures/unknown-place.yaml" --out "$out"
check "2" "negative radius in a spec" -- $E render "$fixtures/negative.yaml" --out "$out"
check "2" "radius 1e400 km in a spec" -- $E render "$fixtures/huge.yaml" --out "$out"
check "2" "spec that is not UTF-8" -- $E render "$fixtures/invalid-utf8.yaml" --out "$out"
check "2" "unknown output format" -- $E render "$fixtures/good.yaml" --out "$out" --format svg,pdf
check "3" "--out that is a file" -- $E render "$fixtures/good.yaml" --out "$fixtures/good.yaml"
check "3" "output folder on a read-only file system" -- $E render "$fixtures/good.yaml" --out /proc/eventmap
check "3" "output path that is a folder" -- $E render "$fixtures/good.yaml" --out "$out" --format geojson
check "3" "validate a missing file" -- $E validate "$fixtures/missing.geojson"
check "2" "validate a file that is not JSON" -- $E validate "$fixtures/not.geojson"
check "2" "validate an unsupported file type" -- $E validate "$fixtures/file.txt"
check "2" "spec over 5 MB (refused by its size)" -- $E render "$fixtures/six-mb.yaml" --out "$out"
check "2" "GeoJSON over 16 MB to validate" -- $E validate "$fixtures/big.geojson"
check "2" "report over 1 MB" -- $E extract "$fixtures/big-report.txt"
STDIN_FILE="$fixtures/big-report.txt" check "2" "report over 1 MB on standard input" -- $E extract -
STDIN_FILE="$fixtures/no-newline.txt" check "2" "3 MB batch stream without a newline" -- $E distance --batch
check "2" "10,001 radii in one ring" -- $E render "$fixtures/many-radii.yaml" --out "$out"
check "2" "rings past the vertex limit" -- $E render "$fixtures/many-vertices.yaml" --out "$out"
check "2" "a 20 KB string aliased 1,000 times" -- $E render "$fixtures/aliased-text.yaml" --out "$out"
check "2" "ring of 1 mm" -- $E render "$fixtures/tiny-ring.yaml" --out "$out"
check "2" "line from a place to itself" -- $E render "$fixtures/self-line.yaml" --out "$out"
check "2" "inner radius larger than the radius" -- $E render "$fixtures/inner-too-large.yaml" --out "$out"
check "2" "ambiguous radius 1.000 km" -- $E render "$fixtures/ambiguous-length.yaml" --out "$out"
check "2" "sector azimuths 1e300 and 1e308" -- $E render "$fixtures/huge-azimuths.yaml" --out "$out"
check "2" "ambiguous stated distance 1.000 km" -- $E verify Kyiv Lviv --stated "1.000 km"
check "2" "decimal-comma coordinates" -- $E geocode "50,45, 30,52"
check "2" "azimuth 4000" -- $E destination Kyiv --azimuth 4000 --distance "10 km"
check "2" "PNG over the pixel limit" -- $E render "$fixtures/good.yaml" --out "$out" --format png --dpi 1200
check "2" "unknown option among places" -- $E distance Kyiv --jsn Lviv
check "3" "--gazetteer that is a folder" -- $E geocode Kyiv --gazetteer "$fixtures/a-folder.yaml"
printf 'title: T\ntitle: U\n' > "$fixtures/duplicate-key.yaml"
printf 'title: null\n' > "$fixtures/null-title.yaml"
printf 'title: T\nprojection: "+proj=merc +nadgrids=/etc/shadow"\n' > "$fixtures/nadgrids.yaml"
printf 'title: T\nprojection: "+init=epsg:3857"\n' > "$fixtures/init.yaml"
printf 'title: T\nextent: [180, 10, -180, 20]\n' > "$fixtures/zero-extent.yaml"
printf 'title: T\nplaces: [{place: "0x1p5, 0x1p4"}]\n' > "$fixtures/hex-place.yaml"
printf 'title: T\nsize: [100, 100]\n' > "$fixtures/tiny-size.yaml"
printf 'title: T\nborders: de-facto\nplaces: [{place: Kyiv}]\n' > "$fixtures/de-facto.yaml"
python3 -c "import sys; open(sys.argv[1], 'w').write('[' * 100000 + ']' * 100000)" "$fixtures/deep.geojson"
printf 'Site\t39\t124\tKP\t\t\t1e308\n' > "$fixtures/huge-extent.tsv"
printf 'Kh\xffarkiv was hit.\n' > "$fixtures/report-not-utf8.txt"
check "2" "duplicate YAML key" -- $E render "$fixtures/duplicate-key.yaml" --out "$out"
check "2" "title: null" -- $E render "$fixtures/null-title.yaml" --out "$out"
check "2" "projection that opens a file (+nadgrids)" -- $E render "$fixtures/nadgrids.yaml" --out "$out"
check "2" "projection with +init" -- $E render "$fixtures/init.yaml" --out "$out"
check "2" "zero-width extent across ±180" -- $E render "$fixtures/zero-extent.yaml" --out "$out"
check "2" "hexadecimal coordinates in a spec" -- $E render "$fixtures/hex-place.yaml" --out "$out"
check "2" "map size under 200 pixels" -- $E render "$fixtures/tiny-size.yaml" --out "$out"
check "2" "borders: de-facto without --occupied" -- $E render "$fixtures/de-facto.yaml" --out "$out"
check "2" "--occupied with a de jure spec" -- $E render "$fixtures/good.yaml" --out "$out" --occupied "$fixtures/good.yaml"
check "2" "dpi out of range" -- $E render "$fixtures/good.yaml" --out "$out" --dpi 5
check "2" "GeoJSON nested 100,000 deep" -- $E validate "$fixtures/deep.geojson"
check "3" "validate a folder" -- $E validate "$out/good.geojson"
check "2" "custom gazetteer extent 1e308" -- $E geocode Site --gazetteer "$fixtures/huge-extent.tsv"
check "2" "geocode with an unknown option" -- $E geocode Kyiv --colour red
check "2" "geocode two places" -- $E geocode Kyiv Lviv
check "2" "limit of a million" -- $E geocode Kyiv --limit 1000000
check "2" "hexadecimal coordinates" -- $E geocode "0x1p5, 0x1p4"
check "2" "distance with three places" -- $E distance Kyiv Lviv Odesa
check "2" "batch with a place" -- $E distance --batch Kyiv
check "2" "unknown units" -- $E distance Kyiv Lviv --units furlongs
check "2" "destination without a distance" -- $E destination Kyiv --azimuth 90
check "2" "destination from an unknown place" -- $E destination Xqzptlwv --azimuth 90 --distance "10 km"
check "2" "within a negative population" -- $E within Kyiv --radius "10 km" --min-population -5
check "2" "within limit zero" -- $E within Kyiv --radius "10 km" --limit 0
check "2" "verify with one place" -- $E verify Kyiv --stated "460 km"
check "2" "verify a zero distance" -- $E verify Kyiv Lviv --stated "0 km"
check "2" "verify with a negative tolerance" -- $E verify Kyiv Lviv --stated "460 km" --tolerance "-3%"
check "3" "extract a missing report" -- $E extract "$fixtures/missing.txt"
check "2" "extract a report that is not UTF-8" -- $E extract "$fixtures/report-not-utf8.txt"
printf 'Strikes hit Kharkiv, Ukraine.\n' > "$fixtures/report.txt"
check "3" "extract --spec into a missing folder" -- $E extract "$fixtures/report.txt" --spec "$WORK/absent/draft.yaml"
check "2" "unknown subcommand" -- $E colour
# Reliability round 3 (issue 29): silent wrong answers become refusals.
for phrase in "the sea" "the base" "the bay" "the lake" "the river" "the border" "the city" "the front"; do
  check "2" "everyday phrase '$phrase'" -- $E distance Kharkiv "$phrase"
done
check "2" "border: without a code" -- $E distance Kharkiv "border:"
check "2" "Congo names two countries" -- $E distance Kinshasa Congo
check "2" "Korea names two countries" -- $E distance Kharkiv Korea
check "2" "a transliteration variant is a guess" -- $E distance Kharkow Kyiv
for stated in "412 km²" "460 km2" "460 km^2" "5 km³" "460 km!!"; do
  check "2" "stated '$stated' is no length" -- $E verify Wonsan Busan --stated "$stated"
done
check "3" "EVENTMAP_HOME missing" -- env EVENTMAP_HOME="$WORK/absent" $E distance Kyiv Lviv
check "3" "EVENTMAP_HOME a file" -- env EVENTMAP_HOME="$fixtures/report.txt" $E distance Kyiv Lviv
mkdir -p "$fixtures/empty-home"
check "3" "EVENTMAP_HOME empty" -- env EVENTMAP_HOME="$fixtures/empty-home" $E distance Kyiv Lviv
home="$fixtures/corrupt-home"; mkdir -p "$home/maps/basemap"; cp -r "$EVENTMAP_HOME/gazetteer" "$home/"
for f in "$EVENTMAP_HOME"/maps/basemap/*.bin; do cp "$f" "$home/maps/basemap/"; done
head -c 100 "$EVENTMAP_HOME/maps/basemap/regions.bin" > "$home/maps/basemap/regions.bin"
check "3" "corrupt regions.bin is an error, not the town" -- env EVENTMAP_HOME="$home" $E distance "Kursk Oblast" Belgorod
head -c 16 "$EVENTMAP_HOME/maps/basemap/admin1-lines.bin" | head -c 8 > "$home/maps/basemap/admin1-lines.bin"
printf '\377\377\377\377' >> "$home/maps/basemap/admin1-lines.bin"
cp "$EVENTMAP_HOME/maps/basemap/regions.bin" "$home/maps/basemap/regions.bin"
printf 'title: T\nextent: [30, 44, 40, 52]\nplaces:\n  - place: Kyiv\n' > "$fixtures/regional.yaml"
check "3" "a corrupt admin1-lines.bin header is an error, not SIGABRT" -- env EVENTMAP_HOME="$home" $E render "$fixtures/regional.yaml" --out "$out" --format svg
# Outputs never replace devices, FIFOs, symlinks or their own inputs; a failed run leaves nothing.
mkfifo "$fixtures/fifo.txt" "$out/fifo.yaml"
check "3" "a FIFO as the report" -- $E extract "$fixtures/fifo.txt"
check "3" "a FIFO as the spec" -- $E render "$fixtures/fifo.txt"
check "3" "a FIFO as an area file" -- $E distance Kyiv "file:$fixtures/fifo.txt"
check "3" "a FIFO at the draft's path" -- $E extract "$fixtures/report.txt" --spec "$out/fifo.yaml"
check "3" "a device at the draft's path" -- $E extract "$fixtures/report.txt" --spec /dev/null
ln -s "$fixtures/report.txt" "$out/link.yaml"
check "3" "a symlink at the draft's path" -- $E extract "$fixtures/report.txt" --spec "$out/link.yaml"
check "3" "the draft would replace the report" -- $E extract "$fixtures/report.txt" --spec "$fixtures/report.txt"
grep -q Kharkiv "$fixtures/report.txt" || { failed=$((failed + 1)); echo "  the report was overwritten"; }
cp "$fixtures/good.yaml" "$out/good-spec.geojson"
check "3" "render over its own spec" -- $E render "$out/good-spec.geojson" --out "$out" --format geojson
if [ -w /dev/full ]; then
  check "3" "extract --spec with standard output full" -- sh -c "$E extract '$fixtures/report.txt' --spec '$out/draft.yaml' > /dev/full"
  check "3" "render with standard output full" -- sh -c "$E render '$fixtures/good.yaml' --out '$out' > /dev/full"
fi
mkdir -p "$fixtures/proj-fifo"; mkfifo "$fixtures/proj-fifo/proj.db"
# A map's projection is made through PROJ, which would open proj.db (a distance to an area no longer projects).
check "3" "a FIFO as PROJ's proj.db" -- env PROJ_DATA="$fixtures/proj-fifo" $E render "$fixtures/good.yaml" --out "$out"
for definition in "$(printf '+proj=merc\t+nadgrids=%s' "$fixtures/fifo.txt")" "+proj=merc nadgrids=$fixtures/fifo.txt"; do
  printf 'title: T\nprojection: "%s"\nplaces:\n  - place: Kyiv\n' "$definition" > "$fixtures/proj-file.yaml"
  check "2" "a projection that reads a file ($definition)" -- $E render "$fixtures/proj-file.yaml" --out "$out"
done
echo "bad inputs: $passed handled, $failed not handled"
[ "$failed" -eq 0 ] && [ "$passed" -ge 80 ]
