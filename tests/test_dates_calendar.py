"""Tests for extractor.stages.dates.calendar: weeks, months, quarters and holidays."""

from __future__ import annotations

import datetime

import pytest

from extractor.stages.dates import normalise_date
from extractor.stages.dates.calendar import (
    holiday_date,
    holiday_rules,
    iso_week,
    place_year,
    shift_quarter,
)

SEED_PUBLISHED = datetime.date(2022, 11, 10)  # a Thursday, ISO week 2022-W45


@pytest.mark.parametrize(
    ("year", "rule", "expected"),
    [
        (2000, "easter+0", datetime.date(2000, 4, 23)),
        (2022, "easter-2", datetime.date(2022, 4, 15)),
        (1999, "4 Thu 11-01", datetime.date(1999, 11, 25)),
        (1998, "1 Tue 11-02", datetime.date(1998, 11, 3)),
        (2022, "-1 Mon 05-31", datetime.date(2022, 5, 30)),
        (2022, "12-25", datetime.date(2022, 12, 25)),
    ],
)
def test_holiday_date(year: int, rule: str, expected: datetime.date) -> None:
    assert holiday_date(rule, year) == expected


def test_holiday_lexicon_names_all_parse(resources) -> None:
    for name, rule in holiday_rules(resources).items():
        assert (
            normalise_date(f"{name} 2020", published=None, resources=resources)
            == holiday_date(rule, 2020).isoformat()
        )


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (SEED_PUBLISHED, "2022-W45"),
        (datetime.date(2021, 1, 2), "2020-W53"),  # ISO weeks cross the year boundary
        (datetime.date(2021, 1, 4), "2021-W01"),
    ],
)
def test_iso_week(day: datetime.date, expected: str) -> None:
    assert iso_week(day) == expected


@pytest.mark.parametrize(
    ("quarters", "expected"),
    [(0, "2022-Q4"), (-1, "2022-Q3"), (-5, "2021-Q3"), (1, "2023-Q1")],
)
def test_shift_quarter(quarters: int, expected: str) -> None:
    assert shift_quarter(SEED_PUBLISHED, quarters) == expected


@pytest.mark.parametrize(
    ("month", "day", "direction", "expected"),
    [
        # Seen from 2022-11-10: "past" takes the last one, "future" the coming one, except
        # a date of the last two months; "nearest" a month up to two months ahead.
        (12, 25, "past", 2021),
        (12, 25, "future", 2022),
        (12, 25, "nearest", 2022),
        (10, 4, "future", 2022),
        (2, 24, "nearest", 2022),
        (1, None, "nearest", 2023),
    ],
)
def test_place_year(month: int, day: int | None, direction: str, expected: int) -> None:
    assert place_year(SEED_PUBLISHED, month, day, direction) == expected
