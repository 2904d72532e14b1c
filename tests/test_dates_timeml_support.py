"""Tests for extractor.bench.timeml_support: TimeML spans and types, the dateparser
baseline."""

from __future__ import annotations

import datetime

import pytest

from extractor.bench.timeml_support import search_dates_baseline, strip_preposition, timex_type
from extractor.schema import DateRef

SEED_PUBLISHED = datetime.date(2022, 11, 10)  # a Thursday, ISO week 2022-W45


def test_search_dates_baseline_gives_offsets() -> None:
    text = "The talks began on February 24, 2022 and ended in 2023."
    found = search_dates_baseline(text, published=SEED_PUBLISHED)
    assert found
    for date in found:
        assert text[date.start_char : date.end_char] == date.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("three years", "DURATION"),
        ("every week", "SET"),
        ("3 p.m.", "TIME"),
        ("Tuesday morning", "TIME"),
        ("last week", "DATE"),
        ("in September", "DATE"),
    ],
)
def test_timex_type(text: str, expected: str) -> None:
    assert timex_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Named times are DATEs although they look like durations.
        ("the quarter", "DATE"),
        ("recent years", "DATE"),
        ("the full year", "DATE"),
        ("coming months", "DATE"),
        ("the next few days", "DURATION"),
        ("the last three years", "DURATION"),
    ],
)
def test_timex_type_named_periods(text: str, expected: str) -> None:
    assert timex_type(text) == expected


def test_strip_preposition_moves_the_start() -> None:
    date = DateRef(start_char=10, end_char=22, text="in September", value="2022-09")
    stripped = strip_preposition(date)
    assert (stripped.start_char, stripped.end_char, stripped.text) == (13, 22, "September")
    assert strip_preposition(stripped) == stripped
