"""Start-up: the wall time of ``extract ARTICLE`` against a plain spaCy process that loads
the same pipeline and parses the same text, each in a fresh process, alternating, N runs.
The ratio of the medians is what to read (issue #13: <= 1.4); absolute times swing with
the machine's load, ratios measured side by side do not.

    extract bench startup --runs 5
    extract bench startup --article fixtures/articles/000_555bf5a5852e493d.txt --json
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pydantic import BaseModel
from rich.table import Table

DEFAULT_ARTICLE = Path("fixtures") / "articles" / "000_555bf5a5852e493d.txt"
DEFAULT_PUBLISHED = "2022-11-10"
SYSTEMS = ("spacy", "extract")
# The baseline: import spaCy, load the pipeline, parse the article; nothing else.
_SPACY_SCRIPT = (
    "import sys, spacy; nlp = spacy.load(sys.argv[1]); "
    "nlp(open(sys.argv[2], encoding='utf-8').read())"
)


class StartupRun(BaseModel):
    system: str
    seconds: float
    peak_rss_mb: float


class StartupResult(BaseModel):
    skipped: str | None = None
    article: str
    runs: list[StartupRun] = []
    medians: dict[str, float] = {}
    ratio: float | None = None  # median extract / median spacy

    def table(self) -> Table:
        """One row per system: median, min and max seconds, median peak RSS."""
        caption = f"extract/spacy (medians): {self.ratio:.2f}" if self.ratio else ""
        title = "startup" + (f": skipped ({self.skipped})" if self.skipped else "")
        table = Table(title=f"{title} {self.article}", caption=caption)
        for header in ("system", "runs", "median s", "min s", "max s", "median peak RSS MB"):
            table.add_column(header, justify="left" if header == "system" else "right")
        for system in SYSTEMS:
            found = [r for r in self.runs if r.system == system]
            if not found:
                continue
            seconds = [r.seconds for r in found]
            table.add_row(
                system,
                str(len(found)),
                f"{statistics.median(seconds):.2f}",
                f"{min(seconds):.2f}",
                f"{max(seconds):.2f}",
                f"{statistics.median(r.peak_rss_mb for r in found):.0f}",
            )
        return table


def run(
    *,
    article: Path = DEFAULT_ARTICLE,
    published: str | None = DEFAULT_PUBLISHED,
    model: str | None = None,
    runs: int = 5,
) -> StartupResult:
    """Time both commands ``runs`` times each, alternating, in fresh processes."""
    from ..nlp import DEFAULT_MODEL

    result = StartupResult(article=str(article))
    if not article.is_file():
        result.skipped = f"no article at {article}"
        return result
    model = model or DEFAULT_MODEL
    commands = {
        "spacy": [sys.executable, "-c", _SPACY_SCRIPT, model, str(article)],
        "extract": [sys.executable, "-m", "extractor.cli", str(article), "--model", model]
        + (["--published", published] if published else []),
    }
    for _ in range(runs):
        for system in SYSTEMS:
            seconds, peak_rss_mb = _time_process(commands[system])
            result.runs.append(StartupRun(system=system, seconds=seconds, peak_rss_mb=peak_rss_mb))
    for system in SYSTEMS:
        result.medians[system] = statistics.median(
            r.seconds for r in result.runs if r.system == system
        )
    result.ratio = result.medians["extract"] / result.medians["spacy"]
    return result


def _time_process(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one process, output discarded; fails loudly."""
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}  # as `extract` sets for itself
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr, env=env)
        # wait4, not wait: it gives this child's own resource usage (peak RSS).
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            stderr.seek(0)
            message = stderr.read().decode("utf-8", "replace")[-500:]
            raise RuntimeError(f"{' '.join(command)} exited {process.returncode}: {message}")
    return seconds, usage.ru_maxrss / 1024
