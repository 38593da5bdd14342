# Corpus mode (issue 27): `extract --jsonl` gives, for every document, exactly what `extract --json`
# gives for its text, in input order, the same on one thread and on all; a bad line is an error
# record, the run goes on, and the exit status is 2.
set -uo pipefail
corpus="$EVENTMAP_HOME/Tests/Fixtures/corpus"
python3 - "$corpus" "$WORK/corpus.jsonl" <<'PY' || exit 1
import json, pathlib, sys
root, out = pathlib.Path(sys.argv[1]), sys.argv[2]
with open(out, "w") as f:
    for path in sorted(root.glob("*/*.txt")):
        f.write(json.dumps({"id": str(path.relative_to(root)), "text": path.read_text(encoding="utf-8")}) + "\n")
    f.write('{"id": 7, "text": "no closing brace"\n')
PY
"$EVENTMAP" extract --jsonl "$WORK/corpus.jsonl" > "$WORK/all.jsonl" 2> "$WORK/err"; status=$?
[ "$status" -eq 2 ] || { echo "a bad line: exit $status, expected 2"; exit 1; }
lines=$(wc -l < "$WORK/corpus.jsonl")  # every corpus report and the bad line
grep -q "1 of $lines lines could not be answered" "$WORK/err" || { echo "stderr: $(cat "$WORK/err")"; exit 1; }
"$EVENTMAP" extract --jsonl --threads 1 - < "$WORK/corpus.jsonl" > "$WORK/one.jsonl" 2>/dev/null
cmp -s "$WORK/all.jsonl" "$WORK/one.jsonl" || { echo "one thread and all threads differ"; exit 1; }
python3 - "$corpus" "$WORK/all.jsonl" "$EVENTMAP" <<'PY'
import json, pathlib, subprocess, sys
root, lines, eventmap = pathlib.Path(sys.argv[1]), open(sys.argv[2]).read().splitlines(), sys.argv[3]
paths = sorted(root.glob("*/*.txt"))
assert len(lines) == len(paths) + 1, f"{len(lines)} lines for {len(paths) + 1} records"
for index, (path, line) in enumerate(zip(paths, lines)):
    record = json.loads(line)
    assert record.pop("id") == str(path.relative_to(root)), f"out of order at {path}"
    if index % 4:
        continue  # every fourth document is compared with its own run (a process each: time)
    single = json.loads(subprocess.run([eventmap, "extract", "--json", str(path)], capture_output=True, check=True).stdout)
    assert record == single, f"{path}: --jsonl differs from --json"
error = json.loads(lines[-1])
assert error["line"] == len(paths) + 1 and "not JSON" in error["error"], error
PY
