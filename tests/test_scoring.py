"""Tests for extractor.scoring: matching, per-field comparison, gold and prediction loading."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from extractor.errors import GoldError, InputError
from extractor.schema import Claim
from extractor.scoring import (
    GoldClaim,
    GoldDoc,
    NotClaim,
    Score,
    load_gold,
    load_predictions,
    render_detail,
    render_table,
    score,
    score_files,
)

FIXTURE = Path(__file__).parent.parent / "fixtures" / "gold" / "000_555bf5a5852e493d.json"
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


# --- fields ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_fields", "predicted_fields", "expected"),
    [
        ({"value": 100000}, {"value": 100000}, True),
        ({"value": 100000}, {"value": 100400}, True),  # 0.4%
        ({"value": 100000}, {"value": 99600}, True),
        ({"value": 100000}, {"value": 100600}, False),  # 0.6%
        ({"value": 100000}, {"value": 99400}, False),
        ({"value": 0.5}, {"value": 0.502}, True),
        ({"value": 0}, {"value": 0}, True),
        ({"value": 0}, {"value": 0.001}, False),
        ({"value": 100000}, {"value": None}, False),
        ({"value": 100000}, {"value": 100000, "low": 90000, "high": 110000}, False),
        (RANGE, RANGE, True),
        (RANGE, {**RANGE, "low": 15.06e6}, True),  # 0.4%
        (RANGE, {**RANGE, "high": 30.18e6}, False),  # 0.6%
        (RANGE, {"value": 22.5e6}, False),  # a range scored as its midpoint
        (RANGE, {**RANGE, "value": 22.5e6}, False),  # a range has no value
    ],
)
def test_value(
    gold_fields: dict[str, Any], predicted_fields: dict[str, Any], expected: bool
) -> None:
    assert_field(score_pair(gold_fields, predicted_fields), "value", expected)


@pytest.mark.parametrize(
    ("field", "gold_fields", "predicted_fields", "expected"),
    [
        ("speaker", {"speaker": ["Russia", "Moscow"]}, {"speaker": "Moscow"}, True),
        ("speaker", {"speaker": ["Russia", "Moscow"]}, {"speaker": "Kremlin"}, False),
        ("speaker", {"speaker": ["Russia", "Moscow"]}, {"speaker": None}, False),
        ("speaker", {"speaker": ["Mark Milley", None]}, {"speaker": None}, True),
        ("speaker", {"speaker": None}, {"speaker": None}, True),  # unattributed
        ("speaker", {"speaker": None}, {"speaker": "Mark Milley"}, False),
        ("via", {"via": [None, "latest update"]}, {"via": None}, True),
        ("via", {"via": [None, "latest update"]}, {"via": "the latest update"}, True),
        ("via", {"via": [None, "latest update"]}, {"via": "BBC"}, False),
        ("via", {"via": None}, {"via": "BBC"}, False),
        ("via", {"via": "BBC"}, {"via": None}, False),
        ("unit", {"unit": ["percent", None]}, {"unit": None}, True),
        ("unit", {"unit": "USD"}, {"unit": "percent"}, False),
        ("unit", {"unit": None}, {"unit": "percent"}, False),
        ("bound", {"bound": ["approx", "upper"]}, {"bound": "upper"}, True),
        ("bound", {"bound": ["approx", "upper"]}, {"bound": "exact"}, False),
        ("quote", {"quote": ["direct", "indirect"]}, {"quote": "indirect"}, True),
        ("quote", {"quote": "direct"}, {"quote": "none"}, False),
        ("entity", {"entity": ["troops", "soldiers"]}, {"entity": "Soldier"}, True),
        ("entity", {"entity": ["troops", "soldiers"]}, {"entity": "civilians"}, False),
        ("property", {"property": ["killed", "died"]}, {"property": " Died "}, True),
        ("property", {"property": "killed"}, {"property": "injured"}, False),
    ],
)
def test_alternatives(
    field: str, gold_fields: dict[str, Any], predicted_fields: dict[str, Any], expected: bool
) -> None:
    assert_field(score_pair(gold_fields, predicted_fields), field, expected)


@pytest.mark.parametrize("field", ["speaker", "via"])
@pytest.mark.parametrize(
    ("gold_name", "predicted_name", "expected"),
    [
        ("Washington Post", "The Washington Post's", True),
        ("Washington Post", "the Washington Post’s", True),
        ("BBC", "the BBC", True),
        ("U.S. Army", "US Army", True),
        ("Mark Milley", "  mark   MILLEY ", True),
        ("Mark Milley", "Milley", False),
        ("Theresa May", "resa May", False),  # "the" is only stripped as a word
        ("Washington Post", "Washington Times", False),
    ],
)
def test_name_normalisation(
    field: str, gold_name: str, predicted_name: str, expected: bool
) -> None:
    assert_field(score_pair({field: gold_name}, {field: predicted_name}), field, expected)


@pytest.mark.parametrize(
    ("gold_entity", "predicted_entity", "expected"),
    [
        ("soldiers", "Soldiers", True),
        ("soldiers", "soldier", True),
        ("Soldier", "soldiers", True),
        ("people", "person", True),
        ("refugees", " Refugees ", True),
        ("soldiers", "troops", False),
        ("soldiers", "Russian soldiers", False),
        ("soldiers", None, False),
    ],
)
def test_entity_lemma(gold_entity: str, predicted_entity: str | None, expected: bool) -> None:
    result = score_pair({"entity": gold_entity}, {"entity": predicted_entity})
    assert_field(result, "entity", expected)


@pytest.mark.parametrize(
    ("gold_qualifiers", "predicted_qualifiers", "expected"),
    [
        (["Russian"], ["russian"], True),
        (["Russian", "Ukrainian"], ["Ukrainian", "Russian"], True),
        ([], [], True),
        (["Russian"], [], False),
        ([], ["Russian"], False),
        (["Russian"], ["Russian", "Ukrainian"], False),
    ],
)
def test_qualifiers(
    gold_qualifiers: list[str], predicted_qualifiers: list[str], expected: bool
) -> None:
    result = score_pair({"qualifiers": gold_qualifiers}, {"qualifiers": predicted_qualifiers})
    assert_field(result, "qualifiers", expected)


@pytest.mark.parametrize(
    ("gold_dates", "predicted_dates", "correct", "total"),
    [
        (["2022-09"], ["2022-09"], 1, 1),
        (["2022-09"], ["2022-11-10", "2022-09"], 1, 1),
        (["2022-09"], [], 0, 1),
        (["2022-09", "2022-02-24"], ["2022-09"], 0, 1),
        ([], ["2022-09"], 0, 0),  # nothing to find: not scored
    ],
)
def test_dates(gold_dates: list[str], predicted_dates: list[str], correct: int, total: int) -> None:
    result = score_pair({"dates": gold_dates}, {"dates": predicted_dates})
    assert (result.fields["dates"].correct, result.fields["dates"].total) == (correct, total)


def test_field_error_records_both_values() -> None:
    result = score_pair({"speaker": "Mark Milley"}, {"speaker": "Joe Biden"})
    [error] = result.field_errors
    assert (error.doc_id, error.start_char, error.field) == (DOC_ID, 0, "speaker")
    assert (error.gold, error.predicted) == ("Mark Milley", "Joe Biden")


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


# --- loading gold ---------------------------------------------------------------------------


def test_load_gold_fixture() -> None:
    gold_doc = load_gold(FIXTURE)
    assert gold_doc.doc_id == "000_555bf5a5852e493d"
    assert gold_doc.published == "2022-11-10"
    assert gold_doc.text.startswith("Around 100,000 Russian")
    assert len(gold_doc.claims) == 6
    assert len(gold_doc.not_claims) == 5
    assert gold_doc.claims[4].speaker is not None
    assert gold_doc.claims[4].speaker.name == ["Russia", "Moscow"]
    assert gold_doc.claims[2].via is None
    assert gold_doc.claims[5].quantity.bound == "range"


def _copy_fixture(tmp_path: Path, edit: Any = None) -> Path:
    """Copy the fixture's gold and article into tmp_path, applying ``edit`` to the gold."""
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    article = (FIXTURE.parent / data["article"]).resolve()
    if edit is not None:
        edit(data)
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    shutil.copy(article, tmp_path / "articles" / article.name)
    path = tmp_path / "gold" / FIXTURE.name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_load_gold_copy_is_unchanged(tmp_path: Path) -> None:
    assert load_gold(_copy_fixture(tmp_path)) == load_gold(FIXTURE)


