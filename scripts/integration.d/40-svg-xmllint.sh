# Every example map renders to SVG that xmllint accepts against the SVG 1.1 DTD (offline) and that
# rsvg-convert turns into a PNG; eventmap validate agrees, and refuses an SVG with an external entity.
set -euo pipefail
dtd=/usr/share/xml/w3c-sgml-lib/schema/dtd/REC-SVG11-20110816/svg11.dtd
[ -f "$dtd" ] || dtd="$EVENTMAP_HOME/maps/svg11-dtd/svg11.dtd"
for spec in "$EVENTMAP_HOME"/maps/*.yaml; do
  name=$(basename "$spec" .yaml)
  "$EVENTMAP" render "$spec" --out "$WORK" --format svg,png > /dev/null
  xmllint --noout --nonet --dtdvalid "$dtd" "$WORK/$name.svg"
  rsvg-convert --format png --output "$WORK/$name.check.png" "$WORK/$name.svg"
  [ -s "$WORK/$name.png" ] && [ -s "$WORK/$name.check.png" ]
  "$EVENTMAP" validate "$WORK/$name.svg" > /dev/null
  cp "$WORK/$name.svg" "$WORK/$name.first.svg"
  "$EVENTMAP" render "$spec" --out "$WORK" --format svg > /dev/null
  cmp "$WORK/$name.first.svg" "$WORK/$name.svg"
done
cat > "$WORK/xxe.svg" <<'SVG'
<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="10" height="10"><text x="1" y="1">&secret;</text></svg>
SVG
set +e
"$EVENTMAP" validate "$WORK/xxe.svg" > "$WORK/xxe.out" 2>&1; code=$?
set -e
[ "$code" -eq 1 ] || { echo "xxe.svg: exit $code, expected 1"; cat "$WORK/xxe.out"; exit 1; }
grep -q "declares entities" "$WORK/xxe.out"
! grep -q "root:" "$WORK/xxe.out"

# validate says no (exit 1, the problem on stdout) to what eventmap never writes.
printf '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY %% p SYSTEM "http://example.invalid/x"> %%p;]>\n<svg xmlns="http://www.w3.org/2000/svg"/>\n' > "$WORK/pentity.svg"
code=0; "$EVENTMAP" validate "$WORK/pentity.svg" >"$WORK/out" 2>&1 || code=$?
[ "$code" -eq 1 ] && grep -q "declares entities" "$WORK/out" || { echo "parameter entity: exit $code: $(cat "$WORK/out")"; exit 1; }
printf '{"type":"Point","coordinates":[true,false]}' > "$WORK/booleans.geojson"
code=0; "$EVENTMAP" validate "$WORK/booleans.geojson" >"$WORK/out" 2>&1 || code=$?
[ "$code" -eq 1 ] && grep -q "expected a position" "$WORK/out" || { echo "boolean coordinates: exit $code: $(cat "$WORK/out")"; exit 1; }
