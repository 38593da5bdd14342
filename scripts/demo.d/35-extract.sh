# reading a report: places, dates, claims and events, with a draft map spec
"$EVENTMAP" extract "$EVENTMAP_HOME/Tests/Fixtures/reports/kharkiv-strikes.txt" --spec "$OUT/kharkiv-strikes.yaml"
"$EVENTMAP" render "$OUT/kharkiv-strikes.yaml" --out "$OUT"
