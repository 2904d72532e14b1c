"""Tests for extractor.stages.dates.timeml (and its rules): TimeML values relative to the
article date, never today."""

from __future__ import annotations

import datetime

import pytest

from extractor.stages.dates import normalise_date
from extractor.stages.dates.timeml import looks_like_date

SEED_PUBLISHED = datetime.date(2022, 11, 10)  # a Thursday, ISO week 2022-W45


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Absolute and partial dates: the year comes from the article date, past preferred.
        ("September", "2022-09"),
        # a 24-hour clock in universal time, on the article's day
        ("at 16:08 UTC", "2022-11-10T16:08Z"),
        ("0800 GMT", "2022-11-10T08:00Z"),
        ("in September", "2022-09"),
        ("on February 24", "2022-02-24"),
        ("on October 4", "2022-10-04"),
        ("December 25", "2021-12-25"),  # news reports the past
        ("September 2019", "2019-09"),
        ("2019", "2019"),
        ("since 2019", "2019"),
        ("by 2030", "2030"),  # a stated future year stays
        ("as of March 3, 2021", "2021-03-03"),
        ("Feb. 24, 2022", "2022-02-24"),
        ("24 Feb 2022", "2022-02-24"),
        ("2022-02-24", "2022-02-24"),
        ("Jan. 5", "2022-01-05"),
        ("Tuesday's", "2022-11-08"),
        # Modifiers keep the anchor's value (TimeML puts them in a mod attribute).
        ("early 2022", "2022"),
        ("mid-September", "2022-09"),
        ("in late September", "2022-09"),
        ("at the end of September", "2022-09"),
        # Relative expressions, resolved against the publication date.
        ("Earlier this week", "2022-W45"),
        ("this week", "2022-W45"),
        ("later this week", "2022-W45"),
        ("last week", "2022-W44"),
        ("next week", "2022-W46"),
        ("this weekend", "2022-W45-WE"),
        ("this month", "2022-11"),
        ("earlier this month", "2022-11"),
        ("last month", "2022-10"),
        ("this year", "2022"),
        ("last year", "2021"),
        ("next year", "2023"),
        ("today", "2022-11-10"),
        ("yesterday", "2022-11-09"),
        ("tomorrow", "2022-11-11"),
        ("3 days ago", "2022-11-07"),
        ("260 days ago", "2022-02-23"),
        ("two weeks ago", "2022-W43"),
        ("three months ago", "2022-08"),
        ("three years ago", "2019"),
        ("a year ago", "2021"),
        ("a decade ago", "201"),
        # part of a century back, in years (not half of anything, not a fiscal quarter)
        ("a half-century ago", "1972"),
        ("half a century ago", "1972"),
        ("a quarter-century ago", "1997"),
        ("more than a quarter of a century ago", "1997"),
        # Weekdays: the most recent one, which may be the publication day itself.
        ("Thursday", "2022-11-10"),
        ("on Thursday", "2022-11-10"),
        ("Friday", "2022-11-04"),
        ("last Thursday", "2022-11-03"),
        ("next Thursday", "2022-11-17"),
        # Decades, quarters, seasons and parts of the day.
        ("the 1990s", "199"),
        ("during the 1990s", "199"),
        ("the third quarter of 2022", "2022-Q3"),
        ("Q3 2022", "2022-Q3"),
        ("the fourth quarter", "2022-Q4"),
        ("the spring of 2019", "2019-SP"),
        ("this summer", "2022-SU"),
        ("Tuesday morning", "2022-11-08TMO"),
        ("yesterday afternoon", "2022-11-09TAF"),
        ("last night", "2022-11-09TNI"),
        ("tonight", "2022-11-10TNI"),
        ("at 3 p.m.", "2022-11-10T15:00"),
        ("3 p.m. on February 24", "2022-02-24T15:00"),
        ("noon", "2022-11-10T12:00"),
    ],
)
def test_normalise_date_relative_to_published(text: str, expected: str, resources) -> None:
    assert normalise_date(text, published=SEED_PUBLISHED, resources=resources) == expected


