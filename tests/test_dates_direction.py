"""Tests for the direction a sentence gives a weekday or month without a year
(extractor.stages.dates.context.tense_direction through find_dates): plans, modals and
deadlines put it ahead of the article, a past plan keeps it behind."""

from __future__ import annotations

import datetime

import pytest

from extractor.schema import DateRef
from extractor.stages.dates import find_dates

PUBLISHED = datetime.date(2022, 11, 10)  # a Thursday


def _values(found: list[DateRef]) -> list[tuple[str, str | None]]:
    return [(date.text, date.value) for date in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A verb of planning, or its complement: the coming day or month.
        ("The prosecutor has scheduled a news conference Monday.", [("Monday", "2022-11-14")]),
        ("The three countries are expected to join in April.", [("in April", "2023-04")]),
        # A modal without "have": ahead.
        ("The transaction should be completed in March.", [("in March", "2023-03")]),
        # A deadline in a clause not in the past tense: ahead.
        ("Stock markets remain closed until Tuesday.", [("until Tuesday", "2022-11-15")]),
        ("The firm must repay the loan by February.", [("by February", "2023-02")]),
        # The earliest of days still ahead.
        ("The first flights leave as early as Tuesday.", [("Tuesday", "2022-11-15")]),
    ],
)
def test_dates_ahead_of_the_article(
    nlp, resources, sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    found = find_dates(nlp(sentence), published=PUBLISHED, resources=resources)
    assert _values(found) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A plan told in the simple past is a past plan.
        (
            "On Monday, the government planned to pay the first claims.",
            [("On Monday", "2022-11-07")],
        ),
        # "may have met": a modal of the past.
        ("Officials may have met on Monday.", [("on Monday", "2022-11-07")]),
        # A deadline in the past tense keeps no tense: the nearest, here behind.
        ("The talks lasted until Tuesday.", [("until Tuesday", "2022-11-08")]),
    ],
)
def test_dates_behind_the_article(
    nlp, resources, sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    found = find_dates(nlp(sentence), published=PUBLISHED, resources=resources)
    assert _values(found) == expected
