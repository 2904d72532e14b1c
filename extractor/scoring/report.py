"""Reports on a score: a rich table of the figures and one line per case behind them."""

from __future__ import annotations

from rich.table import Table

from .result import Score, SpanRef


def _percent(part: int, whole: int) -> str:
    """Format part / whole as a percentage, or a dash when there is nothing to score."""
    return f"{part / whole:.1%}" if whole else "–"


def render_table(score: Score) -> Table:
    """A table with the detection scores and one row per field."""
    predictions, gold = score.tp + score.fp, score.tp + score.fn
    table = Table(
        title="Claim scores",
        caption=(
            f"{len(score.not_claim_hits)} prediction(s) overlap spans the gold marks as not "
            f"claims; {len(score.unscored_doc_ids)} predicted document(s) have no gold"
        ),
    )
    table.add_column("metric")
    for header in ("correct", "total", "score"):
        table.add_column(header, justify="right")
    table.add_row("precision", str(score.tp), str(predictions), _percent(score.tp, predictions))
    table.add_row("recall", str(score.tp), str(gold), _percent(score.tp, gold))
    table.add_row("F1", "", "", f"{score.f1:.1%}" if predictions or gold else "–")
    table.add_section()
    for name, field in score.fields.items():
        accuracy = _percent(field.correct, field.total)
        table.add_row(name, str(field.correct), str(field.total), accuracy)
    return table


def _where(ref: SpanRef) -> str:
    """Doc id, offsets and text of a span."""
    return f"{ref.doc_id} [{ref.start_char}:{ref.end_char}] {ref.text!r}"


def render_detail(score: Score) -> list[str]:
    """One line per miss, false positive, not-claim hit, field error and unscored document."""
    return [
        *(f"miss            {_where(ref)}" for ref in score.misses),
        *(f"false positive  {_where(ref)}" for ref in score.false_positives),
        *(f"not-claim hit   {_where(hit)}: {hit.why}" for hit in score.not_claim_hits),
        *(
            f"field error     {_where(err)} {err.field}: gold {err.gold!r}, "
            f"predicted {err.predicted!r}"
            for err in score.field_errors
        ),
        *(f"no gold         {doc_id}" for doc_id in score.unscored_doc_ids),
    ]
