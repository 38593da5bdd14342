# geocode --batch and verify --batch (issue 27) answer each line exactly as the single command's
# --json does, in input order, the same on one thread and on all; a line that cannot be answered
# is an error record and the exit status is 2 (verify: 1 when the worst is an inconsistent claim).
set -uo pipefail
printf '%s\n' Kharkiv Odesa "Sloviansk, UA" "49.98, 36.25" Korea Busan "Kramatorsk" Wonsan Tripoli "Xqzptlwv" > "$WORK/names.txt"
"$EVENTMAP" geocode --batch "$WORK/names.txt" > "$WORK/geocoded.jsonl" 2>/dev/null; status=$?
[ "$status" -eq 2 ] || { echo "geocode --batch with an unknown name: exit $status, expected 2"; exit 1; }
"$EVENTMAP" geocode --batch --threads 1 - < "$WORK/names.txt" > "$WORK/one.jsonl" 2>/dev/null
cmp -s "$WORK/geocoded.jsonl" "$WORK/one.jsonl" || { echo "geocode --batch: one thread and all differ"; exit 1; }
cat > "$WORK/claims.jsonl" <<'JSON'
{"from": "Wonsan", "to": "Busan", "stated": "460 km", "id": "k1"}
{"from": "Kharkiv", "to": "Russia", "stated": "about 30 km"}
{"from": "Kyiv", "to": "Lviv", "stated": "more than 400 km", "tolerance": "1%"}
JSON
"$EVENTMAP" verify --batch "$WORK/claims.jsonl" > "$WORK/verified.jsonl" 2>/dev/null; status=$?
[ "$status" -eq 0 ] || { echo "verify --batch of consistent claims: exit $status"; exit 1; }
echo '{"from": "Kharkiv", "to": "Belgorod", "stated": "300 km"}' | "$EVENTMAP" verify --batch - > /dev/null 2>&1; status=$?
[ "$status" -eq 1 ] || { echo "verify --batch of an inconsistent claim: exit $status, expected 1"; exit 1; }
python3 - "$EVENTMAP" "$WORK" <<'PY'
import json, subprocess, sys
eventmap, work = sys.argv[1], sys.argv[2]
names = open(f"{work}/names.txt").read().splitlines()
answers = [json.loads(line) for line in open(f"{work}/geocoded.jsonl")]
assert [a["line"] for a in answers] == list(range(1, len(names) + 1)), "lines out of order"
for name, answer in zip(names, answers):
    assert answer["query"] == name
    single = subprocess.run([eventmap, "geocode", "--json", name], capture_output=True, text=True)
    if single.returncode == 0:
        assert answer["matches"] == json.loads(single.stdout)["matches"], f"{name}: --batch differs from --json"
    else:
        assert "error" in answer and "Unknown place" in answer["error"], answer
for line, claim in zip(open(f"{work}/verified.jsonl"), open(f"{work}/claims.jsonl")):
    answer, claim = json.loads(line), json.loads(claim)
    arguments = [eventmap, "verify", "--json", claim["from"], claim["to"], "--stated", claim["stated"]]
    arguments += ["--tolerance", claim["tolerance"]] if "tolerance" in claim else []
    single = json.loads(subprocess.run(arguments, capture_output=True, text=True).stdout)
    answer.pop("line"); answer.pop("id", None)
    assert answer == single, f"{claim}: --batch differs from --json"
PY
# Every command that reads a file reads - as standard input: a spec (named 'map' or --name), a
# GeoJSON or SVG told apart by its first character.
mkdir -p "$WORK/out" "$WORK/piped"
"$EVENTMAP" render - --name korea-460km --out "$WORK/piped" --format geojson,svg < "$EVENTMAP_HOME/maps/korea-460km.yaml" \
  > /dev/null || { echo "render - failed"; exit 1; }
"$EVENTMAP" render "$EVENTMAP_HOME/maps/korea-460km.yaml" --out "$WORK/out" --format geojson,svg > /dev/null
for file in korea-460km.geojson korea-460km.svg; do
  cmp -s "$WORK/piped/$file" "$WORK/out/$file" || { echo "render - differs from render FILE: $file"; exit 1; }
  "$EVENTMAP" validate - < "$WORK/piped/$file" | grep -q "^standard input: valid$" || { echo "validate - of $file"; exit 1; }
done
