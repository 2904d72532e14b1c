"""Item 12 of issue 15: numbers a checker would repeat wrongly, through `extract FILE`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import invoke


def _claims(tmp_path: Path, text: str, *, published: str = "2022-12-14") -> list[dict]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = invoke(article, "--published", published)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _numbers(claims: list[dict]) -> list[tuple]:
    return [(c["quantity"]["value"], c["quantity"]["low"], c["quantity"]["high"]) for c in claims]


def test_a_space_joins_thousands_only_before_three_digit_groups(tmp_path: Path):
    claims = _claims(tmp_path, "The stadium holds 45\u00a0000 fans; its code is 9 9957460.")
    values = [value for value, _, _ in _numbers(claims)]
    assert 45000 in values and 45 not in values
    assert 99957460 not in values


def test_a_range_opening_a_sentence_keeps_its_scale(tmp_path: Path):
    text = (
        "The storm moved north overnight. Between 15 and 30 million homes lost power, "
        "officials said. Between 15 and 30 people died, the governor said."
    )
    numbers = _numbers(_claims(tmp_path, text))
    assert (None, 15_000_000, 30_000_000) in numbers
    assert (None, 15, 30) in numbers


def test_an_ordinal_in_a_name_is_not_a_fraction(tmp_path: Path):
    claims = _claims(tmp_path, "The Ninth Circle opened in May with 40 seats, the owner said.")
    assert [value for value, _, _ in _numbers(claims)] == [40]


@pytest.mark.parametrize(
    ("sentence", "year_back"),
    [
        ("Exports in October were 4.2% higher than a year earlier.", "2021-10"),
        ("Inflation rose to 7.1% in November from 6.8% a year earlier.", "2021-11"),
        ("The company said its 2021 profit rose 8% from a year earlier.", "2020"),
        (
            "Net income rose to $5 million in the third quarter from $4 million a year earlier.",
            "2021-Q3",
        ),
    ],
)
def test_a_year_earlier_is_a_year_before_the_period_the_sentence_states(
    tmp_path: Path, sentence: str, year_back: str
):
    [*_, last] = _claims(tmp_path, sentence)
    values = {date["text"].removeprefix("from "): date["value"] for date in last["dates"]}
    assert values["a year earlier"] == year_back
