"""The batch's progress bar: rich on a terminal, nothing when stderr is not a terminal."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from ..batch.options import Progress


class ProgressDisplay:
    """A context manager giving the progress callback for ``run_batch``, or None."""

    def __enter__(self) -> Callable[[Progress], None] | None:
        if not sys.stderr.isatty():
            self._bar = None
            return None
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as Bar

        self._bar = Bar(
            TextColumn("articles"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn(
                "{task.fields[rate]:.1f}/s  claims {task.fields[claims]}  "
                "errors {task.fields[errors]}"
            ),
            TimeRemainingColumn(),
            transient=False,
        )
        self._bar.start()
        self._task = self._bar.add_task("batch", total=None, rate=0.0, claims=0, errors=0)
        self._started = time.perf_counter()
        return self.update

    def update(self, progress: Progress) -> None:
        """Show the counts so far, and the rate since the start."""
        elapsed = max(time.perf_counter() - self._started, 1e-9)
        self._bar.update(
            self._task,
            completed=progress.articles,
            total=progress.total,
            rate=progress.articles / elapsed,
            claims=progress.claims,
            errors=progress.errors,
        )

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()
