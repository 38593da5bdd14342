"""eventmap benchmarks: ratios against GeodSolve, PROJ's geod and a pandas+pyproj script, measured in
one run on one machine, so machine speed cancels out. Writes Benchmarks/RESULTS.md.

Every timing is the median of several cold process runs (wall clock); peak memory is the child's own
ru_maxrss from wait4. Input is generated from a fixed seed, so every run measures the same work.
"""
import argparse
import json
import filecmp
import math
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "Benchmarks" / "work"
EVENTMAP = ROOT / ".build" / "release" / "eventmap"
BENCH_TOOL = ROOT / ".build" / "release" / "eventmap-bench"
SERVER = ROOT / ".build" / "release" / "eventmap-server"
SEED = 20240102


def generate_pairs(path: Path, count: int) -> None:
    """Random pairs uniform on the sphere, with 5% near-antipodal and 5% polar pairs mixed in."""
    if path.exists() and path.stat().st_size > 0 and path.read_text().count("\n") == count:
        return
    rng = random.Random(SEED)
    lines = []
    for index in range(count):
        lat1 = math.degrees(math.asin(rng.uniform(-1, 1)))
        lon1 = rng.uniform(-180, 180)
        kind = index % 20
        if kind == 0:  # nearly antipodal: the hard case for geodesic solvers
            lat2 = -lat1 + rng.uniform(-0.5, 0.5)
            lon2 = (lon1 + 180 + rng.uniform(-0.5, 0.5) + 180) % 360 - 180
        elif kind == 1:  # near a pole
            lat1 = rng.choice((-1, 1)) * rng.uniform(89, 90)
            lat2 = math.degrees(math.asin(rng.uniform(-1, 1)))
            lon2 = rng.uniform(-180, 180)
        else:
            lat2 = math.degrees(math.asin(rng.uniform(-1, 1)))
            lon2 = rng.uniform(-180, 180)
        lines.append(f"{lat1:.9f} {lon1:.9f} {lat2:.9f} {lon2:.9f}\n")
    path.write_text("".join(lines))


def run_process(argv, stdin_path=None, stdout_path=None, env=None):
    """Runs `argv` once with the given input and output files; wall seconds, or raises if it fails."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    stdout = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    start = time.perf_counter()
    process = subprocess.run(list(map(str, argv)), stdin=stdin, stdout=stdout, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    for handle in (stdin, stdout):
        if hasattr(handle, "close"):
            handle.close()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, argv))} exited {process.returncode}: {process.stderr.decode(errors='replace')[:500]}")
    return elapsed


def peak_rss_kib(argv, **kwargs):
    """Peak RSS of one run, from GNU time (`%M`), which execs the command from a small process: a
    child forked straight from this (large) Python process would report Python's high-water mark."""
    rss_file = WORK / "rss.txt"
    run_process(["/usr/bin/time", "-f", "%M", "-o", str(rss_file)] + list(argv), **kwargs)
    return int(rss_file.read_text().split()[-1])


def median_run(argv, repeats, **kwargs):
    """Median wall time of `repeats` direct runs, and peak RSS from one more run under GNU time."""
    seconds = statistics.median(run_process(argv, **kwargs) for _ in range(repeats))
    return seconds, peak_rss_kib(argv, **kwargs)


def read_triples(path: Path, back_azimuth=False):
    """(azi1, azi2, s12) per line; geod prints the back azimuth, which is azi2 ± 180°."""
    triples = []
    with open(path) as handle:
        for line in handle:
            fields = line.replace(",", " ").split()
            azi1, azi2, distance = float(fields[0]), float(fields[1]), float(fields[2])
            if back_azimuth:
                azi2 = azi2 + 180 if azi2 <= 0 else azi2 - 180
            triples.append((azi1, azi2, distance))
    return triples


def angle_difference(a, b):
    difference = abs(a - b) % 360
    return min(difference, 360 - difference)


def compare(reference, candidate):
    """Largest distance difference (m) and azimuth difference (°, ignoring pairs under 1 m apart)."""
    max_meters = 0.0
    max_degrees = 0.0
    for (a1, a2, s), (b1, b2, t) in zip(reference, candidate):
        max_meters = max(max_meters, abs(s - t))
        if s > 1:
            max_degrees = max(max_degrees, angle_difference(a1, b1), angle_difference(a2, b2))
    return max_meters, max_degrees, len(reference) == len(candidate)


PYPROJ_SCRIPT = """
import sys, pandas as pd
from pyproj import Geod
frame = pd.read_csv(sys.argv[1], sep=" ", header=None, names=["lat1", "lon1", "lat2", "lon2"])
azi1, azi2, s12 = Geod(ellps="WGS84").inv(frame.lon1.values, frame.lat1.values, frame.lon2.values, frame.lat2.values)
pd.DataFrame({"azi1": azi1, "azi2": azi2, "s12": s12}).to_csv(sys.argv[2], sep=" ", header=False, index=False, float_format="%.9f")
"""


