# extract finds the planted facts in a test report and writes a draft spec that render accepts.
set -euo pipefail
report="$EVENTMAP_HOME/Tests/Fixtures/reports/korea-launch.txt"
"$EVENTMAP" extract "$report" --json --spec "$WORK/draft.yaml" > "$WORK/extract.json"
for key in places dates distanceClaims events; do grep -q "\"$key\"" "$WORK/extract.json"; done
grep -q '"verdict" : "consistent"' "$WORK/extract.json"
"$EVENTMAP" render "$WORK/draft.yaml" --out "$WORK" --format geojson,svg > /dev/null
"$EVENTMAP" validate "$WORK/draft.geojson" > /dev/null
"$EVENTMAP" validate "$WORK/draft.svg" > /dev/null
printf 'Strikes hit Kharkiv, Ukraine on 2 January 2024.' | "$EVENTMAP" extract - | grep -q 'Kharkiv → Kharkiv (UA)'