def _tamper_quantity_text(data: dict[str, Any]) -> None:
    """Make the first quantity's text disagree with the article ("Around 100,000")."""
    data["claims"][0]["quantity"]["text"] = "About 100,000"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (_tamper_quantity_text, "claims[0].quantity"),
        (lambda d: d["claims"][0]["speaker"]["mention"].update(start_char=127), "speaker.mention"),
        (lambda d: d["claims"][3]["cue"].update(text="said"), "claims[3].cue"),
        (lambda d: d["claims"][3]["via"].update(end_char=574), "claims[3].via"),
        (lambda d: d["claims"][4]["dates"][0].update(text="September"), "claims[4].dates[0]"),
        (lambda d: d["not_claims"][1].update(text="October 5"), "not_claims[1]"),
        (lambda d: d["not_claims"][0].update(end_char=10**6), "outside the article"),
    ],
)
def test_load_gold_rejects_span_not_matching_article(
    tmp_path: Path, edit: Any, message: str
) -> None:
    path = _copy_fixture(tmp_path, edit)
    with pytest.raises(GoldError, match=re.escape(message)) as info:
        load_gold(path)
    assert str(path) in str(info.value)


def test_load_gold_error_shows_both_strings(tmp_path: Path) -> None:
    path = _copy_fixture(tmp_path, _tamper_quantity_text)
    with pytest.raises(GoldError) as info:
        load_gold(path)
    assert "'About 100,000'" in str(info.value)
    assert "'Around 100,000'" in str(info.value)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d.update(article="../articles/missing.txt"), "cannot read"),
        (lambda d: d["claims"][0].update(optinal=True), "optinal"),
        (lambda d: d["claims"][0]["quantity"].update(bound="roughly"), "bound"),
        (lambda d: d.pop("claims"), "claims"),
    ],
)
def test_load_gold_rejects_malformed_gold(tmp_path: Path, edit: Any, message: str) -> None:
    with pytest.raises(GoldError, match=message):
        load_gold(_copy_fixture(tmp_path, edit))


