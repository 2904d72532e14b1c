"""Tests for extractor.adapters.dateparser: the only module that imports dateparser."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import extractor
from extractor.adapters import dateparser as adapter
from extractor.stages.dates import normalise_date

BASE = datetime.datetime(2022, 11, 10, 23, 59, 59)


def test_one_parser_per_published_date(resources) -> None:
    adapter._parser.cache_clear()
    # Dates with a year still go to dateparser (bare months are placed by a rule).
    for text in ("September 2019", "February 24, 2019", "October 4, 2018"):
        normalise_date(text, published=datetime.date(2020, 6, 1), resources=resources)
    assert adapter._parser.cache_info().currsize == 1


def test_only_the_adapter_imports_dateparser() -> None:
    package = Path(extractor.__file__).parent
    importers = {
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if re.search(r"^\s*(?:import|from)\s+dateparser\b", path.read_text(), re.MULTILINE)
    }
    assert importers == {"adapters/dateparser.py"}


def test_read_date_is_relative_to_the_base() -> None:
    reading = adapter.read_date("three days ago", base=BASE)
    assert reading is not None
    assert reading.date.date() == datetime.date(2022, 11, 7)
    assert adapter.read_date("September 2019", base=BASE).period == "month"


def test_nothing_found_is_none_or_empty() -> None:
    assert adapter.read_date("no date here", base=BASE) is None
    assert adapter.search_dates("No date here.", base=BASE) == []


def test_search_dates_gives_offsets() -> None:
    text = "The talks began on February 24, 2022 and ended in 2023."
    found = adapter.search_dates(text, base=BASE)
    assert found
    for date in found:
        assert text[date.start_char : date.end_char] == date.text
    assert [date.start_char for date in found] == sorted(date.start_char for date in found)
