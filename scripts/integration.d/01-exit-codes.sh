# Usage errors exit 2 with a message on stderr and nothing on stdout.
set -uo pipefail
"$EVENTMAP" no-such-subcommand >"$WORK/out" 2>"$WORK/err"; code=$?
[ "$code" -eq 2 ] || { echo "expected exit 2, got $code"; exit 1; }
[ ! -s "$WORK/out" ] || { echo "stdout not empty"; exit 1; }
grep -q "Unexpected argument 'no-such-subcommand'" "$WORK/err" || { cat "$WORK/err"; exit 1; }

# An output that cannot be written is an I/O error: one sentence, exit 3, no crash.
for args in "geocode Kyiv" "distance Kyiv Lviv --json" "version"; do
  # shellcheck disable=SC2086
  "$EVENTMAP" $args >/dev/full 2>"$WORK/err"; code=$?
  [ "$code" -eq 3 ] || { echo "$args >/dev/full: expected exit 3, got $code"; cat "$WORK/err"; exit 1; }
  [ "$(wc -l < "$WORK/err")" -eq 1 ] && grep -Eq '^(eventmap: |\{"error":")Cannot write standard output' "$WORK/err" \
    || { echo "$args >/dev/full: expected one sentence"; cat "$WORK/err"; exit 1; }
done

# Values that begin with a minus sign are values; a negative stated distance is refused in one sentence.
"$EVENTMAP" destination Sanaa --azimuth -29.5 --distance "100 km" >"$WORK/out" 2>"$WORK/err" \
  || { echo "negative azimuth refused"; cat "$WORK/err"; exit 1; }
"$EVENTMAP" distance "-33.86, 151.2" Kyiv >"$WORK/out" 2>"$WORK/err" \
  || { echo "negative coordinate refused"; cat "$WORK/err"; exit 1; }
"$EVENTMAP" verify Kyiv Lviv --stated "-5 km" >"$WORK/out" 2>"$WORK/err"; code=$?
[ "$code" -eq 2 ] && [ "$(cat "$WORK/err")" = "eventmap: The stated distance '-5 km' is negative; give a distance of zero or more." ] \
  || { echo "negative stated distance: exit $code"; cat "$WORK/err"; exit 1; }

# With --json an error is one JSON object on stderr; control characters from the input never reach it raw.
"$EVENTMAP" geocode Xqzptlwv --json >"$WORK/out" 2>"$WORK/err"; code=$?
[ "$code" -eq 2 ] && python3 -c 'import json,sys; e=json.load(open(sys.argv[1])); assert e["exitCode"] == 2 and "Xqzptlwv" in e["error"]' "$WORK/err" \
  || { echo "--json error: exit $code"; cat "$WORK/err"; exit 1; }
"$EVENTMAP" geocode "$(printf 'Kh\033[31mx\a')" >"$WORK/out" 2>"$WORK/err"
! LC_ALL=C grep -q "$(printf '[\033\a]')" "$WORK/err" || { echo "raw control characters in an error"; exit 1; }

# Batch mode: output that cannot be written, or input that cannot be read, is an I/O error (exit 3).
echo "1 2 3 4" | "$EVENTMAP" distance --batch >/dev/full 2>"$WORK/err"; code=$?
[ "$code" -eq 3 ] || { echo "batch to /dev/full: exit $code"; exit 1; }
echo "1 2 3 4" | "$EVENTMAP" destination --batch >/dev/full 2>"$WORK/err"; code=$?
[ "$code" -eq 3 ] || { echo "direct batch to /dev/full: exit $code"; exit 1; }
"$EVENTMAP" distance --batch < /tmp >/dev/null 2>"$WORK/err"; code=$?
[ "$code" -eq 3 ] || { echo "batch from a folder: exit $code"; exit 1; }
