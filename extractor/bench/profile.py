"""Profile: where the time of one process goes, in milliseconds per 1,000 words, per stage,
on the first articles of the news dump (after loading, which is timed on its own).

    extract bench profile                       # first 200 articles of the dump
    extract bench profile --limit 840 --json    # the whole dump

Each stage's function is wrapped by a timer for the run (and restored after it); a timer
counts its own time only, not that of a timed stage it calls (quantulum3 inside the
quantities stage, dateparser inside the dates stage), so the rows add up to the total.
Timers, not cProfile: a tracing profiler inflates pure-Python code several times against
spaCy's compiled parse and would misstate the shares. The clock is the process's CPU time
(``time.process_time``; one BLAS thread, as `extract` runs), so the shares hold on a
machine shared with other jobs; the caption also gives the wall time.
"""

from __future__ import annotations

import importlib
import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path

from pydantic import BaseModel
from rich.table import Table

DATA_FILE = Path("news-dump") / "polnear-train.jsonl"
DEFAULT_LIMIT = 200

# (module, attribute, stage): where each stage's work is looked up at call time. Names
# imported with `from x import f` are patched in the module that calls them.
TIMED: tuple[tuple[str, str, str], ...] = (
    ("extractor.pipeline.Extractor", "parse", "parse (full pipeline)"),
    ("extractor.article", "find_blocks", "sentence split"),
    ("extractor.article", "find_quote_regions", "sentence split"),
    ("extractor.article", "find_transcript_labels", "sentence split"),
    ("extractor.article", "split_sentences", "sentence split"),
    ("extractor.article", "choose_sentences", "sentence split"),
    ("extractor.article", "find_segments", "sentence split"),
    ("extractor.pipeline", "find_quantities", "quantities (ours)"),
    ("extractor.adapters.quantulum", "_quantulum_parse", "quantulum3"),
    ("extractor.pipeline", "find_dates", "dates (ours)"),
    ("extractor.pipeline", "claim_dates", "dates (ours)"),
    ("extractor.stages.dates.timeml", "read_date", "dateparser"),
    ("extractor.pipeline", "find_attributions", "attribution"),
    ("extractor.stages.attribution.attribute.Attributions", "attribute", "attribution"),
    ("extractor.pipeline", "find_about", "about"),
    ("extractor.pipeline", "_claim", "records"),
    ("extractor.batch.worker", "claim_line", "records"),
)


class StageTime(BaseModel):
    stage: str
    seconds: float
    ms_per_1000_words: float
    share: float  # of the whole run


class ProfileResult(BaseModel):
    skipped: str | None = None
    articles: int = 0
    words: int = 0
    load_seconds: float = 0.0  # CPU: the pipelines, lexicons, the first quantulum3 parse
    seconds: float = 0.0  # CPU, the run after loading
    wall_seconds: float = 0.0
    stages: list[StageTime] = []

    def table(self) -> Table:
        """One row per stage, largest first; the load time in the caption."""
        title = "profile" + (f": skipped ({self.skipped})" if self.skipped else "")
        caption = (
            f"{self.articles} articles, {self.words} words: {self.seconds:.1f} s CPU "
            f"({self.words / self.seconds:.0f} words/s; wall {self.wall_seconds:.1f} s), "
            f"after {self.load_seconds:.1f} s CPU loading"
            if self.seconds
            else ""
        )
        table = Table(title=title, caption=caption)
        for header in ("stage", "CPU ms / 1,000 words", "share"):
            table.add_column(header, justify="left" if header == "stage" else "right")
        for stage in self.stages:
            table.add_row(stage.stage, f"{stage.ms_per_1000_words:.1f}", f"{stage.share:.0%}")
        return table


class _Timers:
    """Exclusive wall time per stage: a timed call's time minus its timed callees'."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._stack: list[list[float]] = []  # per open call: [time spent in timed callees]

    def wrap(self, stage: str, function: Callable) -> Callable:
        def timed(*args, **kwargs):
            self._stack.append([0.0])
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = time.process_time() - started
                inner = self._stack.pop()[0]
                self.seconds[stage] += elapsed - inner
                if self._stack:
                    self._stack[-1][0] += elapsed

        return timed


@contextmanager
def _patched(timers: _Timers) -> Iterator[None]:
    """Every TIMED function wrapped by its stage's timer, restored on exit."""
    originals = []
    for owner_name, attribute, stage in TIMED:
        owner = _resolve(owner_name)
        original = getattr(owner, attribute)
        originals.append((owner, attribute, original))
        setattr(owner, attribute, timers.wrap(stage, original))
    try:
        yield
    finally:
        for owner, attribute, original in reversed(originals):
            setattr(owner, attribute, original)


def _resolve(name: str):
    """A module, or a class in one ("extractor.stages.attribution.attribute.Attributions")."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError:
        module, _, attribute = name.rpartition(".")
        return getattr(importlib.import_module(module), attribute)


def run(root: Path, *, limit: int = DEFAULT_LIMIT, model: str | None = None) -> ProfileResult:
    """Time each stage over the first ``limit`` dump articles in this process."""
    from ..batch.worker import process_chunk
    from ..inputs.records import ArticleRecord
    from ..nlp import DEFAULT_MODEL
    from ..pipeline import batch_extractor

    path = root / DATA_FILE
    if not path.is_file():
        return ProfileResult(skipped=f"no data at {path}")
    model = model or DEFAULT_MODEL
    with open(path, encoding="utf-8") as stream:
        rows = [json.loads(line) for line in islice(stream, limit)]
    records = [
        ArticleRecord(
            id=row.get("id", str(line)),
            origin=f"{path}:{line}",
            text=row["text"],
            published=row.get("published"),
        )
        for line, row in enumerate(rows, start=1)
    ]
    started = time.process_time()
    batch_extractor(model)  # loaded, warmed and frozen, as a batch worker has it
    load_seconds = time.process_time() - started
    timers = _Timers()
    with _patched(timers):
        started, wall_started = time.process_time(), time.perf_counter()
        process_chunk(0, records, model, timeout=None)
        seconds, wall_seconds = time.process_time() - started, time.perf_counter() - wall_started
    timers.seconds["other"] = seconds - sum(timers.seconds.values())
    words = sum(len(row["text"].split()) for row in rows)
    stages = [
        StageTime(
            stage=stage,
            seconds=spent,
            ms_per_1000_words=spent * 1000 / (words / 1000),
            share=spent / seconds,
        )
        for stage, spent in sorted(timers.seconds.items(), key=lambda item: -item[1])
    ]
    return ProfileResult(
        articles=len(rows),
        words=words,
        load_seconds=load_seconds,
        seconds=seconds,
        wall_seconds=wall_seconds,
        stages=stages,
    )
