"""Tests for date phrases read since the MEANTIME/TempEval-3 error analysis: the weekend,
the past or last unit, quarters of a named year, the entire year, a month of next year,
and candidates NER leaves out (a second year of a range, a zone after a clock, a
numeric date, a spoken year 2000, the near term)."""

from __future__ import annotations

import datetime

import pytest
from spacy.tokens import Span

from extractor.schema import DateRef
from extractor.stages.dates import find_dates, normalise_date

PUBLISHED = datetime.date(2022, 11, 10)  # a Thursday, ISO week 2022-W45, in 2022-Q4


@pytest.mark.parametrize(
    ("text", "direction", "expected"),
    [
        # The weekend just past (Saturday 5 November, in W44), or the coming one.
        ("the weekend", "nearest", "2022-W44-WE"),
        ("the weekend", "future", "2022-W45-WE"),
        # The unit before the article's.
        ("the past year", "nearest", "2021"),
        ("the last quarter", "nearest", "2022-Q3"),
        ("the last week", "nearest", "2022-W44"),
        # A quarter of a year named from the article's.
        ("the third quarter of this year", "nearest", "2022-Q3"),
        ("the fourth quarter of last year", "nearest", "2021-Q4"),
        ("the entire year", "nearest", "2022"),
        ("the whole year", "nearest", "2022"),
        ("October of next year", "nearest", "2023-10"),
        ("in the near term", "nearest", "FUTURE_REF"),
    ],
)
def test_normalise_date_phrases(text: str, direction: str, expected: str, resources) -> None:
    value = normalise_date(text, published=PUBLISHED, direction=direction, resources=resources)
    assert value == expected


def test_the_weekend_of_a_sunday_article_is_that_weekend(resources) -> None:
    sunday = datetime.date(2022, 11, 13)  # the weekend of Saturday 12 November, W45
    value = normalise_date("the weekend", published=sunday, direction="future", resources=resources)
    assert value == "2022-W45-WE"


def _values(found: list[DateRef]) -> list[tuple[str, str | None]]:
    return [(date.text, date.value) for date in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Both years of a range, though NER may label only the first.
        (
            "The airline takes six jets from 2009 to 2011.",
            [("from 2009", "2009"), ("2011", "2011")],
        ),
        # A numeric date NER labels CARDINAL.
        ("The roll-out was set for 7/8/07.", [("7/8/07", "2007-07-08")]),
        (
            "The plan to halve unemployment by the year two thousand failed.",
            [("by the year two thousand", "2000")],
        ),
        ("Growth in the near term looks good.", [("in the near term", "FUTURE_REF")]),
    ],
)
def test_find_dates_new_candidates(
    nlp, resources, sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    found = find_dates(nlp(sentence), published=PUBLISHED, resources=resources)
    assert _values(found) == expected
    for date in found:
        assert date.text == sentence[date.start_char : date.end_char]


def test_a_zone_after_a_clock_is_part_of_it(nlp, resources) -> None:
    # NER labels "14:58" TIME and "UTC" ORG: the time is universal.
    sentence = "The Dax was 5% higher than the start of the day as of 14:58 UTC."
    found = find_dates(nlp(sentence), published=PUBLISHED, resources=resources)
    clocks = [date for date in found if "14:58" in date.text]
    assert len(clocks) == 1
    assert clocks[0].text.endswith("14:58 UTC")
    assert clocks[0].value == "2022-11-10T14:58Z"


def test_the_week_of_a_day_is_its_iso_week(resources) -> None:
    # 6 March 2023 is a Monday of ISO week 10.
    value = normalise_date("the week of March 6, 2023", published=PUBLISHED, resources=resources)
    assert value == "2023-W10"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # NER takes a date in with words that give the whole no value: the dated part.
        ("Police questioned him about the night of Oct. 23.", ("Oct. 23", "2022-10-23")),
        ("The general led a coup d'etat last year.", ("last year", "2021")),
    ],
)
def test_find_dates_keeps_the_dated_part(
    nlp, resources, sentence: str, expected: tuple[str, str]
) -> None:
    found = find_dates(nlp(sentence), published=PUBLISHED, resources=resources)
    assert expected in _values(found)


def test_no_dated_part_when_the_rest_anchors_it_elsewhere(nlp, resources) -> None:
    # "the year before" is the year before another one, not this year.
    sentence = "Exports were $400 million last year, down from $450 million the year before."
    found = find_dates(nlp(sentence), published=PUBLISHED, resources=resources)
    assert ("the year", "2022") not in _values(found)
    assert all(date.value != "2022" for date in found)


def test_a_date_merged_with_a_duration_keeps_the_date(nlp, resources) -> None:
    # MEANTIME: NER labels "June 17 , two days" one DATE.
    doc = nlp("The software will be available on June 17 , two days before the launch .")
    start = next(token.i for token in doc if token.text == "June")
    doc.ents = [Span(doc, start, start + 5, label="DATE")]  # "June 17 , two days"
    found = find_dates(doc, published=datetime.date(2009, 6, 9), resources=resources)
    assert _values(found) == [("on June 17", "2009-06-17")]
