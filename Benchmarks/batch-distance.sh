#!/usr/bin/env bash
# Batch distances on 10^6 seeded pairs: `eventmap distance --batch` against GeographicLib's `GeodSolve -i`,
# PROJ's `geod -I +ellps=WGS84`, and the floor (a bare geod_inverse loop over pre-parsed numbers).
# Checks the answers first (byte-identical to GeodSolve, within 1 mm / 1e-6° of geod), then prints the
# median wall time of RUNS runs of each and the ratios. Not a test: timings never fail anything.
# Usage: Benchmarks/batch-distance.sh [PAIRS] [RUNS]   (defaults 1000000 and 3)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
pairs=${1:-1000000}
runs=${2:-3}
work="$root/Benchmarks/work"
mkdir -p "$work"
input="$work/batch-pairs-$pairs.txt"

for tool in GeodSolve geod python3; do
  command -v "$tool" >/dev/null || { echo "batch-distance: $tool is missing; run 'make setup'." >&2; exit 3; }
done
(cd "$root" && swift build -c release --product eventmap >/dev/null && swift build -c release --product eventmap-bench >/dev/null)
eventmap="$root/.build/release/eventmap"
floor_tool="$root/.build/release/eventmap-bench"

# Uniform on the sphere, with 5% nearly antipodal and 5% near-polar pairs (the slow cases for Karney's solver).
if [[ ! -s "$input" ]]; then
  python3 - "$input" "$pairs" <<'PY'
import math, random, sys
rng = random.Random(20240102)
with open(sys.argv[1], "w") as out:
    for index in range(int(sys.argv[2])):
        lat1 = math.degrees(math.asin(rng.uniform(-1, 1))); lon1 = rng.uniform(-180, 180)
        kind = index % 20
        if kind == 0:
            lat2 = -lat1 + rng.uniform(-0.5, 0.5); lon2 = (lon1 + 360 + rng.uniform(-0.5, 0.5)) % 360 - 180
        elif kind == 1:
            lat1 = rng.choice((-1, 1)) * rng.uniform(89, 90)
            lat2 = math.degrees(math.asin(rng.uniform(-1, 1))); lon2 = rng.uniform(-180, 180)
        else:
            lat2 = math.degrees(math.asin(rng.uniform(-1, 1))); lon2 = rng.uniform(-180, 180)
        out.write(f"{lat1:.9f} {lon1:.9f} {lat2:.9f} {lon2:.9f}\n")
PY
fi

# Same results first.
"$eventmap" distance --batch < "$input" > "$work/batch-ours.txt"
GeodSolve -i < "$input" > "$work/batch-geodsolve.txt"
cmp -s "$work/batch-ours.txt" "$work/batch-geodsolve.txt" \
  || { echo "batch-distance: output differs from GeodSolve -i:" >&2; diff "$work/batch-ours.txt" "$work/batch-geodsolve.txt" | head -5 >&2; exit 1; }
geod -I +ellps=WGS84 -f %.9f -F %.3f < "$input" > "$work/batch-geod.txt"
paste -d' ' "$work/batch-ours.txt" "$work/batch-geod.txt" | awk '
  function adiff(a, b) { d = a - b; while (d > 180) d -= 360; while (d < -180) d += 360; return d < 0 ? -d : d }
  { ds = $3 - $6; if (ds < 0) ds = -ds; if (ds > worst) worst = ds
    # geod prints the back azimuth (azi2 + 180); near-antipodal pairs may pick the other of two shortest paths.
    if ($3 > 0 && $3 < 19900000 && (adiff($1, $4) > 1e-6 || adiff($2 + 180, $5) > 1e-6)) bad++ }
  END { printf "geod agreement: worst distance difference %.6f m, %d azimuth disagreements\n", worst, bad
        if (worst > 0.001 || bad > 0) exit 1 }'

seconds() {  # median wall seconds of $runs runs of "$@" < $input > /dev/null
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N); "$@" < "$input" > /dev/null; end=$(date +%s.%N)
    echo "$end - $start" | bc -l
  done | sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", v[int((NR + 1) / 2)] }'
}

floor_line=$("$floor_tool" floor "$input")
floor=${floor_line%% s *}
ours=$(seconds "$eventmap" distance --batch)
geodsolve=$(seconds GeodSolve -i)
geod=$(seconds geod -I +ellps=WGS84 -f %.8f -F %.3f)
echo "pairs $pairs, median of $runs runs, $(nproc) cores"
printf '%-36s %8s s\n' "floor (geod_inverse loop, 1 core)" "$floor" \
  "eventmap distance --batch" "$ours" "GeodSolve -i" "$geodsolve" "geod -I +ellps=WGS84" "$geod"
printf 'eventmap vs GeodSolve: %.2fx faster, vs geod: %.2fx faster, vs floor: %.2fx of it\n' \
  "$(echo "$geodsolve / $ours" | bc -l)" "$(echo "$geod / $ours" | bc -l)" "$(echo "$ours / $floor" | bc -l)"
