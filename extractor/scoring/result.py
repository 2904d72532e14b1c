"""The score's record types: detection counts, per-field accuracy and the cases behind them."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, computed_field


def _ratio(numerator: float, denominator: float) -> float:
    """Return numerator / denominator, or 0.0 when there is nothing to divide by."""
    return numerator / denominator if denominator else 0.0


class SpanRef(BaseModel):
    """A quantity span in one document, for the detail view."""

    doc_id: str
    text: str
    start_char: int
    end_char: int


class FieldError(SpanRef):
    """A matched pair whose field values disagree (the span is the gold quantity)."""

    field: str
    gold: Any
    predicted: Any


class NotClaimHit(SpanRef):
    """A prediction overlapping a span the gold marks as not a claim."""

    why: str | None = None


class FieldScore(BaseModel):
    """Correct matched pairs out of those scored for one field."""

    correct: int = 0
    total: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float:
        """Share of scored pairs that are correct (0.0 when none were scored)."""
        return _ratio(self.correct, self.total)


class Score(BaseModel):
    """Detection counts, per-field accuracy and the cases behind them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    fields: dict[str, FieldScore] = {}
    misses: list[SpanRef] = []
    false_positives: list[SpanRef] = []
    field_errors: list[FieldError] = []
    not_claim_hits: list[NotClaimHit] = []
    unscored_doc_ids: list[str] = []  # predicted documents that have no gold

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        """Matched predictions out of all counted predictions."""
        return _ratio(self.tp, self.tp + self.fp)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        """Matched gold claims out of all non-optional gold claims."""
        return _ratio(self.tp, self.tp + self.fn)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return _ratio(2 * self.precision * self.recall, self.precision + self.recall)
