"""Benchmarks on real annotated news: one adapter per dataset, one result shape.

Each adapter module (``newsquant``, ``polnear``, ``tempeval3``, ``meantime``,
``checkworthy``) exposes
``run(root, *, extractor, limit, detail) -> BenchResult``, turning its dataset's
annotation into gold and scoring the extractor (and baselines) in the same process.
Speed is measured apart, by ``throughput``, ``startup`` and ``profile`` (``extract bench
NAME``: words per second and single-article latency against plain spaCy, time per stage).
Data is read from ``../shared/benchmarks`` (or ``--data``); when it is absent the run
is skipped with a message, never failed.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from .result import BenchResult, Row, render_result, skipped

BENCHMARKS = ("newsquant", "polnear", "tempeval3", "meantime", "checkworthy")
DATA_ENV = "CLAIM_BENCHMARKS"


def default_data_root() -> Path:
    """``$CLAIM_BENCHMARKS``, else ``../shared/benchmarks`` from the working directory."""
    return Path(os.environ.get(DATA_ENV, "../shared/benchmarks"))


def run_benchmark(
    name: str, *, root: Path, extractor, limit: int | None = None, detail: bool = False
) -> BenchResult:
    """Run one benchmark by name; a missing dataset gives a skipped result."""
    if name not in BENCHMARKS:
        raise ValueError(f"unknown benchmark {name!r}: choose from {', '.join(BENCHMARKS)}")
    module = importlib.import_module(f"{__name__}.{name}")
    if not module.available(root):
        return skipped(name, f"no data at {root / module.DATA_DIR}: see README, Benchmarks")
    return module.run(root, extractor=extractor, limit=limit, detail=detail)


__all__ = [
    "BENCHMARKS",
    "BenchResult",
    "Row",
    "default_data_root",
    "render_result",
    "run_benchmark",
    "skipped",
]
