# A spec's layers: the gallery's example GeoPackage draws into a valid SVG, under the features, with a
# legend row and a credit each; a layer that cannot be read is one sentence naming the file, exit 3
# for a missing file or a FIFO, exit 2 for a file GDAL cannot read or a missing layer or field, and
# nothing is written; a layer file is an input, which no output of the run may replace.
set -uo pipefail
fail() { echo "$1"; cat "$WORK/err" 2>/dev/null; exit 1; }
dtd=/usr/share/xml/w3c-sgml-lib/schema/dtd/REC-SVG11-20110816/svg11.dtd
[ -f "$dtd" ] || dtd="$EVENTMAP_HOME/maps/svg11-dtd/svg11.dtd"

"$EVENTMAP" render "$EVENTMAP_HOME/maps/gallery/user-layers.yaml" --out "$WORK/ok" --format svg > /dev/null 2> "$WORK/err" || fail "the gallery's user-layers map did not render"
svg="$WORK/ok/user-layers.svg"
xmllint --noout --nonet --dtdvalid "$dtd" "$svg" || exit 1
for text in 'class="layer-occupied"' 'class="layer-front-line-line"' '>Held in the exercise (invented)<' '>Exercise line (invented)<' \
  '>Sector A<' ">Layers: Held in the exercise (invented): drawn for eventmap&#39;s examples<"; do
  grep -qF "$text" "$svg" || fail "the user-layers SVG lacks $text"
done

cp "$EVENTMAP_HOME/maps/layers/exercise.gpkg" "$WORK/"
mkfifo "$WORK/pipe.geojson"
check() {  # expected exit, expected words, the layer as YAML
  printf 'title: T\nplaces: [{place: Kyiv}]\nlayers:\n  - %s\n' "$3" > "$WORK/s.yaml"
  "$EVENTMAP" render "$WORK/s.yaml" --out "$WORK/out" --format geojson,svg 2> "$WORK/err"; code=$?
  [ "$code" -eq "$1" ] || fail "layer $3: exit $code, not $1"
  grep -qF "$2" "$WORK/err" || fail "layer $3: the error does not say '$2'"
  [ "$(wc -l < "$WORK/err")" -eq 1 ] || fail "layer $3: not one line"
  [ ! -e "$WORK/out/s.svg" ] && [ ! -e "$WORK/out/s.geojson" ] || fail "layer $3: files written"
}
check 3 "Cannot read the layer file $WORK/missing.gpkg ($WORK/s.yaml:4:12): no such file or folder" "{file: missing.gpkg}"
check 3 "it is not a regular file or folder (a FIFO, device or socket)" "{file: pipe.geojson}"
check 2 "$WORK/exercise.gpkg has 2 layers (held, front); choose one with layer:." "{file: exercise.gpkg}"
check 2 "$WORK/exercise.gpkg has no layer 'fronts'; its layers are held, front." "{file: exercise.gpkg, layer: fronts}"
check 2 "has no field 'title' for label-field; its fields are name." "{file: exercise.gpkg, layer: held, label-field: title}"
check 2 "$WORK/s.yaml is not a dataset GDAL can read (" "{file: s.yaml}"

# The layer is an input: a GeoPackage output of the same name in the same folder is refused.
printf 'title: T\nplaces: [{place: Kyiv}]\nlayers:\n  - {file: exercise.gpkg, layer: held}\n' > "$WORK/exercise.yaml"
before=$(cksum < "$WORK/exercise.gpkg")
"$EVENTMAP" render "$WORK/exercise.yaml" --out "$WORK" --format gpkg 2> "$WORK/err"; code=$?
[ "$code" -eq 3 ] && grep -qF "it is the input $WORK/exercise.gpkg" "$WORK/err" || fail "the layer file was not protected: exit $code"
[ "$(cksum < "$WORK/exercise.gpkg")" = "$before" ] || fail "the layer file changed"
# Area files in any format GDAL reads (issue 26): `file:` and --occupied take a GeoPackage or a
# Shapefile through the same checks as GeoJSON, so the distances are the same; a dataset of several
# layers is refused with its layers named.
areas="$WORK/areas"; mkdir -p "$areas"
ogr2ogr -f GPKG "$areas/held.gpkg" "$EVENTMAP_HOME/maps/layers/exercise-held.geojson" || exit 1
ogr2ogr -f "ESRI Shapefile" "$areas/held.shp" "$EVENTMAP_HOME/maps/layers/exercise-held.geojson" || exit 1
reference=$("$EVENTMAP" distance Reykjavik "file:$EVENTMAP_HOME/maps/layers/exercise-held.geojson" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['distanceMeters'])")
for file in held.gpkg held.shp; do
  got=$("$EVENTMAP" distance Reykjavik "file:$areas/$file" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['distanceMeters'])") \
    || { echo "file:$file was not read"; exit 1; }
  [ "$got" = "$reference" ] || { echo "file:$file: $got m, the GeoJSON gives $reference m"; exit 1; }
