"""Tests for extractor.scoring: matching, detection counts, not-claims and reports.

The claim builders here are shared by test_scoring_fields.py and test_scoring_loading.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from extractor.errors import GoldError
from extractor.schema import Claim
from extractor.scoring import (
    GoldClaim,
    GoldDoc,
    NotClaim,
    Score,
    render_detail,
    render_table,
    score,
)

DOC_ID = "doc"
SPAN = {"start_char": 0, "end_char": 1, "text": "x"}
RANGE = {"value": None, "low": 15e6, "high": 30e6, "bound": "range"}


def _record(
    start: int,
    end: int,
    *,
    value: float | None = 100.0,
    low: float | None = None,
    high: float | None = None,
    bound: Any = "exact",
    unit: Any = None,
    entity: Any = "soldiers",
    qualifiers: list[str] | None = None,
    property: Any = None,
    speaker: Any = None,
    via: Any = None,
    quote: Any = "none",
    dates: list[str] | None = None,
) -> dict[str, Any]:
    """A claim record as a dict; gold and predictions share this shape."""
    return {
        "quantity": {
            "start_char": start,
            "end_char": end,
            "text": "x" * (end - start),
            "value": value,
            "low": low,
            "high": high,
            "bound": bound,
            "unit": unit,
        },
        "about": {
            "text": "",
            "entity": entity,
            "qualifiers": qualifiers or [],
            "property": property,
        },
        "speaker": None if speaker is None else {"name": speaker, "mention": SPAN},
        "via": None if via is None else {"name": via, **SPAN},
        "quote": quote,
        "dates": [{**SPAN, "value": date, "role": "reference"} for date in dates or []],
    }


def gold(start: int, end: int, *, optional: bool = False, **fields: Any) -> GoldClaim:
    """A gold claim over [start:end]."""
    return GoldClaim.model_validate({**_record(start, end, **fields), "optional": optional})


def predicted(start: int, end: int, **fields: Any) -> Claim:
    """A predicted claim over [start:end] in DOC_ID."""
    record = {**_record(start, end, **fields), "doc_id": DOC_ID, "sentence": SPAN}
    return Claim.model_validate(record)


def doc(*claims: GoldClaim, not_claims: tuple[NotClaim, ...] = ()) -> GoldDoc:
    """A synthetic gold document (spans are not checked against text here)."""
    return GoldDoc(doc_id=DOC_ID, text=" " * 100, claims=list(claims), not_claims=list(not_claims))


def score_pair(gold_fields: dict[str, Any], predicted_fields: dict[str, Any]) -> Score:
    """Score one prediction against one gold claim over the same span."""
    return score([doc(gold(0, 5, **gold_fields))], {DOC_ID: [predicted(0, 5, **predicted_fields)]})


def assert_field(result: Score, field: str, expected: bool) -> None:
    """The field was scored once, correct as expected, with an error listed when wrong."""
    assert result.fields[field].total == 1
    assert result.fields[field].correct == int(expected)
    assert (field in {err.field for err in result.field_errors}) is not expected


# --- matching -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_spans", "predicted_spans", "expected"),
    [
        ([(0, 10)], [(0, 10)], (1, 0, 0)),
        ([(0, 10)], [(7, 12)], (1, 0, 0)),  # partial overlap is enough
        ([(0, 10)], [(10, 14)], (0, 1, 1)),  # adjacent spans do not overlap
        ([(0, 10)], [], (0, 0, 1)),
        ([], [(0, 10)], (0, 1, 0)),
        ([(0, 10)], [(0, 4), (6, 10)], (1, 1, 0)),  # one-to-one: a gold claim matches once
        ([(0, 4), (6, 10)], [(0, 10)], (1, 0, 1)),  # one-to-one: a prediction matches once
        ([(0, 4), (6, 10)], [(6, 10), (0, 4)], (2, 0, 0)),
    ],
)
def test_detection_counts(
    gold_spans: list[tuple[int, int]],
    predicted_spans: list[tuple[int, int]],
    expected: tuple[int, int, int],
) -> None:
    result = score(
        [doc(*(gold(*span) for span in gold_spans))],
        {DOC_ID: [predicted(*span) for span in predicted_spans]},
    )
    assert (result.tp, result.fp, result.fn) == expected
    assert len(result.misses) == result.fn
    assert len(result.false_positives) == result.fp


def test_precision_recall_f1() -> None:
    result = score([doc(gold(0, 10))], {DOC_ID: [predicted(0, 10), predicted(20, 30)]})
    assert (result.precision, result.recall) == (0.5, 1.0)
    assert result.f1 == pytest.approx(2 / 3)


def test_greedy_matching_takes_largest_overlap_first() -> None:
    # [5:18] overlaps gold [0:10] by 5 and gold [10:20] by 8, so it takes [10:20],
    # leaving [0:10] to the prediction [0:4]; matching left to right would lose a pair.
    result = score(
        [doc(gold(0, 10, value=1), gold(10, 20, value=2))],
        {DOC_ID: [predicted(5, 18, value=2), predicted(0, 4, value=1)]},
    )
    assert (result.tp, result.fp, result.fn) == (2, 0, 0)
    assert result.fields["value"].correct == 2


@pytest.mark.parametrize("order", [1, -1])
def test_overlap_ties_go_to_the_earlier_prediction(order: int) -> None:
    result = score([doc(gold(0, 10))], {DOC_ID: [predicted(0, 5), predicted(5, 10)][::order]})
    assert result.tp == 1
    assert [ref.start_char for ref in result.false_positives] == [5]


@pytest.mark.parametrize(
    ("gold_claims", "predicted_spans", "expected"),
    [
        ([gold(0, 10, optional=True)], [(0, 10)], (0, 0, 0)),  # matched: ignored
        ([gold(0, 10, optional=True)], [], (0, 0, 0)),  # missed: not a miss
        ([gold(0, 10, optional=True)], [(20, 30)], (0, 1, 0)),
        ([gold(0, 10, optional=True), gold(20, 30)], [(0, 10), (20, 30)], (1, 0, 0)),
        ([gold(0, 10, optional=True), gold(20, 30)], [(0, 10)], (0, 0, 1)),
    ],
)
def test_optional_gold_claims(
    gold_claims: list[GoldClaim],
    predicted_spans: list[tuple[int, int]],
    expected: tuple[int, int, int],
) -> None:
    result = score([doc(*gold_claims)], {DOC_ID: [predicted(*span) for span in predicted_spans]})
    assert (result.tp, result.fp, result.fn) == expected
    assert result.fields["value"].total == result.tp  # optional pairs are not field-scored


def test_optional_claim_fields_are_not_scored() -> None:
    gold_doc = doc(gold(0, 10, optional=True, value=1))
    result = score([gold_doc], {DOC_ID: [predicted(0, 10, value=9)]})
    assert all(field.total == 0 for field in result.fields.values())
    assert result.field_errors == []


# --- not-claims and documents ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("span", "hits"),
    [((10, 21), 1), ((13, 21), 1), ((20, 30), 1), ((0, 10), 0), ((21, 25), 0)],
)
def test_not_claim_hits(span: tuple[int, int], hits: int) -> None:
    not_claim = NotClaim(start_char=10, end_char=21, text="February 24", why="date")
    result = score([doc(not_claims=(not_claim,))], {DOC_ID: [predicted(*span)]})
    assert len(result.not_claim_hits) == hits
    assert all(hit.why == "date" and hit.start_char == span[0] for hit in result.not_claim_hits)
    assert result.fp == 1  # a not-claim hit is also an unmatched prediction


def test_duplicate_gold_doc_ids_are_rejected() -> None:
    with pytest.raises(GoldError, match=DOC_ID):
        score([doc(), doc()], {})


def test_predictions_without_gold_are_listed_not_scored() -> None:
    result = score([doc(gold(0, 10))], {DOC_ID: [predicted(0, 10)], "other": [predicted(0, 10)]})
    assert (result.tp, result.fp, result.fn) == (1, 0, 0)
    assert result.unscored_doc_ids == ["other"]


# --- rendering ------------------------------------------------------------------------------


def test_render_table_has_detection_and_field_rows() -> None:
    result = score_pair({"speaker": "Mark Milley"}, {"speaker": "Joe Biden"})
    table = render_table(result)
    metrics = list(table.columns[0].cells)
    assert metrics[:3] == ["precision", "recall", "F1"]
    assert metrics[3:] == list(result.fields)
    assert list(table.columns[3].cells)[metrics.index("speaker")] == "0.0%"
    assert list(table.columns[3].cells)[metrics.index("value")] == "100.0%"
    assert list(table.columns[3].cells)[metrics.index("dates")] == "–"


def test_render_detail_lists_every_case() -> None:
    not_claim = NotClaim(start_char=40, end_char=50, text="x" * 10, why="date")
    result = score(
        [doc(gold(0, 5, speaker="Mark Milley"), gold(20, 25), not_claims=(not_claim,))],
        {DOC_ID: [predicted(0, 5), predicted(40, 45)]},
    )
    lines = render_detail(result)
    assert [line.split()[0] for line in lines] == ["miss", "false", "not-claim", "field"]
    assert "[20:25]" in lines[0]
    assert "speaker: gold 'Mark Milley', predicted None" in lines[3]
