# Every example map renders to GeoJSON that eventmap validate accepts and GDAL's ogrinfo reads without a warning.
set -euo pipefail
for spec in "$EVENTMAP_HOME"/maps/*.yaml; do
  name=$(basename "$spec" .yaml)
  "$EVENTMAP" render "$spec" --out "$WORK" --format geojson > /dev/null
  "$EVENTMAP" validate "$WORK/$name.geojson" > /dev/null
  report=$(ogrinfo -ro -al "$WORK/$name.geojson" 2>&1)
  if grep -Eiq 'warning|error' <<<"$report"; then echo "ogrinfo on $name:"; grep -Ei 'warning|error' <<<"$report"; exit 1; fi
  grep -q "Feature Count" <<<"$(ogrinfo -ro -al -so "$WORK/$name.geojson")" || exit 1
  # Determinism: a second render is byte-identical.
  cp "$WORK/$name.geojson" "$WORK/$name.first"
  "$EVENTMAP" render "$spec" --out "$WORK" --format geojson > /dev/null
  cmp "$WORK/$name.first" "$WORK/$name.geojson"
done
# A failed render writes nothing.
printf 'title: T\nplaces:\n  - place: Xqzptlwv\n' > "$WORK/broken.yaml"
if "$EVENTMAP" render "$WORK/broken.yaml" --out "$WORK" 2> "$WORK/err"; then echo "broken spec rendered"; exit 1; fi
[ ! -e "$WORK/broken.geojson" ] || { echo "partial output left behind"; exit 1; }
grep -q "broken.yaml:3:12: Unknown place 'Xqzptlwv'" "$WORK/err" || { cat "$WORK/err"; exit 1; }
