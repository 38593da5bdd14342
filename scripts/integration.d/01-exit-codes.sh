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
  [ "$(wc -l < "$WORK/err")" -eq 1 ] && grep -q "^eventmap: Cannot write standard output" "$WORK/err" \
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
