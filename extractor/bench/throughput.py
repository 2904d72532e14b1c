"""Throughput: words per second and peak memory of (a) plain spaCy ``nlp.pipe`` with the
same model, all components, and (b) our full batch run, on the same articles with the
same number of processes. Both run in one benchmark invocation, alternating, each in a
fresh subprocess (so peak memory per process is clean), and the ratio (b)/(a) is what to
read: absolute speeds swing on a shared machine, ratios measured side by side do not.

    extract bench throughput --data ../shared/benchmarks --jobs 1 --jobs 2
    python -m extractor.bench.throughput --one batch --jobs 2 DUMP.jsonl   (one measurement)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from .result import BenchResult, Row, skipped

DATA_FILE = Path("news-dump") / "polnear-train.jsonl"
SYSTEMS = ("spacy", "batch")


def available(root: Path) -> bool:
    return (root / DATA_FILE).is_file()


def run(
    root: Path, *, jobs: tuple[int, ...] = (1, 2), limit: int | None = None, model: str | None = None, repeats: int = 1
) -> BenchResult:
    """Measure both systems for each process count; rows carry words/s and peak RSS."""
    path = root / DATA_FILE
    if not available(root):
        return skipped("throughput", f"no data at {path}")
    started = time.perf_counter()
    measured: dict[tuple[str, int], list[dict]] = {}
    for _ in range(repeats):
        for n in jobs:
            for system in SYSTEMS:
                measured.setdefault((system, n), []).append(_measure(system, n, path, limit, model))
    result = BenchResult(name="throughput", seconds=time.perf_counter() - started)
    best = {key: max(runs, key=lambda m: m["words_per_s"]) for key, runs in measured.items()}
    result.documents = best[(SYSTEMS[0], jobs[0])]["articles"]
    for (system, n), m in sorted(best.items(), key=lambda item: (item[0][1], item[0][0])):
        result.rows.append(Row(system=f"{system} x{n}", measure="words/s", accuracy=None, support=round(m["words_per_s"])))
        result.notes.append(
            f"{system} with {n} process(es): {m['words_per_s']:.0f} words/s, {m['words']} words in {m['seconds']:.1f} s, "
            f"peak RSS main {m['peak_rss_main_mb']:.0f} MB, largest worker {m['peak_rss_worker_mb']:.0f} MB"
        )
    for n in jobs:
        ratio = best[("batch", n)]["words_per_s"] / best[("spacy", n)]["words_per_s"]
        result.notes.append(f"ratio batch/spacy with {n} process(es): {ratio:.2f}")
    if 1 in jobs and 2 in jobs:
        scale = best[("batch", 2)]["words_per_s"] / best[("batch", 1)]["words_per_s"]
        result.notes.append(f"batch scaling, 2 processes / 1 process: {scale:.2f}x")
    return result


def _measure(system: str, jobs: int, path: Path, limit: int | None, model: str | None) -> dict:
    command = [sys.executable, "-m", "extractor.bench.throughput", "--one", system, "--jobs", str(jobs), str(path)]
    if limit:
        command += ["--limit", str(limit)]
    if model:
        command += ["--model", model]
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _articles(path: Path, limit: int | None) -> list[dict]:
    with open(path, encoding="utf-8") as stream:
        return [json.loads(line) for line in islice(stream, limit)]


def _one(system: str, jobs: int, path: Path, limit: int | None, model: str | None) -> dict:
    """One measurement in this (fresh) process."""
    from ..nlp import DEFAULT_MODEL

    model = model or DEFAULT_MODEL
    articles = _articles(path, limit)
    words = sum(len(a["text"].split()) for a in articles)
    if system == "spacy":
        import spacy

        nlp = spacy.load(model)
        nlp("warm up")
        started = time.perf_counter()
        for _ in nlp.pipe((a["text"] for a in articles), n_process=jobs, batch_size=32):
            pass
        seconds = time.perf_counter() - started
    else:
        from ..batch import BatchOptions, run_batch
        from ..claims import default_extractor

        if jobs == 1:
            default_extractor(model)("warm up 5 people.")
        with tempfile.TemporaryDirectory() as folder:
            dump = Path(folder) / "dump.jsonl"
            dump.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
            started = time.perf_counter()
            run_batch([str(dump)], Path(folder) / "claims.jsonl", options=BatchOptions(jobs=jobs, model=model))
            seconds = time.perf_counter() - started
    return {
        "system": system,
        "jobs": jobs,
        "articles": len(articles),
        "words": words,
        "seconds": seconds,
        "words_per_s": words / seconds,
        "peak_rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path)
    parser.add_argument("--one", choices=SYSTEMS, required=True)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--model")
    args = parser.parse_args()
    print(json.dumps(_one(args.one, args.jobs, args.path, args.limit, args.model)))


if __name__ == "__main__":
    main()