def test_load_gold_rejects_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "doc_id": "x",\n  oops\n}', encoding="utf-8")
    with pytest.raises(GoldError, match="line 3"):
        load_gold(path)


# --- loading predictions --------------------------------------------------------------------


def _claims_json(claims: list[Claim]) -> list[dict[str, Any]]:
    """Claims as JSON-ready dicts."""
    return [claim.model_dump(mode="json") for claim in claims]


@pytest.mark.parametrize(
    "serialise",
    [
        lambda claims: json.dumps(_claims_json(claims)),
        lambda claims: json.dumps({"claims": _claims_json(claims)}, indent=2),
        lambda claims: "\n".join(claim.model_dump_json() for claim in claims) + "\n\n",
    ],
    ids=["array", "object", "jsonl"],
)
def test_load_predictions_formats(tmp_path: Path, serialise: Any) -> None:
    claims = [
        predicted(0, 5).model_copy(update={"doc_id": "a"}),
        predicted(9, 12).model_copy(update={"doc_id": "b"}),
        predicted(20, 25).model_copy(update={"doc_id": "a"}),
    ]
    path = tmp_path / "predictions.json"
    path.write_text(serialise(claims), encoding="utf-8")
    grouped = load_predictions(path)
    assert {doc_id: [c.quantity.start_char for c in cs] for doc_id, cs in grouped.items()} == {
        "a": [0, 20],
        "b": [9],
    }


@pytest.mark.parametrize(
    ("content", "expected"),
    [("", {}), ("\n\n", {}), (predicted(0, 5).model_dump_json(), {DOC_ID: 1})],
)
def test_load_predictions_empty_and_single_line(
    tmp_path: Path, content: str, expected: dict[str, int]
) -> None:
    path = tmp_path / "predictions.jsonl"
    path.write_text(content, encoding="utf-8")
    assert {doc_id: len(claims) for doc_id, claims in load_predictions(path).items()} == expected


_GOOD_LINE = predicted(0, 5).model_dump_json()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (f"{_GOOD_LINE}\n{{not json\n", "line 2"),
        (f"{_GOOD_LINE}\n\n{_GOOD_LINE}\n[\n", "line 4"),
        ('[{"doc_id": ', "line 1"),
        ('{\n  "claims": [\n    oops\n  ]\n}', "line 3"),
        ('[{"doc_id": "a"}]', "record 0 is not a claim record"),
        (json.dumps({**json.loads(_GOOD_LINE), "doc_id": None}), "no doc_id"),
        ("42", "expected claim records"),
    ],
)
def test_load_predictions_rejects_malformed(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "predictions.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        load_predictions(path)
    assert str(path) in str(info.value)


# --- end to end -----------------------------------------------------------------------------


def _first(alternatives: Any) -> Any:
    """The first listed alternative, or the value itself."""
    return alternatives[0] if isinstance(alternatives, list) else alternatives


def _as_prediction(doc_id: str, claim: GoldClaim) -> Claim:
    """Turn a gold claim into the prediction that picks its first alternatives."""
    record = claim.model_dump(exclude={"optional", "note", "sentence"})
    quantity, about = record["quantity"], record["about"]
    quantity["bound"], quantity["unit"] = _first(quantity["bound"]), _first(quantity["unit"])
    about.update(text="", entity=_first(about["entity"]), property=_first(about["property"]))
    if record["speaker"] is not None:
        record["speaker"]["name"] = _first(record["speaker"]["name"])
    if record["via"] is not None:
        via_name = _first(record["via"]["name"])
        record["via"] = None if via_name is None else {**record["via"], "name": via_name}
    record["quote"] = _first(record["quote"])
    sentence = {key: quantity[key] for key in ("start_char", "end_char", "text")}
    return Claim.model_validate({**record, "doc_id": doc_id, "sentence": sentence})


def test_gold_scored_against_itself_is_perfect(tmp_path: Path) -> None:
    gold_doc = load_gold(FIXTURE)
    path = tmp_path / "predictions.jsonl"
    path.write_text(
        "\n".join(_as_prediction(gold_doc.doc_id, c).model_dump_json() for c in gold_doc.claims),
        encoding="utf-8",
    )
    result = score_files([FIXTURE], path)
    assert (result.tp, result.fp, result.fn, result.f1) == (6, 0, 0, 1.0)
    assert result.field_errors == [] and result.not_claim_hits == []
    assert {name: field.total for name, field in result.fields.items()} == {
        **{name: 6 for name in result.fields},
        "dates": 2,
    }
    assert json.loads(result.model_dump_json())["fields"]["speaker"]["accuracy"] == 1.0


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