done
"$EVENTMAP" distance Reykjavik "file:$EVENTMAP_HOME/maps/layers/exercise.gpkg" > /dev/null 2> "$WORK/err"; status=$?
[ "$status" -eq 2 ] && grep -q "has 2 layers (held, front)" "$WORK/err" || { echo "several layers: exit $status, $(cat "$WORK/err")"; exit 1; }
# render --events (issue 26): a table's rows become places (a place column through the gazetteer's
# rules, latitude/longitude, or a GeoPackage's points); every bad row is one line on stderr, exit 2,
# and nothing is written.
events="$WORK/events"; mkdir -p "$events/out"
printf 'title: Events\nplaces: [{place: Kyiv}]\n' > "$events/spec.yaml"
printf 'place,date,role,label,note\nKharkiv,2024-05-10,impact,,Glide bombs\nBelgorod,2024-05-11,launch,,\n' > "$events/good.csv"
printf 'latitude,longitude,label,role\n48.5,37.9,Front village,impact\n' > "$events/points.csv"
ogr2ogr -f GPKG "$events/points.gpkg" "$events/points.csv" -oo X_POSSIBLE_NAMES=longitude -oo Y_POSSIBLE_NAMES=latitude \
  -a_srs EPSG:4326 || exit 1
for table in good.csv points.gpkg; do
  "$EVENTMAP" render "$events/spec.yaml" --events "$events/$table" --out "$events/out" --format geojson > /dev/null \
    || { echo "--events $table failed"; exit 1; }
  python3 - "$events/out/spec.geojson" "$table" <<'PY' || exit 1
import json, sys
places = [f["properties"] for f in json.load(open(sys.argv[1]))["features"] if f["properties"].get("featureType") == "place"]
expected = {"good.csv": [("Kyiv", "reference", None), ("Kharkiv", "impact", "2024-05-10"), ("Belgorod", "launch", "2024-05-11")],
            "points.gpkg": [("Kyiv", "reference", None), ("Front village", "impact", None)]}[sys.argv[2]]
got = [(p.get("label"), p.get("role"), p.get("date")) for p in places]
assert got == expected, f"{sys.argv[2]}: {got}"
PY
done
printf 'place,date,role\nKharkiv,2024-05-10,impact\nXqzptlwv,,\nKharkow,,\nSumy,2024-13-40,\nPoltava,,bogus\n,,\n' > "$events/bad.csv"
rm -rf "$events/out"
"$EVENTMAP" render "$events/spec.yaml" --events "$events/bad.csv" --out "$events/out" > /dev/null 2> "$WORK/err"; status=$?
[ "$status" -eq 2 ] || { echo "--events with bad rows: exit $status"; exit 1; }
[ "$(grep -c ', row [0-9]*:' "$WORK/err")" -eq 5 ] || { echo "--events: expected 5 row lines: $(cat "$WORK/err")"; exit 1; }
grep -q "5 of 6 rows cannot be marked" "$WORK/err" || { echo "--events: no summary: $(cat "$WORK/err")"; exit 1; }
[ ! -e "$events/out" ] || [ -z "$(ls -A "$events/out")" ] || { echo "--events with bad rows wrote files"; exit 1; }
