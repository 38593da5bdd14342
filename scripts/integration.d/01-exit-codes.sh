# Usage errors exit 2 with a message on stderr and nothing on stdout.
set -uo pipefail
"$EVENTMAP" no-such-subcommand >"$WORK/out" 2>"$WORK/err"; code=$?
[ "$code" -eq 2 ] || { echo "expected exit 2, got $code"; exit 1; }
[ ! -s "$WORK/out" ] || { echo "stdout not empty"; exit 1; }
grep -q "Unexpected argument 'no-such-subcommand'" "$WORK/err" || { cat "$WORK/err"; exit 1; }