@pytest.mark.parametrize(
    "text",
    [
        # dateparser reads all of these as dates (PERF-NOTES.md): none of them is one.
        "may",
        "Sun",
        "we",
        "We",
        "$15",
        "50%",
        "15",
        "2,000",
        "2000 troops",
        "between 15 and 30 million",
        "1668038400",
        "fall",
        "45-year-old",
        "",
        # Durations (TimeML DURATION) and spans anchored to another event: no date value.
        "three years",
        "the past decade",
        "the last three years",
        "two days later",
        "a year earlier",
        "every year",
        "the day",
        "morning",
        "2019-20",
    ],
)
def test_normalise_date_rejects_non_dates(text: str, resources) -> None:
    assert normalise_date(text, published=SEED_PUBLISHED, resources=resources) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Without a publication date only what the text states is kept (TimeML "XXXX").
        ("September", "XXXX-09"),
        ("in September", "XXXX-09"),
        ("on February 24", "XXXX-02-24"),
        ("December 25", "XXXX-12-25"),
        ("mid-September", "XXXX-09"),
        ("September 2019", "2019-09"),
        ("2019", "2019"),
        ("Feb. 24, 2022", "2022-02-24"),
        ("2022-02-24", "2022-02-24"),
        ("the 1990s", "199"),
        ("Q3", "XXXX-Q3"),
        ("the third quarter of 2022", "2022-Q3"),
        ("Friday", "XXXX-WXX-5"),
        ("3 p.m.", "XXXX-XX-XXT15:00"),
        # Relative expressions cannot be resolved: unknown, not today.
        ("last week", None),
        ("Earlier this week", None),
        ("this year", None),
        ("last month", None),
        ("today", None),
        ("yesterday", None),
        ("three years ago", None),
        ("last Friday", None),
        ("last night", None),
        ("this summer", None),
        ("may", None),
        ("50%", None),
    ],
)
def test_normalise_date_without_published(text: str, expected: str | None, resources) -> None:
    value = normalise_date(text, published=None, resources=resources)
    assert value == expected
    this_year = str(datetime.date.today().year)
    if value is not None and this_year not in text:
        assert this_year not in value


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # The "Friday" quirk: dateparser with PREFER_DATES_FROM='past' gives the previous
        # Friday for an article written on a Friday.
        ("Friday", datetime.date(2022, 11, 11), "2022-11-11"),
        ("last Friday", datetime.date(2022, 11, 11), "2022-11-04"),
        # ISO weeks and months across a year boundary.
        ("this week", datetime.date(2021, 1, 2), "2020-W53"),
        ("last week", datetime.date(2021, 1, 2), "2020-W52"),
        ("last month", datetime.date(2022, 1, 15), "2021-12"),
        ("three months ago", datetime.date(2022, 2, 15), "2021-11"),
        # Resolved against the article date however old it is, never today.
        ("September", datetime.date(2015, 10, 1), "2015-09"),
        ("yesterday", datetime.date(2015, 3, 1), "2015-02-28"),
        ("last year", datetime.date(2015, 3, 1), "2014"),
        ("September", datetime.date(2022, 9, 5), "2022-09"),
        ("September 6", datetime.date(2022, 9, 5), "2021-09-06"),
        # A quarter that has not begun by the article date is last year's.
        ("the fourth quarter", datetime.date(2022, 5, 1), "2021-Q4"),
        # A datetime is accepted as a date.
        ("today", datetime.datetime(2022, 11, 10, 8, 30), "2022-11-10"),
    ],
)
def test_normalise_date_edge_cases(
    text: str, published: datetime.date, expected: str, resources
) -> None:
    assert normalise_date(text, published=published, resources=resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in September", True),
        ("Earlier this week", True),
        ("the 1990s", True),
        ("between 15 and 30 million", False),
        ("$15", False),
        ("50%", False),
        ("Sun", False),
        ("may", False),
        ("45-year-old", False),
    ],
)
def test_looks_like_date(text: str, expected: bool, resources) -> None:
    assert looks_like_date(text, resources=resources) is expected


