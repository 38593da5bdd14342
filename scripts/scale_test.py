"""The corpus, sharded, extracted by Dask workers and by one process; the two must agree.

Usage: scale_test.py [--documents N] [--shards K] [--workers W ...] [--scheduler ADDRESS]
Prints documents per second for each worker count and exits 1 when any run differs."""
import argparse
import json
import logging
import os
import pathlib
import subprocess
import sys
import tempfile
import time

from dask.distributed import Client, LocalCluster

ROOT = pathlib.Path(__file__).resolve().parent.parent
EVENTMAP = os.environ["EVENTMAP"]


def extract_shard(path: str) -> list:
    """The map step: one eventmap process over one shard, on one core (the engine spreads shards)."""
    run = subprocess.run([EVENTMAP, "extract", "--jsonl", "--threads", "1", path], capture_output=True)
    if run.returncode not in (0, 2):
        raise RuntimeError(f"{path}: eventmap exited {run.returncode}: {run.stderr.decode()[:500]}")
    return run.stdout.decode("utf-8").splitlines()


def by_id(lines: list) -> bytes:
    return "".join(line + "\n" for line in sorted(lines, key=lambda line: json.loads(line)["id"])).encode("utf-8")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=340)
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--scheduler", help="a running Dask scheduler (tcp://host:8786) instead of a local cluster")
    options = parser.parse_args()

    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "Tests/Fixtures/corpus").glob("*/*.txt"))]
    work = pathlib.Path(tempfile.mkdtemp(prefix="eventmap-scale-"))
    corpus = work / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as out:
        for index in range(options.documents):
            out.write(json.dumps({"id": f"doc-{index:07d}", "text": texts[index % len(texts)]}) + "\n")
    lines = corpus.read_text(encoding="utf-8").splitlines()
    shards = []
    for shard in range(options.shards):
        path = work / f"shard-{shard:03d}.jsonl"
        path.write_text("".join(line + "\n" for line in lines[shard::options.shards]), encoding="utf-8")
        shards.append(str(path))

    started = time.perf_counter()
    single = by_id(extract_shard(str(corpus)))
    seconds = time.perf_counter() - started
    print(f"scale-test: one process, one core: {options.documents} documents in {seconds:.2f} s "
          f"({options.documents / seconds:.0f} documents/s)")
    failed = False
    runs = [("scheduler " + options.scheduler, lambda: Client(options.scheduler))] if options.scheduler else [
        (f"{workers} worker{'s' if workers > 1 else ''}",
         lambda workers=workers: Client(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                     dashboard_address=None, silence_logs=logging.ERROR)))
        for workers in options.workers]
    for name, connect in runs:
        with connect() as client:
            client.submit(len, "warm").result()  # workers up before the clock starts
            started = time.perf_counter()
            gathered = client.gather(client.map(extract_shard, shards))
            seconds = time.perf_counter() - started
        merged = by_id([line for shard in gathered for line in shard])
        same = merged == single
        failed |= not same
        print(f"scale-test: Dask, {name}: {options.documents} documents in {seconds:.2f} s "
              f"({options.documents / seconds:.0f} documents/s); {'identical' if same else 'DIFFERENT'} to the single run")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
