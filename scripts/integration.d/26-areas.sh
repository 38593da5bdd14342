# Distances to areas: the README's examples, inside an area, the nearest points in JSON, a line
# that ogrinfo reads from the reported nearest points, de facto borders from a file, and refusals.
set -uo pipefail
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }

"$EVENTMAP" verify Eilat Yemen --stated "1,600 km" --json > "$WORK/eilat.json"; code=$?
[ "$code" -eq 0 ] || { echo "Eilat–Yemen 1,600 km exited $code"; exit 1; }
[ "$(json "$WORK/eilat.json" 'd["verdict"]')" = consistent ] || { echo "Eilat–Yemen is not consistent"; exit 1; }
[ "$(json "$WORK/eilat.json" 'round(d["computedMeters"] / 1000)')" = 1587 ] || { echo "Eilat–Yemen is not 1,587 km"; exit 1; }
[ "$(json "$WORK/eilat.json" 'd["to"]["areaKind"]')" = country ] || exit 1

"$EVENTMAP" verify Kharkiv "the Russian border" --stated "about 30 km" > "$WORK/kharkiv.txt"; code=$?
[ "$code" -eq 0 ] && grep -q '^Consistent' "$WORK/kharkiv.txt" || { echo "Kharkiv–border: $code"; cat "$WORK/kharkiv.txt"; exit 1; }

"$EVENTMAP" distance Kyiv Ukraine --json > "$WORK/kyiv.json" || exit 1
[ "$(json "$WORK/kyiv.json" 'd["inside"] and d["distanceMeters"] == 0')" = True ] || { echo "Kyiv is not inside Ukraine"; exit 1; }
"$EVENTMAP" distance Kyiv Ukraine | grep -q 'inside' || exit 1

# De jure by default: Sevastopol is in Ukraine, about 250 km from Russia.
"$EVENTMAP" distance Sevastopol Russia --json > "$WORK/sev.json" || exit 1
km=$(json "$WORK/sev.json" 'round(d["distanceMeters"] / 1000)')
[ "$km" -ge 245 ] && [ "$km" -le 255 ] || { echo "Sevastopol–Russia is $km km"; exit 1; }

# The nearest points draw the measured line: ogrinfo reads it and GeodSolve agrees on its length.
python3 - "$WORK/kyiv.json" "$WORK/line.geojson" <<'PY' || exit 1
import json, sys
d = json.load(open(sys.argv[1]))
a, b = d["nearestFrom"], d["nearestTo"]
json.dump({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
  "geometry": {"type": "LineString", "coordinates": [[a["longitude"], a["latitude"]], [b["longitude"], b["latitude"]]]}}]},
  open(sys.argv[2], "w"))
PY
ogrinfo -ro -q "$WORK/line.geojson" > /dev/null || { echo "ogrinfo cannot read the measured line"; exit 1; }
geod=$(json "$WORK/kyiv.json" '"%s %s %s %s" % (d["nearestFrom"]["latitude"], d["nearestFrom"]["longitude"], d["nearestTo"]["latitude"], d["nearestTo"]["longitude"])' \
  | GeodSolve -i -p 3 | awk '{print $3}')
ours=$(json "$WORK/kyiv.json" '"%.3f" % d["boundaryDistanceMeters"]')
python3 -c "import sys; sys.exit(0 if abs($geod - $ours) < 0.01 else 1)" || { echo "GeodSolve $geod vs $ours"; exit 1; }

# A user's occupied-areas file: de facto, Sevastopol lies inside the holder's territory.
cat > "$WORK/held.geojson" <<'GEO'
{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"occupier": "RU"},
 "geometry": {"type": "Polygon", "coordinates": [[[32.2, 44.2], [36.8, 44.2], [36.8, 45.9], [32.2, 45.9], [32.2, 44.2]]]}}]}
GEO
"$EVENTMAP" distance Sevastopol Russia --borders de-facto --occupied "$WORK/held.geojson" --json > "$WORK/defacto.json" || exit 1
[ "$(json "$WORK/defacto.json" 'd["inside"]')" = True ] || { echo "de facto: Sevastopol not inside"; exit 1; }
"$EVENTMAP" distance Kyiv "file:$WORK/held.geojson" --json > "$WORK/file.json" || exit 1
[ "$(json "$WORK/file.json" 'd["to"]["areaKind"]')" = file ] || exit 1

# within: places near a border, nearest first, each at its distance to the border.
"$EVENTMAP" within "border:UA-RU" --radius "50 km" --min-population 1000000 --json > "$WORK/within.json" || exit 1
[ "$(json "$WORK/within.json" '[p["place"]["name"] for p in d["places"]]')" = "['Kharkiv']" ] || { echo "within the border"; cat "$WORK/within.json"; exit 1; }
[ "$(json "$WORK/within.json" 'round(d["places"][0]["distanceMeters"])')" -lt 40000 ] || exit 1

# Refusals: exit 2 and one sentence, nothing on standard output.
for args in "Kyiv border:UA-JP" "Minsk coast:BY" "Kyiv file:$WORK/missing.geojson"; do
  # shellcheck disable=SC2086
  "$EVENTMAP" distance $args > "$WORK/out.txt" 2> "$WORK/err.txt"; code=$?
  [ "$code" -eq 2 ] || [ "$code" -eq 3 ] || { echo "'$args' exited $code"; exit 1; }
  [ ! -s "$WORK/out.txt" ] || { echo "'$args' printed output"; exit 1; }
  [ "$(wc -l < "$WORK/err.txt")" -eq 1 ] || { echo "'$args' printed more than one line"; cat "$WORK/err.txt"; exit 1; }
done
"$EVENTMAP" distance Kyiv Russia --borders de-facto > /dev/null 2>&1; [ $? -eq 2 ] || { echo "de-facto without a file"; exit 1; }
exit 0
