# Rings and lines at the extremes render, and what render writes, validate accepts (and ogrinfo opens
# without a warning): rings from a centimetre to beyond the antipode, near-antipodal holes, polar
# sectors with inner radii, pole-to-pole lines. A ring below a centimetre and a line of no length are refused.
set -uo pipefail
dir="$WORK/extreme"; mkdir -p "$dir/out"
spec() { printf 'title: T\n%s\n' "$2" > "$dir/$1.yaml"; }
spec ring-1cm 'rings: [{center: Kyiv, radius: 0.01 m}]'
spec ring-15000 'rings: [{center: Wonsan, radius: 15000 km}]'
spec ring-19995 'rings: [{center: Wonsan, radius: 19995 km}]'
spec ring-20003-5 'rings: [{center: Wonsan, radius: 20003.5 km}]'
spec ring-20003-9 'rings: [{center: Wonsan, radius: 20003.9 km}]'
spec ring-equator 'rings: [{center: "0, 10", radius: 20002 km}]'
spec ring-antimeridian 'rings: [{center: "-17, 0", radius: 19950 km}]'
spec ring-beyond 'rings: [{center: Wonsan, radius: 20100 km}]'
spec murmansk 'places: [{place: Murmansk}]
rings: [{center: Murmansk, radius: 3000 km}]'
spec sector-pole 'rings: [{center: "90, 0", radius: 3000 km, inner-radius: 1000 km, azimuths: [0, 90]}]'
spec sector-svalbard 'rings: [{center: Longyearbyen, radius: 3000 km, inner-radius: 2000 km, azimuths: [300, 60]}]'
spec sector-south 'rings: [{center: "-85, 20", radius: 1500 km, inner-radius: 200 km, azimuths: [10, 350]}]'
spec pole-to-pole 'lines: [{from: "90, 0", to: "-90, 0"}]'
for file in "$dir"/*.yaml; do
  name=$(basename "$file" .yaml)
  "$EVENTMAP" render "$file" --out "$dir/out" --format geojson,svg >/dev/null 2>"$WORK/err" || { echo "$name: render failed: $(cat "$WORK/err")"; exit 1; }
  "$EVENTMAP" validate "$dir/out/$name.geojson" >"$WORK/out" 2>&1 || { echo "$name: $(cat "$WORK/out")"; exit 1; }
  "$EVENTMAP" validate "$dir/out/$name.svg" >"$WORK/out" 2>&1 || { echo "$name: $(cat "$WORK/out")"; exit 1; }
  ogrinfo -ro -al -so "$dir/out/$name.geojson" >"$WORK/out" 2>&1 && ! grep -qi "warning" "$WORK/out" || { echo "$name: ogrinfo: $(cat "$WORK/out")"; exit 1; }
done
grep -q '"coversWholeEarth":true' "$dir/out/ring-beyond.geojson" || { echo "ring-beyond: not stated as the whole Earth"; exit 1; }
grep -q '"bbox":\[-180,42.0197538,180,90\]' "$dir/out/murmansk.geojson" || { echo "murmansk: bbox $(grep -o '"bbox":[^]]*]' "$dir/out/murmansk.geojson")"; exit 1; }
spec ring-1mm 'rings: [{center: Kyiv, radius: 0.001 m}]'
spec self-line 'lines: [{from: Kyiv, to: Kyiv}]'
for name in ring-1mm self-line; do
  "$EVENTMAP" render "$dir/$name.yaml" --out "$dir/out" >/dev/null 2>"$WORK/err"; code=$?
  [ "$code" -eq 2 ] || { echo "$name: exit $code, expected 2: $(cat "$WORK/err")"; exit 1; }
done
exit 0