@pytest.mark.parametrize(
    ("text", "direction", "expected"),
    [
        # TimeML vague references (TempEval-3 annotates them as DATEs).
        ("now", "past", "PRESENT_REF"),
        ("currently", "past", "PRESENT_REF"),
        ("recently", "past", "PAST_REF"),
        ("recent years", "past", "PAST_REF"),
        ("the future", "past", "FUTURE_REF"),
        ("several years ago", "past", "PAST_REF"),
        ("almost four years ago", "past", "2018"),
        # Months placed by their modifier, by a year phrase, or by the weekday they fall on.
        ("last October", "past", "2022-10"),  # the most recent October before the article
        ("last November", "past", "2021-11"),
        ("next March", "past", "2023-03"),
        ("February this year", "past", "2022-02"),
        ("April next year", "past", "2023-04"),
        ("June last year", "past", "2021-06"),
        ("Monday, Nov. 14", "past", "2022-11-14"),
        # "nearest" (find_dates): up to two months ahead is the coming month, else the last.
        ("December 25", "nearest", "2022-12-25"),
        ("January", "nearest", "2023-01"),
        ("February 24", "nearest", "2022-02-24"),
        ("September", "nearest", "2022-09"),
        # Seasons, decades, centuries, spoken years.
        ("last fall", "past", "2021-FA"),
        ("this spring", "past", "2022-SP"),
        ("the late 1980s", "past", "198"),
        ("the nineties", "past", "199"),
        ("the 20th century", "past", "19"),
        ("nineteen ninety-six", "past", "1996"),
        ("the year two thousand", "past", "2000"),
        # Quarters of financial reports.
        ("third-quarter", "past", "2022-Q3"),
        ("the fiscal second quarter", "past", "2022-Q2"),
        ("the quarter", "past", "2022-Q3"),  # the last one completed
        ("this year's third quarter", "past", "2022-Q3"),
        ("the 1988 second quarter", "past", "1988-Q2"),
        ("fiscal 1989", "past", "1989"),
        ("an Aug. 10, 1988", "past", "1988-08-10"),
    ],
)
def test_normalise_date_classes_from_tempeval3(
    text: str, direction: str, expected: str, resources
) -> None:
    value = normalise_date(text, published=SEED_PUBLISHED, direction=direction, resources=resources)
    assert value == expected


# --- Value classes from TempEval-3 value misses (synthetic sentences of each class). ---


@pytest.mark.parametrize(
    ("text", "period", "expected"),
    [
        # A year back from a periodic report: its last completed quarter a year earlier
        # (2022-Q3 for an article of 2022-11-10), or last year for a longer report.
        ("a year earlier", "quarter", "2021-Q3"),
        ("a year ago", "quarter", "2021-Q3"),
        ("A year earlier", "year", "2021"),
        ("year-earlier", "quarter", "2021-Q3"),
        ("the year-ago period", "year", "2021"),
        ("the year-ago quarter", None, "2021-Q3"),
        ("the comparable year-ago quarter", None, "2021-Q3"),
        ("the year-earlier third quarter", None, "2021-Q3"),
        ("the year-earlier fourth quarter", None, "2020-Q4"),  # 2022-Q4 is not over yet
        ("the quarter a year ago", None, "2021-Q3"),
        ("the corresponding period last year", "quarter", "2021-Q3"),
        ("last year's quarter", None, "2021-Q3"),
        ("the 2021 period", "quarter", "2021-Q3"),
        ("the 2021 period", "year", "2021"),
        # Outside a report "a year ago" is last year; "a year earlier" is anchored to
        # some other event, which the text around it names, not the article date.
        ("a year ago", None, "2021"),
        ("a year earlier", None, None),
        ("year-earlier", None, None),
    ],
)
def test_normalise_date_year_back(
    text: str, period: str | None, expected: str | None, resources
) -> None:
    value = normalise_date(text, published=SEED_PUBLISHED, period=period, resources=resources)
    assert value == expected


