"""Tests for extractor.scoring's per-field comparison of matched pairs."""

from __future__ import annotations

from typing import Any

import pytest

from .test_scoring import DOC_ID, RANGE, assert_field, score_pair

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
