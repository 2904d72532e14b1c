"""Tests for dates anchored to a date the text names (extractor.stages.dates.anaphora),
and the span and value rules of session 14: determiners and possessive pronouns left out
of spans, "this year's" found when NER labels "year" alone, spoken years inside a longer
date phrase, "or so" kept in the date."""

from __future__ import annotations

import datetime

import pytest

from extractor.schema import DateRef
from extractor.stages.dates import find_dates
from extractor.stages.dates.anaphora import anchor_anaphora
from extractor.stages.dates.timeml import normalise_date

PUBLISHED = datetime.date(2021, 5, 12)  # a Wednesday


def _date(text: str, value: str | None, start: int = 0) -> DateRef:
    return DateRef(start_char=start, end_char=start + len(text), text=text, value=value)


def _values(found: list[DateRef]) -> list[tuple[str, str | None]]:
    return [(date.text, date.value) for date in found]


@pytest.mark.parametrize(
    ("antecedent", "phrase", "expected"),
    [
        ("2016-03", "later that year", "2016"),
        ("2016-03-04", "Earlier that day", "2016-03-04"),
        ("2016-03-04", "the following day", "2016-03-05"),
        ("2016-12", "the following month", "2017-01"),
        ("2016", "the following year", "2017"),
        ("2016-Q1", "the preceding quarter", "2015-Q4"),
        ("2016-03-04", "that week", "2016-W09"),
        ("2016-Q3", "in that quarter", "2016-Q3"),
    ],
)
def test_anaphoric_dates_take_the_unit_of_the_date_before(
    antecedent: str, phrase: str, expected: str
) -> None:
    dates = [_date("before", antecedent), _date(phrase, None, 20)]
    assert anchor_anaphora(dates)[1].value == expected


def test_anaphoric_date_skips_dates_less_precise_than_its_unit() -> None:
    # "that day" needs a day: the year between them does not do.
    dates = [_date("a", "2016-03-04"), _date("b", "2017", 10), _date("that day", None, 20)]
    assert anchor_anaphora(dates)[2].value == "2016-03-04"


def test_anaphoric_date_without_antecedent_stays_unvalued() -> None:
    dates = [_date("that year", None), _date("2016", "2016", 20)]
    assert anchor_anaphora(dates)[0].value is None


def test_valued_and_other_dates_are_left_alone() -> None:
    dates = [_date("2016", "2016"), _date("last year", "2020", 10), _date("the day", None, 20)]
    assert anchor_anaphora(dates) == dates


def test_that_year_in_a_sentence(nlp, resources) -> None:
    doc = nlp("The plant opened in June 2009 and was sold later that year to a rival.")
    found = _values(find_dates(doc, published=PUBLISHED, resources=resources))
    assert ("in June 2009", "2009-06") in found
    assert any(text.endswith("that year") and value == "2009" for text, value in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A possessive pronoun is no part of the expression (in May, a past fourth
        # quarter is last year's).
        (
            "The firm said its fourth quarter was weak.",
            ("fourth quarter", "2020-Q4"),
        ),
        # Nor an article before a month and day.
        (
            "Shareholders approved the Oct. 14, 2019 agreement with the lenders.",
            ("Oct. 14, 2019", "2019-10-14"),
        ),
    ],
)
def test_span_leaves_out_possessives_and_articles_before_a_day(
    nlp, resources, sentence: str, expected: tuple[str, str]
) -> None:
    found = _values(find_dates(nlp(sentence), published=PUBLISHED, resources=resources))
    assert expected in found


def test_the_before_a_quarter_is_kept(nlp, resources) -> None:
    found = _values(
        find_dates(
            nlp("Sales fell in the second quarter."), published=PUBLISHED, resources=resources
        )
    )
    assert found == [("in the second quarter", "2021-Q2")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("This year's harvest was the largest on record.", ("This year", "2021")),
        ("Farmers expect next year's crop to be smaller.", ("next year", "2022")),
    ],
)
def test_relative_unit_before_a_possessive(
    nlp, resources, sentence: str, expected: tuple[str, str]
) -> None:
    found = _values(find_dates(nlp(sentence), published=PUBLISHED, resources=resources))
    assert expected in found


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("January nineteen ninety-seven", "1997-01"),
        ("the winter of nineteen ninety-four", "1994-WI"),
        ("nineteen eighty", "1980"),
    ],
)
def test_spoken_year_inside_a_date_phrase(resources, phrase: str, expected: str) -> None:
    assert normalise_date(phrase, published=PUBLISHED, resources=resources) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "or so" is part of the date, not a second one.
        (
            "The talks broke down a month or so ago, officials said.",
            ("a month or so ago", "2021-04"),
        ),
        (
            "Two plants will be closed over the next year or so, the company said.",
            ("the next year or so", "2022"),
        ),
    ],
)
def test_or_so_stays_in_the_date(nlp, resources, sentence: str, expected: tuple[str, str]) -> None:
    found = _values(find_dates(nlp(sentence), published=PUBLISHED, resources=resources))
    assert found == [expected]


def test_or_so_is_left_out_of_the_value(resources) -> None:
    assert normalise_date("a year or so ago", published=PUBLISHED, resources=resources) == "2020"
