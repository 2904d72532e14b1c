"""Tests for extractor.scoring's loading of gold and predictions, and gold scored against itself."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from extractor.errors import GoldError, InputError
from extractor.schema import Claim
from extractor.scoring import GoldClaim, load_gold, load_predictions, score_files

from .test_scoring import DOC_ID, predicted

FIXTURE = Path(__file__).parent.parent / "fixtures" / "gold" / "000_555bf5a5852e493d.json"


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
