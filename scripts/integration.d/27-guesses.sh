# Spelling guesses are never computed with silently: refused with exit 2 and the candidates, or,
# with --accept-guesses (accept-guesses: true in a spec), used with one warning line each.
set -uo pipefail
"$EVENTMAP" distance Kramatorks Kyiv > "$WORK/out.txt" 2> "$WORK/err.txt"; code=$?
[ "$code" -eq 2 ] || { echo "a guess exited $code"; exit 1; }
[ ! -s "$WORK/out.txt" ] || { echo "a refused guess printed output"; exit 1; }
grep -q "nearest spellings are Kramatorsk (UA)" "$WORK/err.txt" || { cat "$WORK/err.txt"; exit 1; }
"$EVENTMAP" distance Kramatorks Kyiv --accept-guesses > "$WORK/out.txt" 2> "$WORK/err.txt" || exit 1
grep -q "warning: 'Kramatorks' is not in the gazetteer; read as Kramatorsk (UA)" "$WORK/err.txt" || { cat "$WORK/err.txt"; exit 1; }
"$EVENTMAP" geocode Kramatorks --json | python3 -c "import json,sys; d=json.load(sys.stdin); sys.exit(0 if d['matches'][0]['guess'] and d['matches'][0]['matchKind']=='spelling' else 1)" \
  || { echo "geocode does not flag the guess"; exit 1; }
printf 'title: T\nplaces: [{place: Kramatorks}]\n' > "$WORK/guess.yaml"
"$EVENTMAP" render "$WORK/guess.yaml" --out "$WORK/out" > /dev/null 2> "$WORK/err.txt"; code=$?
[ "$code" -eq 2 ] && [ ! -e "$WORK/out/guess.svg" ] || { echo "a spec with a guess exited $code"; exit 1; }
printf 'title: T\naccept-guesses: true\nplaces: [{place: Kramatorks}]\n' > "$WORK/accepted.yaml"
"$EVENTMAP" render "$WORK/accepted.yaml" --out "$WORK/out" > /dev/null 2> "$WORK/err.txt" || exit 1
grep -q "accepted.yaml:3:18: 'Kramatorks' is not in the gazetteer" "$WORK/err.txt" || { cat "$WORK/err.txt"; exit 1; }
exit 0
