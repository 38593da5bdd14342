# Every fuzzing corpus input and every past crash replays through its harness without a crash.
set -euo pipefail
binary=$(dirname "$EVENTMAP")/eventmap-fuzz
for harness in $(ls "$EVENTMAP_HOME/Fuzz/corpus"); do
  files=$(find "$EVENTMAP_HOME/Fuzz/corpus/$harness" "$EVENTMAP_HOME/Fuzz/regressions/$harness" -type f ! -name .gitkeep | sort)
  [ -n "$files" ] || { echo "no inputs for $harness"; exit 1; }
  # shellcheck disable=SC2086
  "$binary" "$harness" $files > /dev/null
done