@pytest.mark.parametrize(
    ("text", "published", "direction", "expected"),
    [
        # Seasons: winter runs into the next year, so "last fall" in February is the
        # fall of the year before; "the summer" is the latest one.
        ("last fall", datetime.date(2022, 2, 6), "past", "2021-FA"),
        ("this past spring", datetime.date(2022, 10, 30), "past", "2022-SP"),
        ("the summer", datetime.date(2022, 10, 26), "nearest", "2022-SU"),
        ("the early summer", datetime.date(2022, 10, 26), "nearest", "2022-SU"),
        ("the spring", datetime.date(2022, 10, 26), "future", "2023-SP"),
        ("next spring", datetime.date(2022, 10, 26), "past", "2023-SP"),
        # Holidays (models/lexicons/date_holidays.v1.tsv).
        ("Christmas", datetime.date(2022, 11, 10), "nearest", "2022-12-25"),
        ("Christmas", None, "nearest", "XXXX-12-25"),
        ("Thanksgiving Day", datetime.date(2022, 1, 7), "nearest", "2021-11-25"),
        ("last Thanksgiving", datetime.date(2022, 4, 1), "past", "2021-11-25"),
        ("Election Day", datetime.date(2022, 10, 26), "nearest", "2022-11-08"),
        ("Memorial Day 2019", None, "past", "2019-05-27"),
        ("Easter week", datetime.date(2022, 4, 20), "nearest", "2022-W15"),
        ("Good Friday", datetime.date(2022, 5, 1), "past", "2022-04-15"),
        ("Thanksgiving", None, "past", None),  # a moving day needs its year
        # A clock time on a day placed like the day alone.
        ("9 a.m. Tuesday", SEED_PUBLISHED, "past", "2022-11-08T09:00"),
        ("9 a.m. EST Tuesday", SEED_PUBLISHED, "future", "2022-11-15T09:00"),
        ("noon Friday", SEED_PUBLISHED, "future", "2022-11-11T12:00"),
        ("Friday at 10 p.m.", SEED_PUBLISHED, "past", "2022-11-04T22:00"),
        ("4 p.m. EST Nov. 7", SEED_PUBLISHED, "nearest", "2022-11-07T16:00"),
        ("9 a.m. Tuesday", None, "past", "XXXX-WXX-2T09:00"),
        # Parts of a period: halves as H1/H2, other parts valued by the period.
        ("the first half of 2021", SEED_PUBLISHED, "past", "2021-H1"),
        ("the last half of 2019", SEED_PUBLISHED, "past", "2019-H2"),
        ("the first two quarters of 2023", SEED_PUBLISHED, "past", "2023-H1"),
        ("the first nine months of 2021", SEED_PUBLISHED, "past", "2021"),
        ("the first nine months of the year", SEED_PUBLISHED, "past", "2022"),
        ("the second half of the '80s", SEED_PUBLISHED, "past", "198"),
        # The article's own periods and vague references.
        ("the current quarter", SEED_PUBLISHED, "past", "2022-Q4"),
        ("the latest period", SEED_PUBLISHED, "past", "2022-Q3"),
        ("the full year", SEED_PUBLISHED, "past", "2022"),
        ("the current fiscal year", SEED_PUBLISHED, "past", "2022"),
        ("the year", SEED_PUBLISHED, "past", "2022"),
        ("earlier in the year", SEED_PUBLISHED, "past", "2022"),
        ("by year-end", SEED_PUBLISHED, "past", "2022"),
        ("since year end", datetime.date(2022, 1, 15), "past", "2021"),
        ("sometime next year", SEED_PUBLISHED, "past", "2023"),
        ("these days", SEED_PUBLISHED, "past", "PRESENT_REF"),
        ("in the past", SEED_PUBLISHED, "past", "PAST_REF"),
        ("coming months", SEED_PUBLISHED, "past", "FUTURE_REF"),
        ("the '90s", SEED_PUBLISHED, "past", "199"),
    ],
)
def test_normalise_date_named_periods(
    text: str, published: datetime.date | None, direction: str, expected: str | None, resources
) -> None:
    value = normalise_date(text, published=published, direction=direction, resources=resources)
    assert value == expected
