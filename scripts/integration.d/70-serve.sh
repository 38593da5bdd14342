# serve: the JSON API answers as the CLI's --json does, byte for byte, and refuses bad input with
# 400/404/413 and one sentence, never a 500. The server runs on a free loopback port.
set -uo pipefail
server=${EVENTMAP_SERVER:-$(dirname "$EVENTMAP")/eventmap-server}
[ -x "$server" ] || { echo "missing $server; build it (swift build)"; exit 1; }
# `eventmap serve` when the server sits beside the binary under test (the sanitizer build has none).
if [ -x "$(dirname "$EVENTMAP")/eventmap-server" ]; then start=("$EVENTMAP" serve); else start=("$server"); fi
"${start[@]}" --port 0 > "$WORK/serve.out" 2> "$WORK/serve.err" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
for _ in $(seq 1 100); do grep -q listening "$WORK/serve.out" && break; sleep 0.1; done
port=$(grep -o ':[0-9]\+/' "$WORK/serve.out" | tr -d :/)
[ -n "$port" ] || { echo "the server did not start:"; cat "$WORK/serve.err"; exit 1; }
url=http://127.0.0.1:$port

# status CODE METHOD PATH [curl arguments…]: the answer's body in $WORK/body, its status checked.
status() {
  local want=$1 method=$2 path=$3; shift 3
  local got
  got=$(curl -s -o "$WORK/body" -w '%{http_code}' -X "$method" "$@" "$url$path")
  [ "$got" = "$want" ] || { echo "$method $path: HTTP $got, expected $want:"; cat "$WORK/body"; exit 1; }
}
same() {
  cmp -s "$WORK/body" "$WORK/cli" || { echo "$1: the API's JSON differs from the CLI's:"; diff "$WORK/cli" "$WORK/body" | head; exit 1; }
}

status 200 GET /api/health
grep -q '"ok"' "$WORK/body" || exit 1
status 200 GET /api/version
"$EVENTMAP" version --json > "$WORK/cli"; same version
status 200 GET '/api/geocode?q=Kharkiv&limit=3'
"$EVENTMAP" geocode Kharkiv --limit 3 --json > "$WORK/cli"; same geocode
status 200 GET '/api/distance?from=Wonsan&to=Busan'
"$EVENTMAP" distance Wonsan Busan --json > "$WORK/cli"; same distance
status 200 GET '/api/distance?from=Kharkiv&to=the%20Russian%20border'
"$EVENTMAP" distance Kharkiv "the Russian border" --json > "$WORK/cli"; same "distance to a border"
status 200 POST /api/verify -H 'Content-Type: application/json' -d '{"from": "Wonsan", "to": "Busan", "stated": "460 km"}'
"$EVENTMAP" verify Wonsan Busan --stated "460 km" --json > "$WORK/cli"; same verify
report="$EVENTMAP_HOME/web/example-report.txt"
status 200 POST '/api/extract?explain=1' -H 'Content-Type: text/plain' --data-binary @"$report"
"$EVENTMAP" extract "$report" --explain --json > "$WORK/cli"; same extract
# A claim to a guessed place (Baramulla → Bāramūla by transliteration) is verified only when guesses are accepted.
printf '%s' 'Shells fell on Baramulla, about 55 km from Srinagar.' > "$WORK/guess.txt"
for accept in "" "--accept-guesses"; do
  status 200 POST "/api/extract${accept:+?acceptGuesses=true}" --data-binary @"$WORK/guess.txt"
  "$EVENTMAP" extract "$WORK/guess.txt" $accept --json > "$WORK/cli"; same "extract ${accept:-refusing guesses}"
done
grep -q '"verification"' "$WORK/body" || { echo "acceptGuesses=true did not verify the guessed claim"; exit 1; }
status 200 POST '/api/extract?dateline=2024-03-03' --data-binary 'KYIV — Drones struck Kharkiv on Sunday, officials said.'
printf '%s' 'KYIV — Drones struck Kharkiv on Sunday, officials said.' > "$WORK/r.txt"
printf '{"id": 1, "text": "KYIV — Drones struck Kharkiv on Sunday, officials said.", "dateline": "2024-03-03"}\n' \
  | "$EVENTMAP" extract --jsonl - | python3 -c '
import json, sys
line = json.loads(sys.stdin.read()); del line["id"]
api = json.load(open(sys.argv[1]))
sys.exit(0 if line == api else "the dateline changes the API answer differently from extract --jsonl")' "$WORK/body" || exit 1

spec="$EVENTMAP_HOME/maps/korea-460km.yaml"
status 200 POST '/api/render?format=svg&name=korea-460km' --data-binary @"$spec"
"$EVENTMAP" render "$spec" --format svg --out "$WORK/out" > /dev/null || exit 1
cmp -s "$WORK/body" "$WORK/out/korea-460km.svg" || { echo "the API's SVG differs from render's"; exit 1; }
status 200 POST '/api/render?format=geojson&name=korea-460km' --data-binary @"$spec"
cp "$WORK/body" "$WORK/map.geojson"; "$EVENTMAP" validate "$WORK/map.geojson" > /dev/null || { echo "GeoJSON from the API is invalid"; exit 1; }
status 200 POST '/api/render?format=png' --data-binary @"$spec"
head -c 8 "$WORK/body" | od -An -c | grep -q 'P   N   G' || { echo "format=png is no PNG"; exit 1; }
status 200 POST '/api/render?format=gpkg' --data-binary @"$spec"
cp "$WORK/body" "$WORK/map.gpkg"; ogrinfo -q "$WORK/map.gpkg" > /dev/null || { echo "ogrinfo cannot read the GeoPackage"; exit 1; }

# Bad input: one sentence, the right status, never a 500.
status 400 GET '/api/geocode?q=Nowhereville'
grep -q '"error" : "Unknown place' "$WORK/body" || exit 1
status 400 GET '/api/geocode'
status 400 GET '/api/geocode?q=Kharkiv&limit=0'
status 400 GET '/api/distance?from=Kharkiv'
status 400 GET '/api/distance?from=Kharkiv&to=file:/etc/passwd'
status 400 POST /api/verify -d 'not json'
status 400 POST /api/verify -d '{"from": "Wonsan", "to": "Busan", "stated": "412 km²"}'
status 400 POST '/api/extract?dateline=yesterday' -d 'Kharkiv.'
status 400 POST /api/extract --data-binary $'\xff\xfe'
status 400 POST '/api/render?format=tiff' -d 'title: x'
status 400 POST /api/render -d $'title: A map\nplaces:\n  - place: [unclosed'
python3 -c 'import json,sys; b=json.load(open(sys.argv[1])); sys.exit(0 if b.get("line") and b.get("column") else "no line and column: %s" % b)' \
  "$WORK/body" || exit 1
status 404 GET /nowhere
status 404 GET /api/nothing
head -c 6000000 /dev/zero | tr '\0' 'a' > "$WORK/big"
status 413 POST /api/render --data-binary @"$WORK/big"
head -c 1100000 /dev/zero | tr '\0' 'a' > "$WORK/big"
status 413 POST /api/extract --data-binary @"$WORK/big"
# The page and its assets, all from the server itself.
status 200 GET /
grep -q '<script src="/app.js"' "$WORK/body" || exit 1
if grep -Eq '(src|href)="(https?:)?//' "$WORK/body"; then echo "the page loads something from elsewhere"; exit 1; fi
status 200 GET /app.js
status 200 GET /app.css
kill -0 $pid || { echo "the server died"; exit 1; }
