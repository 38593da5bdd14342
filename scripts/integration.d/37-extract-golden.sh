# `extract --json` on every corpus report equals its golden file (Tests/Fixtures/extract-golden/), so a
# refactor of the reading rules shows every answer it changes. EVENTMAP_REGENERATE=1 (`make golden`)
# rewrites them; review `git diff Tests/Fixtures/extract-golden` before committing.
set -euo pipefail
corpus="$EVENTMAP_HOME/Tests/Fixtures/corpus"
golden="$EVENTMAP_HOME/Tests/Fixtures/extract-golden"
status=0
for report in "$corpus"/*/*.txt; do
  batch=$(basename "$(dirname "$report")")
  expected="$golden/$batch/$(basename "$report" .txt).json"
  # Run from the report's folder with a relative name: the JSON names the source as given.
  actual=$(cd "$(dirname "$report")" && "$EVENTMAP" extract --json "$(basename "$report")")
  if [ "${EVENTMAP_REGENERATE:-}" = 1 ]; then
    mkdir -p "$(dirname "$expected")"
    printf '%s\n' "$actual" > "$expected"
  elif [ ! -f "$expected" ]; then
    echo "$batch/$(basename "$report"): no golden extraction; run 'make golden' and review it." >&2; status=1
  elif ! diff -u "$expected" <(printf '%s\n' "$actual") > "$WORK/diff" 2>&1; then
    echo "$batch/$(basename "$report"): extraction differs from its golden file:" >&2
    head -40 "$WORK/diff" >&2; status=1
  fi
done
exit $status
