"""dateparser behind one adapter: the only module that imports it.

Its quirks removed (PERF-NOTES.md): always ``languages=['en']``; always relative to a
base the caller gives (the article's date), never to today; no timestamps or digit runs
read as dates; "nothing found" is ``None`` for a phrase and ``[]`` for a text; found
dates come with offsets, not substrings. It is only called on spans that already look
like dates: "we", "may", "Sun", "$15" and "50%" are dates to dateparser.
"""

from __future__ import annotations

import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from dateparser.date import DateDataParser


class DateReading(NamedTuple):
    """dateparser's reading of a phrase: a datetime and the granularity the phrase
    states ("day", "week", "month", "year", "time", ...)."""

    date: datetime.datetime
    period: str | None


class FoundDate(NamedTuple):
    """A date dateparser found in a text, with its offsets into that text."""

    start_char: int
    end_char: int
    text: str
    date: datetime.datetime


@lru_cache(maxsize=64)
def _parser(base: datetime.datetime) -> DateDataParser:
    """One DateDataParser per relative base: constructing one (and its first use) is costly."""
    # Imported on first use: an article with no date candidate never needs dateparser.
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": True,
            # No timestamps ("1668038400") or digit runs read as dates.
            "PARSERS": ["relative-time", "absolute-time"],
        },
    )


def read_date(phrase: str, *, base: datetime.datetime) -> DateReading | None:
    """The date ``phrase`` names as seen from ``base`` (past dates preferred), or None."""
    data = _parser(base).get_date_data(phrase)
    if data.date_obj is None:
        return None
    return DateReading(data.date_obj, data.period)


def date_period(phrase: str, *, base: datetime.datetime) -> str | None:
    """The granularity dateparser gives ``phrase`` ("day", "month", "year"), or None."""
    return _parser(base).get_date_data(phrase).period


def search_dates(text: str, *, base: datetime.datetime) -> list[FoundDate]:
    """dateparser's ``search_dates`` as shipped, relative to ``base``: the found
    substrings turned into offsets, in order."""
    # Imported on first use: it takes a second, and only the benchmark baseline searches.
    from dateparser.search import search_dates as search

    found = search(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    dates: list[FoundDate] = []
    position = 0
    for substring, date_obj in found:
        start = text.find(substring, position)
        if start < 0:
            continue
        position = start + len(substring)
        dates.append(FoundDate(start, position, substring, date_obj))
    return dates
