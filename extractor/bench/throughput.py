"""Throughput: words per second and peak memory of (a) plain spaCy ``nlp.pipe`` with the
same model, all components, and (b) our full batch run, on the same articles with the
same number of processes. A third system, (a') ``spacy-numpy``, is plain spaCy with the
matrix products our pipeline uses (numpy's BLAS, not BLIS: ``nlp.numpy_blas``), so that
the ratio against it shows what our own design gains, apart from that choice. All run in
one benchmark invocation, alternating, each in a fresh subprocess (so peak memory per
process is clean), and the ratio (b)/(a) is what to read: absolute speeds swing on a
shared machine, ratios measured side by side do not.
The CPU ratios (words per CPU second of all the run's processes) are the fair reading on a
loaded machine: there the scheduler gives each busy process a share, and plain spaCy with
n processes runs n + 1 busy ones (its main process unpickles every Doc) against our n
workers, which return only claim lines; wall ratios credit spaCy with that extra share.

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

from pydantic import BaseModel
from rich.table import Table

DATA_FILE = Path("news-dump") / "polnear-train.jsonl"
SYSTEMS = ("spacy", "spacy-numpy", "batch")


def available(root: Path) -> bool:
    return (root / DATA_FILE).is_file()


class Measurement(BaseModel):
    system: str
    jobs: int
    articles: int
    words: int
    seconds: float
    words_per_s: float
    peak_rss_main_mb: float
    peak_rss_worker_mb: float
    cpu_seconds: float = 0.0  # this process and its (joined) workers, user + system
    words_per_cpu_s: float = 0.0


class ThroughputResult(BaseModel):
    skipped: str | None = None
    measurements: list[Measurement] = []
    ratios: dict[str, float] = {}

    def table(self) -> Table:
        """One row per (system, processes), the best of the repeats; ratios in the caption."""
        caption = "  ".join(f"{name}: {value:.2f}" for name, value in self.ratios.items())
        table = Table(
            title="throughput" + (f": skipped ({self.skipped})" if self.skipped else ""),
            caption=caption,
        )
        for header in (
            "system",
            "processes",
            "articles",
            "words",
            "seconds",
            "words/s",
            "words/CPU s",
            "peak RSS main MB",
            "peak RSS worker MB",
        ):
            table.add_column(header, justify="left" if header == "system" else "right")
        for m in self.measurements:
            table.add_row(
                m.system,
                str(m.jobs),
                str(m.articles),
                str(m.words),
                f"{m.seconds:.1f}",
                f"{m.words_per_s:.0f}",
                f"{m.words_per_cpu_s:.0f}",
                f"{m.peak_rss_main_mb:.0f}",
                f"{m.peak_rss_worker_mb:.0f}",
            )
        return table


def run(
    root: Path,
    *,
    jobs: tuple[int, ...] = (1, 2),
    limit: int | None = None,
    model: str | None = None,
    repeats: int = 1,
) -> ThroughputResult:
    """Measure both systems for each process count, alternating; keep each one's best run."""
    path = root / DATA_FILE
    if not available(root):
        return ThroughputResult(skipped=f"no data at {path}")
    runs: dict[tuple[str, int], list[Measurement]] = {}
    for _ in range(repeats):
        for n in jobs:
            for system in SYSTEMS:
                runs.setdefault((system, n), []).append(
                    Measurement(**_measure(system, n, path, limit, model))
                )
    best = {key: max(found, key=lambda m: m.words_per_s) for key, found in runs.items()}
    result = ThroughputResult(
        measurements=[best[key] for key in sorted(best, key=lambda k: (k[1], k[0]))]
    )
    for n in jobs:
        for baseline in ("spacy", "spacy-numpy"):
            result.ratios[f"batch/{baseline} x{n}"] = (
                best[("batch", n)].words_per_s / best[(baseline, n)].words_per_s
            )
            result.ratios[f"batch/{baseline} CPU x{n}"] = _ratio(
                best[("batch", n)].words_per_cpu_s, best[(baseline, n)].words_per_cpu_s
            )
    for n in jobs[1:]:
        result.ratios[f"batch x{n}/x{jobs[0]}"] = (
            best[("batch", n)].words_per_s / best[("batch", jobs[0])].words_per_s
        )
    return result


def _ratio(ours: float, theirs: float) -> float:
    return ours / theirs if theirs else 0.0


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have been waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _measure(system: str, jobs: int, path: Path, limit: int | None, model: str | None) -> dict:
    command = [
        sys.executable,
        "-m",
        "extractor.bench.throughput",
        "--one",
        system,
        "--jobs",
        str(jobs),
        str(path),
    ]
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
    if system.startswith("spacy"):
        import spacy

        from ..nlp import numpy_blas

        if system == "spacy-numpy":
            with numpy_blas():
                nlp = spacy.load(model)
        else:
            nlp = spacy.load(model)
        nlp("warm up")
        started, cpu_started = time.perf_counter(), _cpu_seconds()
        for _ in nlp.pipe((a["text"] for a in articles), n_process=jobs, batch_size=32):
            pass  # the pipe joins its worker processes when it ends
        seconds = time.perf_counter() - started
    else:
        from ..batch.options import BatchOptions
        from ..batch.runner import run_batch
        from ..pipeline import batch_extractor

        # As for spaCy above, loading happens before the clock starts; workers fork from it.
        batch_extractor(model)
        with tempfile.TemporaryDirectory() as folder:
            dump = Path(folder) / "dump.jsonl"
            dump.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
            started, cpu_started = time.perf_counter(), _cpu_seconds()
            run_batch(
                [str(dump)],
                Path(folder) / "claims.jsonl",
                options=BatchOptions(jobs=jobs, model=model),
            )
            seconds = time.perf_counter() - started  # the pool is shut down: joined
    cpu_seconds = _cpu_seconds() - cpu_started
    return {
        "system": system,
        "jobs": jobs,
        "articles": len(articles),
        "words": words,
        "seconds": seconds,
        "words_per_s": words / seconds,
        "cpu_seconds": cpu_seconds,
        "words_per_cpu_s": words / cpu_seconds,
        "peak_rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", type=Path)
    parser.add_argument("--one", choices=SYSTEMS, required=True)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--model")
    args = parser.parse_args()
    print(json.dumps(_one(args.one, args.jobs, args.path, args.limit, args.model)))


if __name__ == "__main__":
    main()
