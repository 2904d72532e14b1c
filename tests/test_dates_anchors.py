"""A year back from the period its sentence states (stages/dates/anchors.py)."""

from __future__ import annotations

from extractor.schema import DateRef
from extractor.stages.dates.anchors import anchor_year_back


def _date(text: str, value: str | None, start: int) -> DateRef:
    return DateRef(start_char=start, end_char=start + len(text), text=text, value=value)


def test_a_year_back_takes_the_nearest_stated_period_of_its_own_sentence():
    dates = [
        _date("in October", "2022-10", 0),
        _date("a year earlier", None, 20),
        _date("in 2021", "2021", 40),  # another sentence
        _date("a year ago", "2021", 60),
    ]
    anchored = anchor_year_back(dates, [0, 0, 1, 1])
    assert [date.value for date in anchored] == ["2022-10", "2021-10", "2021", "2020"]


def test_a_year_back_is_never_the_anchor_of_another():
    dates = [_date("a year ago", "2021", 0), _date("a year earlier", None, 20)]
    assert [d.value for d in anchor_year_back(dates, [0, 0])] == ["2021", None]


def test_the_year_ago_quarter_needs_a_quarter():
    dates = [_date("in November", "2022-11", 0), _date("the year-ago quarter", "2021-Q3", 20)]
    assert anchor_year_back(dates, [0, 0])[1].value == "2021-Q3"
    dates[0] = _date("in the second quarter", "2022-Q2", 0)
    assert anchor_year_back(dates, [0, 0])[1].value == "2021-Q2"
