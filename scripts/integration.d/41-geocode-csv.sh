# geocode --csv FILE --column NAME (issue 27 §2): the spreadsheet comes back row for row, its own fields
# unchanged (quoted fields with commas, quotes and newlines included), with the place beside each row
# as geocode --json answers it; Python's csv module reads the result. Unknown names fill the error
# column and make the exit status 2; a missing column, a clash with an added column, a row wider than
# the header, an open quote and a file that is not UTF-8 are each one sentence, exit 2.
set -uo pipefail
cat > "$WORK/towns.csv" <<'CSV'
id,town,note
1,Kharkiv,"strike, night"
2,"Sloviansk, UA","said ""heavy"""
3,Xqzptlwv,
4,Korea,"two
lines"

5,  Odesa  ,
6,Wonsan
CSV
"$EVENTMAP" geocode --csv "$WORK/towns.csv" --column town > "$WORK/towns.out.csv" 2> "$WORK/err"; status=$?
[ "$status" -eq 2 ] || { echo "geocode --csv with an unknown name: exit $status, expected 2"; cat "$WORK/err"; exit 1; }
grep -q "1 of 6 rows have no place" "$WORK/err" || { echo "geocode --csv: $(cat "$WORK/err")"; exit 1; }
"$EVENTMAP" geocode --csv - --column town --threads 1 < "$WORK/towns.csv" > "$WORK/one.csv" 2>/dev/null
cmp -s "$WORK/towns.out.csv" "$WORK/one.csv" || { echo "geocode --csv: one thread and all differ"; exit 1; }
python3 - "$EVENTMAP" "$WORK" <<'PY' || exit 1
import csv, json, subprocess, sys
eventmap, work = sys.argv[1], sys.argv[2]
rows_in = [r for r in csv.reader(open(f"{work}/towns.csv", newline="")) if r]
rows_out = list(csv.reader(open(f"{work}/towns.out.csv", newline="")))
added = ["latitude", "longitude", "country", "matchKind", "ambiguity", "error"]
assert rows_out[0] == rows_in[0] + added, rows_out[0]
assert len(rows_out) == len(rows_in), (len(rows_out), len(rows_in))
for given, row in zip(rows_in[1:], rows_out[1:]):
    width = len(rows_in[0])
    assert row[:width] == given + [""] * (width - len(given)), (given, row)
    fields = dict(zip(rows_out[0], row))
    single = subprocess.run([eventmap, "geocode", "--json", fields["town"].strip()], capture_output=True, text=True)
    if single.returncode != 0:
        assert fields["latitude"] == "" and "Unknown place" in fields["error"], fields
        continue
    best = json.loads(single.stdout)["matches"][0]
    assert float(fields["latitude"]) == best["latitude"] and float(fields["longitude"]) == best["longitude"], (fields, best)
    assert fields["country"] == best["countryCode"] and fields["error"] == "", (fields, best)
    assert (fields["ambiguity"] != "") == best["ambiguous"], (fields, best)
    assert fields["matchKind"].startswith(best["matchKind"]) or best["guess"], (fields, best)
PY
refused() {  # refused FILE COLUMN PATTERN: exit 2, the sentence, and nothing written
  code=0; "$EVENTMAP" geocode --csv "$1" --column "$2" > "$WORK/out" 2> "$WORK/err" || code=$?
  [ "$code" -eq 2 ] && grep -q "$3" "$WORK/err" || { echo "geocode --csv $1 --column $2: exit $code: $(cat "$WORK/err")"; exit 1; }
}
refused "$WORK/towns.csv" place "has no column 'place'"
printf 'town,latitude\nKyiv,1\n' > "$WORK/clash.csv"; refused "$WORK/clash.csv" town "already has a column named 'latitude'"
[ ! -s "$WORK/out" ] || { echo "geocode --csv wrote output before refusing a clash"; exit 1; }
printf 'town\nKyiv\nLviv,extra\n' > "$WORK/wide.csv"; refused "$WORK/wide.csv" town "row 3 has 2 fields but the header has 1"
printf 'town\n"Kyiv\n' > "$WORK/open.csv"; head -c 1100000 /dev/zero | tr '\0' 'a' >> "$WORK/open.csv"
refused "$WORK/open.csv" town "row 2 is longer than 1 MB"
printf 'town\nKyi\377v\n' > "$WORK/latin.csv"; refused "$WORK/latin.csv" town "row 2 is not UTF-8"
: > "$WORK/empty.csv"; refused "$WORK/empty.csv" town "is empty"
code=0; "$EVENTMAP" geocode --csv "$WORK/towns.csv" > /dev/null 2> "$WORK/err" || code=$?
[ "$code" -eq 2 ] && grep -q "needs --column" "$WORK/err" || { echo "--csv without --column: exit $code"; exit 1; }
