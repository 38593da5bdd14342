# distance --batch prints exactly what GeographicLib's GeodSolve -i prints, at two precisions.
set -euo pipefail
python3 - "$WORK/pairs.txt" <<'PY'
import math, random, sys
rng = random.Random(20240102)
with open(sys.argv[1], "w") as out:
    for i in range(20000):
        lat1 = math.degrees(math.asin(rng.uniform(-1, 1))); lon1 = rng.uniform(-180, 180)
        if i % 10 == 0:
            lat2, lon2 = -lat1 + rng.uniform(-0.5, 0.5), (lon1 + 360 + rng.uniform(-0.5, 0.5)) % 360 - 180
        else:
            lat2, lon2 = math.degrees(math.asin(rng.uniform(-1, 1))), rng.uniform(-180, 180)
        out.write(f"{lat1:.9f} {lon1:.9f} {lat2:.9f} {lon2:.9f}\n")
PY
for precision in 3 9; do
  "$EVENTMAP" distance --batch --precision "$precision" < "$WORK/pairs.txt" > "$WORK/ours.txt"
  GeodSolve -i -p "$precision" < "$WORK/pairs.txt" > "$WORK/theirs.txt"
  cmp "$WORK/ours.txt" "$WORK/theirs.txt" || { diff "$WORK/ours.txt" "$WORK/theirs.txt" | head -5; exit 1; }
done