def pyproj_python():
    """A virtual environment with pandas and pyproj from PyPI, made once under Benchmarks/work."""
    venv = WORK / "venv"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    probe = subprocess.run([str(python), "-c", "import pandas, pyproj"], capture_output=True)
    if probe.returncode != 0:
        install = subprocess.run([str(python), "-m", "pip", "install", "-q", "pandas", "pyproj"],
                                 capture_output=True, text=True)
        if install.returncode != 0:
            return None
    return python


class Report:
    def __init__(self):
        self.sections = []

    def table(self, title, header, rows, notes=()):
        lines = [f"## {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
        lines += [""] + [f"{note}" for note in notes] + ([""] if notes else [])
        self.sections.append("\n".join(lines))
        print("\n".join(lines))

    def write(self, path: Path, header: str):
        path.write_text(header + "\n\n" + "\n".join(self.sections))


def generate_starts(path: Path, count: int) -> None:
    """Direct-problem input: starts uniform on the sphere, azimuths in [-180, 180), distances up to half
    the meridian, with 5% at a pole and 5% across the antimeridian."""
    if path.exists() and path.stat().st_size > 0 and path.read_text().count("\n") == count:
        return
    rng = random.Random(SEED + 1)
    lines = []
    for index in range(count):
        lat1, lon1 = math.degrees(math.asin(rng.uniform(-1, 1))), rng.uniform(-180, 180)
        azimuth, distance = rng.uniform(-180, 180), rng.uniform(0, 20_003_931)
        if index % 20 == 0:
            lat1 = rng.choice((-90, 90))
        elif index % 20 == 1:
            lon1, azimuth = 179.9, 90
        lines.append(f"{lat1:.9f} {lon1:.9f} {azimuth:.9f} {distance:.6f}\n")
    path.write_text("".join(lines))


def interleaved_medians(runs, rounds):
    """Median seconds of each named run, the runs taking turns round by round, so a noisy neighbour on
    a shared machine slows them alike and their ratios hold."""
    times = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            times[name].append(run())
    return {name: statistics.median(values) for name, values in times.items()}


def floor_seconds(pairs):
    """One core solving every pair with PROJ's geod_inverse, pairs loaded first: no I/O, no parsing."""
    printed = subprocess.run([str(BENCH_TOOL), "floor", str(pairs)], capture_output=True, text=True, check=True).stdout
    return float(printed.split()[0])


def bench_batch(report, pairs, count, repeats):
    """distance --batch on 1, 2 and all threads against GeodSolve -i, PROJ's geod -I and pandas + pyproj,
    and against the compute floor divided among the cores (issue 27: ≥ 11× GeodSolve, ≥ 3.5× geod,
    within 1.15× of floor ÷ cores)."""
    cores = os.cpu_count() or 1
    ours = [str(EVENTMAP), "distance", "--batch", "--precision", "6"]
    out = WORK / "batch-eventmap.txt"
    runs = {f"eventmap distance --batch --threads {threads}": (lambda t=threads: run_process(
        ours + ["--threads", str(t)], stdin_path=pairs, stdout_path=out)) for threads in sorted({1, 2, cores})}
    runs[f"eventmap distance --batch (all {cores} cores, the default)"] = lambda: run_process(ours, stdin_path=pairs, stdout_path=out)
    if BENCH_TOOL.exists():
        runs["floor: bare geod_inverse loop, one core, no I/O"] = lambda: floor_seconds(pairs)
    # eventmap and the floor are cheap: more rounds, interleaved, for steadier medians.
    medians = interleaved_medians(runs, max(repeats, 11))
    results = {name: (seconds, 0) for name, seconds in medians.items()}
    default = f"eventmap distance --batch (all {cores} cores, the default)"
    results[default] = (medians[default], peak_rss_kib(ours, stdin_path=pairs, stdout_path=out))
    outputs = {default: read_triples(out)}
    identical = {}
    tools = [
        ("GeodSolve -i", ["GeodSolve", "-i", "-p", "6"], False),
        ("geod -I (PROJ)", ["geod", "-I", "+ellps=WGS84", "-f", "%.11f"], True),
    ]
    for name, argv, back in tools:
        theirs = WORK / f"batch-{name.split()[0]}.txt"
        results[name] = median_run(argv, repeats, stdin_path=pairs, stdout_path=theirs)
        outputs[name] = read_triples(theirs, back_azimuth=back)
    identical["distance"] = filecmp.cmp(out, WORK / "batch-GeodSolve.txt", shallow=False)
    python = pyproj_python()
    if python:
        script = WORK / "pyproj_inv.py"
        script.write_text(PYPROJ_SCRIPT)
        theirs = WORK / "batch-pyproj.txt"
        name = "pandas + pyproj Geod.inv"
        results[name] = median_run([str(python), str(script), str(pairs), str(theirs)], repeats)
        outputs[name] = read_triples(theirs, back_azimuth=True)
    reference = outputs["GeodSolve -i"]
    base = results[default][0]
    rows = []
    for name, (seconds, rss) in results.items():
        max_m, max_deg, _ = compare(reference, outputs[name]) if name in outputs else ("", "", True)
        rows.append([name, f"{seconds:.3f}", f"{seconds / base:.2f}×", f"{rss / 1024:.1f}" if rss else "–",
                     f"{max_m:.2e}" if max_m != "" else "–", f"{max_deg:.2e}" if max_deg != "" else "–"])
    notes = ["Differences include each tool's output rounding (eventmap and GeodSolve at 6 decimals for metres, geod at 11).",
             f"eventmap's output is byte-identical to GeodSolve -i's: {'yes' if identical['distance'] else 'NO'}."]
    one = medians[f"eventmap distance --batch --threads 1"]
    scaling = ", ".join(f"{threads} thread{'s' if threads > 1 else ''} {medians[f'eventmap distance --batch --threads {threads}']:.3f} s "
                        f"({one / medians[f'eventmap distance --batch --threads {threads}']:.2f}× one thread)"
                        for threads in sorted({1, 2, cores}))
    notes.append(f"Scaling: {scaling}.")
    targets = [("GeodSolve ÷ eventmap", results["GeodSolve -i"][0] / base, 11, True),
               ("geod ÷ eventmap", results["geod -I (PROJ)"][0] / base, 3.5, True)]
    floor_name = "floor: bare geod_inverse loop, one core, no I/O"
    if floor_name in medians:
        per_core = medians[floor_name] / cores
        targets.append((f"eventmap ÷ (floor ÷ {cores} cores = {per_core:.3f} s)", base / per_core, 1.15, False))
    notes.append("Targets (issue 27): " + "; ".join(
        f"{label} {value:.2f}× ({'≥' if higher else '≤'} {goal}: {'met' if (value >= goal if higher else value <= goal) else 'NOT met'})"
        for label, value, goal, higher in targets) + ".")
    report.table(
        f"Batch distances: {count:,} pairs (seed {SEED}; 5% near-antipodal, 5% polar)",
        ["tool", "median s", "time ÷ eventmap", "peak RSS MiB", "max |Δs| m vs GeodSolve", "max |Δazi| ° vs GeodSolve"],
        rows, notes)
    return results


def bench_destination(report, count, repeats):
    """destination --batch against GeodSolve's direct mode on the same starts, byte for byte."""
    starts = WORK / f"starts-{count}.txt"
    generate_starts(starts, count)
    ours, theirs = WORK / "direct-eventmap.txt", WORK / "direct-GeodSolve.txt"
    cores = os.cpu_count() or 1
    runs = {f"eventmap destination --batch --threads {threads}": (lambda t=threads: run_process(
        [str(EVENTMAP), "destination", "--batch", "--precision", "6", "--threads", str(t)],
        stdin_path=starts, stdout_path=ours)) for threads in sorted({1, cores})}
    results = interleaved_medians(runs, max(repeats, 11))
    results["GeodSolve (direct)"] = median_run(["GeodSolve", "-p", "6"], repeats, stdin_path=starts, stdout_path=theirs)[0]
    identical = filecmp.cmp(ours, theirs, shallow=False)
    base = results[f"eventmap destination --batch --threads {cores}"]
    rows = [[name, f"{seconds:.3f}", f"{seconds / base:.2f}×"] for name, seconds in results.items()]
    report.table(f"Batch destinations: {count:,} starts (seed {SEED + 1}; 5% at a pole, 5% across ±180°)",
                 ["tool", "median s", "time ÷ eventmap"], rows,
                 [f"eventmap's output is byte-identical to GeodSolve's: {'yes' if identical else 'NO'}."])


def bench_memory(report, repeats):
    """Peak memory of distance --batch: the same for 10⁴ and 10⁶ lines and for one thread or all."""
    rows = []
    for count in (10_000, 1_000_000):
        pairs = WORK / f"pairs-{count}.txt"
        generate_pairs(pairs, count)
        for threads in sorted({1, os.cpu_count() or 1}):
            rss = peak_rss_kib([str(EVENTMAP), "distance", "--batch", "--threads", str(threads)], stdin_path=pairs,
                               stdout_path=WORK / "memory-out.txt")
            rows.append([f"{count:,}", str(threads), f"{rss / 1024:.1f}"])
    report.table("Memory: eventmap distance --batch peak RSS", ["input lines", "threads", "peak RSS MiB"], rows,
                 ["Streaming through a fixed ring of 32 chunks: peak memory must grow neither with the input nor "
                  "with the threads."])


def bench_geocode(report, repeats):
    env = dict(os.environ, EVENTMAP_HOME=str(ROOT))
    seconds, rss = median_run([str(EVENTMAP), "geocode", "Kharkiv"], max(repeats, 21), env=env)
    rows = [["cold `eventmap geocode Kharkiv` (process)", f"{seconds * 1000:.1f} ms", "≤ 20 ms (issue 27)", f"{rss / 1024:.1f} MiB"]]
    if BENCH_TOOL.exists():
        output = subprocess.run([str(BENCH_TOOL), "geocode", "100000"], capture_output=True, text=True, env=env)
        if output.returncode == 0:
            rows.append(["lookups in one process, after load", output.stdout.strip(),
                         "typos ≤ 200 µs", ""])
        output = subprocess.run([str(BENCH_TOOL), "within", "Wonsan", "460000"], capture_output=True, text=True, env=env)
        if output.returncode == 0:
            rows.append(["`within` 460 km of Wonsan, whole gazetteer, after load", output.stdout.strip(), "≤ 20 ms", ""])
    report.table("Geocoding and `within`", ["measure", "value", "target", "peak RSS"], rows)


def bench_extract(report, repeats):
    """`eventmap extract` on a 36 KB report made of the corpus reports (dev and held-out, repeated to
    size) and on the same text in capitals: issue 16 wants ≤ 0.3 s, capitals no slower per byte."""
    texts = [p.read_text(encoding="utf-8") for folder in ("reports", "held-out")
             for p in sorted((ROOT / "Tests" / "Fixtures" / "corpus" / folder).glob("*.txt"))]
    body = "\n\n".join(texts)
    while len(body.encode("utf-8")) < 36_000:
        body += "\n\n" + "\n\n".join(texts)
    body = body.encode("utf-8")[:36_000].decode("utf-8", "ignore")
    paths = {}
    for label, text in (("36 KB report", body), ("the same in capitals", body.upper())):
        paths[label] = WORK / ("extract-caps.txt" if "capitals" in label else "extract.txt")
        paths[label].write_text(text, encoding="utf-8")
    # Interleaved runs, so a noisy neighbour on a shared machine slows both alike and the per-byte
    # comparison holds; the median of each.
    times = {label: [] for label in paths}
    for _ in range(max(repeats, 21)):
        for label, path in paths.items():
            times[label].append(run_process([str(EVENTMAP), "extract", str(path)]))
    rows = []
    for label, path in paths.items():
        seconds, size = statistics.median(times[label]), len(path.read_bytes())
        rss = peak_rss_kib([str(EVENTMAP), "extract", str(path)])
        rows.append([label, f"{seconds * 1000:.0f} ms", f"{seconds / size * 1e6:.1f} µs/byte",
                     "≤ 300 ms" if "capitals" not in label else "≤ the text's µs/byte", f"{rss / 1024:.1f}"])
    report.table("Extraction: `eventmap extract` (cold process)", ["input", "time", "per byte", "target", "peak RSS MiB"], rows,
                 ["Includes loading the gazetteer and, for the report's border claims, the country outlines (all "
                  "checked at load, decoded for the countries measured). Runs interleaved, median of 21."])


def bench_extract_hostile(report, repeats):
    """`eventmap extract` on 1 MB of each text shape that was once quadratic (issue 29: linear always,
    1 MB ≤ 3 s here); the shapes of scripts/integration.d/36-extract-linear.sh, which checks growth."""
    shapes = [
        "460 km ",
        "Strikes hit Kharkiv. ",
        "Kharkiv lies 40 km from Belgorod, Sumy about 100 km and Poltava 140 km. ",
        "Gulf of Aden ",
        "south of the capital, 40 km from the launch area, some 30 km away. ",
        "Strikes hit Kharkiv. The Union met in Home. ",
    ]
    env = dict(os.environ, EVENTMAP_HOME=str(ROOT))
    rows = []
    for index, shape in enumerate(shapes):
        path = WORK / f"hostile-{index}.txt"
        path.write_text((shape * (1_000_000 // len(shape) + 1))[:1_000_000], encoding="utf-8")
        times = [run_process([str(EVENTMAP), "extract", str(path)], env=env) for _ in range(max(repeats, 3))]
        rss = peak_rss_kib([str(EVENTMAP), "extract", str(path)], env=env)
        rows.append([f"'{shape.strip()}' repeated", f"{statistics.median(times):.2f} s", "≤ 3 s", f"{rss / 1024:.0f}"])
    report.table("Extraction of 1 MB hostile text (cold process, wall time)", ["text", "median", "target", "peak RSS MiB"], rows,
                 ["Reports over 64,000 code points have their places and claims read in chunks of whole sentences on "
                  "every core (the answer is the one-reading answer, a test checks it); the 1 MB input limit refuses "
                  "longer ones. One sentence of 1 MB ('460 km' repeated) is one chunk."])


def bench_batch_modes(report, repeats):
    """Corpus mode and batch geocoding (issue 27): documents/s of `extract --jsonl` on one core and
    on all, names/s of `geocode --batch`, and the Dask run of scripts/scale-test at 1 and 2 workers."""
    env = dict(os.environ, EVENTMAP_HOME=str(ROOT))
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "Tests" / "Fixtures" / "corpus").glob("*/*.txt"))]
    corpus = WORK / "corpus.jsonl"
    documents = 2_000
    with open(corpus, "w", encoding="utf-8") as out:
        for index in range(documents):
            out.write(json.dumps({"id": index, "text": texts[index % len(texts)]}) + "\n")
    kilobytes = corpus.stat().st_size / documents / 1000
    rows = []
    for threads in (1, os.cpu_count() or 1):
        seconds = median_run([str(EVENTMAP), "extract", "--jsonl", "--threads", str(threads), str(corpus)],
                             repeats, env=env)[0]
        rows.append([f"`extract --jsonl`, {threads} thread{'s' if threads > 1 else ''} ({kilobytes:.1f} KB documents)",
                     f"{documents / seconds:.0f} documents/s", "≥ 1,000 documents/s per core"])
    # Each report once: the 2,000 documents repeat the corpus's reports, whose names the run's shared
    # gazetteer answers then hold; a feed of new reports repeats fewer (the common places, the
    # everyday words), so this is the figure for a feed whose every report is new.
    unique = WORK / "corpus-unique.jsonl"
    with open(unique, "w", encoding="utf-8") as out:
        for index, text in enumerate(texts):
            out.write(json.dumps({"id": index, "text": text}) + "\n")
    seconds = median_run([str(EVENTMAP), "extract", "--jsonl", "--threads", "1", str(unique)], repeats, env=env)[0]
    rows.append([f"`extract --jsonl`, 1 thread, each of the corpus's {len(texts)} reports once", f"{len(texts) / seconds:.0f} documents/s",
                 "≥ 1,000 documents/s per core"])
    names = WORK / "names.txt"
    # Names with a comma read as "Name, Country"; a few GeoNames names have one ("Kalimpong, Крукети").
    places = [line.split("\t")[1] for line in (ROOT / "gazetteer" / "places.tsv").read_text(encoding="utf-8").splitlines()
              if not line.startswith("#") and "," not in line.split("\t")[1]]
    names.write_text("\n".join(places[index * 37 % len(places)] for index in range(100_000)) + "\n", encoding="utf-8")
    seconds = median_run([str(EVENTMAP), "geocode", "--batch", "--limit", "1", str(names)], repeats, env=env)[0]
    rows.append(["`geocode --batch --limit 1`, all threads (100,000 gazetteer names)", f"{100_000 / seconds:,.0f} names/s",
                 "≥ 50,000 names/s"])
    scale = subprocess.run(["bash", str(ROOT / "scripts" / "scale-test"), "--documents", str(documents), "--shards", "16"],
                           capture_output=True, text=True, env=dict(env, EVENTMAP=str(EVENTMAP)))
    for line in scale.stdout.splitlines():
        if line.startswith("scale-test: Dask"):
            rows.append([line.split(":")[1].strip(), line.split(" in ")[1].split("(")[1].split(")")[0],
                         "output identical to one process" if "identical" in line else "DIFFERENT"])
    report.table("Batch modes and corpus scale", ["run", "throughput", "target"], rows,
                 ["Dask: a LocalCluster of worker processes mapping one `eventmap extract --jsonl --threads 1` "
                  "per shard (16 shards); see README, \"Scale\"."])


def bench_render(report, repeats):
    env = dict(os.environ, EVENTMAP_HOME=str(ROOT))
    out = WORK / "render"
    out.mkdir(exist_ok=True)
    rows = []
    for spec in sorted((ROOT / "maps").glob("*.yaml")):
        argv = [str(EVENTMAP), "render", str(spec), "--out", str(out), "--format", "geojson,svg"]
        try:
            seconds, rss = median_run(argv, repeats, env=env)
            rows.append([spec.name, f"{seconds * 1000:.0f} ms", "≤ 200 ms (issue 27)", f"{rss / 1024:.1f}"])
        except RuntimeError as error:
            rows.append([spec.name, f"failed: {str(error)[:80]}", "≤ 200 ms (issue 27)", ""])
    report.table("Rendering: GeoJSON + SVG + DTD validation per example map (cold process)",
                 ["spec", "median", "target", "peak RSS MiB"], rows)


SHAPELY_SCRIPT = """
import json, struct, sys, time
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.ops import nearest_points, transform

def varint(data, offset):
    value = shift = 0
    while True:
        byte = data[offset]; offset += 1
        value |= (byte & 0x7F) << shift; shift += 7
        if not byte & 0x80:
            return (value >> 1) ^ -(value & 1), offset

def load(path, code):
    data = open(path, "rb").read(); offset = 8
    (count,) = struct.unpack_from("<I", data, offset); offset += 4
    polygons = []
    for _ in range(count):
        texts = []
        for _ in range(3):
            (length,) = struct.unpack_from("<H", data, offset); offset += 2
            texts.append(data[offset:offset + length].decode()); offset += length
        (polygon_count,) = struct.unpack_from("<I", data, offset); offset += 4
        for _ in range(polygon_count):
            (ring_count,) = struct.unpack_from("<I", data, offset); offset += 4
            rings = []
            for _ in range(ring_count):
                (points,) = struct.unpack_from("<I", data, offset); offset += 4
                x = y = 0; ring = []
                for _ in range(points):
                    dx, offset = varint(data, offset); dy, offset = varint(data, offset)
                    x += dx; y += dy; ring.append((x / 1e6, y / 1e6))
                rings.append(ring)
                (runs,) = struct.unpack_from("<I", data, offset); offset += 4 + 6 * runs
            if texts[1] == code:
                polygons.append(Polygon(rings[0], rings[1:]))
    return MultiPolygon(polygons)

lat, lon, code = float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
area = load(sys.argv[1], code)
start = time.perf_counter()
aeqd = Transformer.from_crs("EPSG:4326", f"+proj=aeqd +lat_0={lat} +lon_0={lon} +ellps=WGS84", always_xy=True)
projected = transform(aeqd.transform, area)
near = nearest_points(Point(0, 0), projected.boundary)[1]
back = Transformer.from_crs(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +ellps=WGS84", "EPSG:4326", always_xy=True)
nlon, nlat = back.transform(near.x, near.y)
print(Geod(ellps="WGS84").inv(lon, lat, nlon, nlat)[2], time.perf_counter() - start)
"""


def shapely_python():
    """The bench virtual environment, with shapely added for the area distances."""
    python = pyproj_python()
    if python is None:
        return None
    if subprocess.run([str(python), "-c", "import shapely"], capture_output=True).returncode != 0:
        if subprocess.run([str(python), "-m", "pip", "install", "-q", "shapely"], capture_output=True).returncode != 0:
            return None
    return python


def bench_areas(report, repeats):
    """Distances to countries: eventmap (GEOS in azimuthal equidistant, refined on the ellipsoid) against
    the shapely + pyproj script a GIS user would write (nearest point in azimuthal equidistant, no refinement),
    both from the same unsimplified outlines, cold processes."""
    env = dict(os.environ, EVENTMAP_HOME=str(ROOT))
    cases = [("Kharkiv", 49.98177, 36.25475, "Russia", "RU"), ("Eilat", 29.55805, 34.94821, "Yemen", "YE"),
             ("Sevastopol", 44.58883, 33.5224, "Russia", "RU")]
    python = shapely_python()
    script = WORK / "shapely_distance.py"
    script.write_text(SHAPELY_SCRIPT)
    rows = []
    for name, lat, lon, country, code in cases:
        ours_argv = [str(EVENTMAP), "distance", f"{lat}, {lon}", country, "--json"]
        seconds, rss = median_run(ours_argv, repeats, env=env)
        ours = json.loads(subprocess.run(ours_argv, capture_output=True, text=True, env=env).stdout)["distanceMeters"]
        theirs_seconds, theirs, measuring = "–", None, None
        if python:
            argv = [str(python), str(script), str(ROOT / "maps" / "basemap" / "areas.bin"), str(lat), str(lon), code]
            theirs_seconds = median_run(argv, repeats)[0]
            printed = subprocess.run(argv, capture_output=True, text=True).stdout.split()
            theirs, measuring = float(printed[0]), float(printed[1])
        rows.append([f"{name} → {country}", f"{seconds * 1000:.0f} ms", f"{rss / 1024:.1f}", f"{ours / 1000:.3f} km",
                     f"{theirs_seconds * 1000:.0f} ms" if theirs is not None else "–",
                     f"{theirs_seconds / seconds:.1f}×" if theirs is not None else "–",
                     f"{measuring * 1000:.0f} ms" if measuring is not None else "–",
                     f"{abs(ours - theirs):.3f} m" if theirs is not None else "–"])
    report.table("Distances to countries (cold process, unsimplified Natural Earth 1:10m)",
                 ["pair", "eventmap", "peak RSS MiB", "distance", "shapely + pyproj script", "time ÷ eventmap",
                  "script without loading", "|Δ| vs shapely"], rows,
                 ["The script's time includes reading areas.bin in pure Python, as a user's script would read a shapefile; "
                  "'without loading' is its projection and nearest-point search alone. The shapely script takes the planar nearest point in azimuthal equidistant and stops there; eventmap "
                  "refines it on the ellipsoid, so small differences are expected (and the brute-force test in `make test` "
                  "bounds eventmap's error at 10 m)."])


def limit_specs():
    """Specs at the limits of maps/README.md: the most features, and vertices up to the limit through
    lines or rings; one just past the vertex limit, which must be refused quickly."""
    specs = {}
    places = "".join(f"  - {{place: \"{40 + (i % 100) * 0.1:.1f}, {20 + (i // 100) * 0.2:.1f}\"}}\n" for i in range(10_000))
    specs["10,000 places"] = "title: T\nplaces:\n" + places
    # 138 rings of 1,000 km at 3,600 vertices each: 496,800 vertices.
    specs["138 rings of 1,000 km (496,800 vertices)"] = "title: T\nrings:\n" + "  - {center: Kyiv, radius: 1000 km}\n" * 138
    # Long high-latitude lines, about 1,100 vertices each.
    specs["440 lines Murmansk-Nuuk (~490,000 vertices)"] = "title: T\nlines:\n" + "  - {from: Murmansk, to: Nuuk}\n" * 440
    specs["139 rings of 1,000 km (over the limit: refused)"] = "title: T\nrings:\n" + "  - {center: Kyiv, radius: 1000 km}\n" * 139
    return specs


def bench_limits(report):
    """Time, peak memory and output size for specs at the limits (one run each: they are slow)."""
    env = dict(os.environ, EVENTMAP_HOME=str(ROOT))
    out = WORK / "limits"
    out.mkdir(exist_ok=True)
    rows = []
    for index, (name, text) in enumerate(limit_specs().items()):
        spec = WORK / f"limit-{index}.yaml"
        spec.write_text(text)
        argv = [str(EVENTMAP), "render", str(spec), "--out", str(out), "--format", "geojson,svg"]
        refused = "refused" in name
        try:
            seconds = run_process(argv, env=env)
            rss = peak_rss_kib(argv, env=env)
            result = "written"
        except RuntimeError as error:
            if not refused:
                rows.append([name, f"failed: {str(error)[:80]}", "", "", ""])
                continue
            rss_file = WORK / "rss.txt"
            start = time.perf_counter()
            subprocess.run(["/usr/bin/time", "-f", "%M", "-o", str(rss_file)] + argv, env=env, capture_output=True)
            seconds = time.perf_counter() - start
            rss = int(rss_file.read_text().split()[-1])
            result = "refused (exit 2)"
        size = sum((out / f"limit-{index}.{ext}").stat().st_size for ext in ("geojson", "svg")
                   if (out / f"limit-{index}.{ext}").exists()) if result == "written" else 0
        rows.append([name, result, f"{seconds:.1f} s", f"{rss / 1024:.0f}", f"{size / 1e6:.1f}" if size else "–"])
    report.table("Limits: render (GeoJSON + SVG) of specs at the limits (one run each)",
                 ["spec", "result", "time", "peak RSS MiB", "output MB"], rows,
                 ["Target: at the limits, at most 1 GB peak and time linear in the features; past them, refused with a sentence."])


def rss_kib(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def wrk_numbers(output):
    """p50 and p99 in ms, requests/s and errors (non-2xx answers plus socket errors) from `wrk --latency`."""
    def latency_ms(label):
        for line in output.splitlines():
            parts = line.split()
            if parts and parts[0] == label:
                value = parts[1]
                for unit, scale in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
                    if value.endswith(unit):
                        return float(value[:-len(unit)]) * scale
        return float("nan")
    rate = next((float(l.split()[1]) for l in output.splitlines() if l.startswith("Requests/sec:")), 0.0)
    errors = sum(int(l.split()[-1]) for l in output.splitlines() if l.strip().startswith("Non-2xx"))
    for line in output.splitlines():
        if line.strip().startswith("Socket errors:"):
            errors += sum(int(part.split()[-1]) for part in line.split(":", 1)[1].split(","))
    return latency_ms("50%"), latency_ms("99%"), rate, errors


def bench_server(report, seconds=10, clients=16):
    """Issue 28: a bounded loopback load on the workbench API (wrk, `clients` connections for
    `seconds` each): latency, throughput, errors, and the server's resident memory sampled every
    0.2 s, whose peak in the second half of each run must not grow past the first half's."""
    import shutil
    import threading
    wrk = shutil.which("wrk")
    if not wrk or not SERVER.exists():
        print("bench: skipping the server load test (needs wrk, from scripts/setup, and the release eventmap-server)")
        return
    server = subprocess.Popen([str(SERVER), "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=dict(os.environ, EVENTMAP_HOME=str(ROOT)))
    line = server.stdout.readline()
    port = line.rsplit(":", 1)[-1].split("/")[0] if "listening" in line else None
    if not port:
        server.kill()
        print(f"bench: the server did not start: {line}{server.stderr.read()}")
        return
    url = f"http://127.0.0.1:{port}"
    post = WORK / "render.lua"
    spec = ROOT / "maps" / "korea-460km.yaml"
    post.write_text('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/yaml"\n'
                    f'local f = io.open("{spec}", "rb")\nwrk.body = f:read("*a")\nf:close()\n')
    runs = [
        ("GET /api/distance?from=Wonsan&to=Busan", [f"{url}/api/distance?from=Wonsan&to=Busan"]),
        ("POST /api/render?format=svg (korea-460km)", ["-s", str(post), f"{url}/api/render?format=svg"]),
    ]
    rows = []
    try:
        subprocess.run(["curl", "-s", "-o", "/dev/null", f"{url}/api/distance?from=Kharkiv&to=Kyiv"], check=False)
        for name, arguments in runs:
            # A short warm-up first: caches, allocator arenas and NIO's buffers settle before memory is watched.
            subprocess.run([wrk, "-t2", f"-c{clients}", "-d3s", "--timeout", "15s", *arguments], capture_output=True)
            samples, done = [], threading.Event()

            def sample():
                while not done.is_set():
                    samples.append(rss_kib(server.pid))
                    time.sleep(0.2)
            sampler = threading.Thread(target=sample)
            sampler.start()
            result = subprocess.run([wrk, "-t2", f"-c{clients}", f"-d{seconds}s", "--latency", "--timeout", "15s", *arguments],
                                    capture_output=True, text=True)
            done.set()
            sampler.join()
            p50, p99, rate, errors = wrk_numbers(result.stdout)
            half = max(1, len(samples) // 2)
            first, second = max(samples[:half] or [0]), max(samples[half:] or [0])
            rows.append([name, f"{p50:.1f} ms", f"{p99:.1f} ms", f"{rate:,.0f}", str(errors),
                         f"{first / 1024:.0f} → {second / 1024:.0f} MiB", "flat" if second <= first * 1.10 else "GROWS"])
    finally:
        server.terminate()
        server.wait(timeout=10)
    report.table(
        f"Web workbench under load ({clients} connections, {seconds} s each, wrk on loopback)",
        ["request", "p50", "p99", "requests/s", "errors", "peak RSS, 1st → 2nd half", "memory"], rows,
        notes=["Answers run on a queue one per core; the render answer is the SVG of maps/korea-460km.yaml, "
               "DTD-validated, as `eventmap render` writes it."])


def machine_line():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", choices=["batch", "server"],
                        help="only the batch geodesics, or only the server load (prints, leaves RESULTS.md alone)")
    arguments = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    if not EVENTMAP.exists():
        sys.exit("bench: build first with `swift build -c release` (make bench does).")
    pairs = WORK / f"pairs-{arguments.pairs}.txt"
    generate_pairs(pairs, arguments.pairs)
    report = Report()
    if arguments.only == "server":
        return bench_server(report)
    bench_batch(report, pairs, arguments.pairs, arguments.repeats)
    bench_destination(report, arguments.pairs, arguments.repeats)
    bench_memory(report, arguments.repeats)
    if arguments.only == "batch":
        return
    bench_geocode(report, arguments.repeats)
    bench_extract(report, arguments.repeats)
    bench_extract_hostile(report, arguments.repeats)
    bench_batch_modes(report, arguments.repeats)
    bench_render(report, arguments.repeats)
    bench_areas(report, arguments.repeats)
    bench_limits(report)
    bench_server(report)
    header = (f"# eventmap benchmark results\n\nRegenerated by `make bench` on "
              f"{time.strftime('%Y-%m-%d', time.gmtime())}: {machine_line()}. Ratios matter more than "
              f"absolute times, which vary between machines. Median of {arguments.repeats} runs "
              f"(eventmap's batch runs and the floor: of at least 11, taking turns).")
    report.write(ROOT / "Benchmarks" / "RESULTS.md", header)
    print(f"\nWrote {ROOT / 'Benchmarks' / 'RESULTS.md'}")


if __name__ == "__main__":
    main()
