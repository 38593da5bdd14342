# verify: the two reference claims, their exit codes, and the JSON keys.
set -uo pipefail
"$EVENTMAP" verify Wonsan Busan --stated "460 km" --json > "$WORK/ok.json"; code=$?
[ "$code" -eq 0 ] || { echo "Wonsan–Busan 460 km exited $code"; exit 1; }
for key in from to statedMeters statedText computedMeters minMeters maxMeters differenceMeters relativeDifference verdict explanation; do
  grep -q "\"$key\"" "$WORK/ok.json" || { echo "missing key $key"; exit 1; }
done
grep -q '"verdict" : "consistent"' "$WORK/ok.json" || exit 1
"$EVENTMAP" verify Kyiv Kharkiv --stated "1,000 km" > "$WORK/bad.txt"; code=$?
[ "$code" -eq 1 ] || { echo "Kyiv–Kharkiv 1,000 km exited $code, expected 1"; exit 1; }
grep -q '^Inconsistent' "$WORK/bad.txt" || exit 1
