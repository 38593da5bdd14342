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
