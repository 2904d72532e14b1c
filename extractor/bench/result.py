"""The one result shape every benchmark returns, and its table."""

from __future__ import annotations

from pydantic import BaseModel, Field
from rich.table import Table


class Row(BaseModel):
    """One system (or one slice of a system's output) on one measure."""

    system: str
    measure: str
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    accuracy: float | None = None
    support: int | None = Field(default=None, description="gold items the row is computed over")


class BenchResult(BaseModel):
    name: str
    skipped: str | None = None
    documents: int = 0
    seconds: float = 0.0
    rows: list[Row] = []
    notes: list[str] = []
    details: list[str] = []


def skipped(name: str, why: str) -> BenchResult:
    """A benchmark that did not run, and why."""
    return BenchResult(name=name, skipped=why)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 from counts (0.0 where undefined)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def render_result(result: BenchResult) -> Table:
    """A table: one line per (measure, system), percentages."""
    title = f"{result.name}: {result.documents} documents, {result.seconds:.1f} s"
    if result.skipped:
        title = f"{result.name}: skipped ({result.skipped})"
    table = Table(title=title, caption="\n".join(result.notes) or None)
    for header in ("measure", "system", "P", "R", "F1", "acc", "n"):
        table.add_column(header, justify="left" if header in ("measure", "system") else "right")
    for row in result.rows:
        table.add_row(
            row.measure,
            row.system,
            *(_percent(value) for value in (row.precision, row.recall, row.f1, row.accuracy)),
            "" if row.support is None else str(row.support),
        )
    return table


def _percent(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.1f}"
