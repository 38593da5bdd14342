# Every example map in every GIS format GDAL writes: two renders are byte-identical, ogrinfo reads each
# file without a warning, GeoPackage and FlatGeobuf layers are typed, every feature and property comes
# back through ogr2ogr (scripts/gis-roundtrip), the four maps append into one GeoPackage without losing
# a field, and a render that cannot write its last file leaves none.
set -euo pipefail
formats=geojson,gpkg,kml,fgb,shp,csv,gpx
for spec in "$EVENTMAP_HOME"/maps/*.yaml; do
  name=$(basename "$spec" .yaml)
  "$EVENTMAP" render "$spec" --out "$WORK/a" --format "$formats" > /dev/null
  "$EVENTMAP" render "$spec" --out "$WORK/b" --format "$formats" > /dev/null
  for file in "$WORK/a/$name".* "$WORK/a/$name"-*; do
    cmp "$file" "$WORK/b/$(basename "$file")" || { echo "$(basename "$file") differs between two renders"; exit 1; }
    case "$file" in
      *.gpkg | *.kml | *.fgb | *.shp | *.csv | *.gpx)
        report=$(ogrinfo -ro -al -so "$file" 2>&1; ogrinfo -ro -al "$file" 2>&1 >/dev/null)
        if grep -Eiq 'warning|error' <<<"$report"; then echo "ogrinfo on $(basename "$file"):"; grep -Ei 'warning|error' <<<"$report"; exit 1; fi ;;
    esac
    case "$file" in
      *.gpkg | *.fgb)
        if grep -q 'Geometry: Unknown' <<<"$(ogrinfo -ro -al -so "$file")"; then echo "$(basename "$file") has an untyped layer"; exit 1; fi ;;
      *.cpg)
        [ "$(cat "$file")" = UTF-8 ] || { echo "$(basename "$file") does not say UTF-8"; exit 1; } ;;
    esac
  done
  python3 "$EVENTMAP_HOME/scripts/gis-roundtrip" "$EVENTMAP_HOME/README.md" "$WORK/a" "$name"
done

# The fixed schema: the four maps' places and lines append into one layer each, every field kept.
for gpkg in "$WORK"/a/*.gpkg; do
  ogr2ogr -append -f GPKG "$WORK/all.gpkg" "$gpkg" places lines 2> "$WORK/append.err"
  [ ! -s "$WORK/append.err" ] || { echo "ogr2ogr -append $(basename "$gpkg"):"; cat "$WORK/append.err"; exit 1; }
done
fields() { ogrinfo -ro -so "$1" "$2" | grep -E '^[A-Za-z0-9-]+: (String|Integer|Integer64|Real)'; }
for layer in places lines; do
  merged=$(fields "$WORK/all.gpkg" "$layer"); single=$(fields "$WORK/a/korea-460km.gpkg" "$layer")
  [ -n "$single" ] && [ "$merged" = "$single" ] || { echo "appending changed the $layer fields:"; diff <(echo "$single") <(echo "$merged"); exit 1; }
done
count() { ogrinfo -ro -so "$1" "$2" | sed -n 's/^Feature Count: //p'; }
for layer in places lines; do
  expected=0
  for gpkg in "$WORK"/a/*.gpkg; do expected=$((expected + $(count "$gpkg" "$layer"))); done
  [ "$(count "$WORK/all.gpkg" "$layer")" -eq "$expected" ] || { echo "the appended $layer layer lacks features"; exit 1; }
done

# All or nothing: a Shapefile that cannot be written (a folder has its name) leaves no GeoPackage.
out="$WORK/aon"; mkdir -p "$out/korea-460km-rings.shx"
if "$EVENTMAP" render "$EVENTMAP_HOME/maps/korea-460km.yaml" --out "$out" --format gpkg,shp 2> "$WORK/err"; then
  echo "a render with an unwritable Shapefile succeeded"; exit 1
fi
[ "$(ls -A "$out")" = "korea-460km-rings.shx" ] || { echo "files left behind:"; ls -A "$out"; exit 1; }
