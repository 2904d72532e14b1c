"""A year back from the period its sentence states: "exports rose 4% in October from a
year earlier" is October of last year, "its 2021 profit rose 8% from a year earlier" is
2020, "the third quarter ... from $4 million a year earlier" the third quarter a year
back. Only without such a period does "a year earlier" fall back to the article's
reporting period (``context.report_period``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...schema import DateRef
from .periods import YEAR_BACK
from .timeml import core_phrase

# A stated period: a year, a quarter, a half or a month ("2021", "2022-Q3", "2022-11"); a
# day is usually when something was said, not the period a figure covers.
_PERIOD = re.compile(r"^(\d{4})(-(?:Q[1-4]|H[12]|(?:0[1-9]|1[0-2])))?$")


def anchor_year_back(dates: Sequence[DateRef], sentence_of: Sequence[int]) -> list[DateRef]:
    """``dates`` with each plain year-back expression ("a year earlier", "a year ago", "the
    year-ago quarter") valued one year before the nearest stated period of its sentence
    (preceding first); ``sentence_of[i]`` names the sentence of ``dates[i]``."""
    anchored = list(dates)
    units = [_year_back_unit(date.text) for date in dates]
    for index, date in enumerate(dates):
        if units[index] is None:
            continue
        anchor = _nearest_period(dates, sentence_of, units, index)
        if anchor is not None:
            year, rest = anchor
            anchored[index] = date.model_copy(update={"value": f"{int(year) - 1}{rest}"})
    return anchored


def _year_back_unit(text: str) -> str | None:
    """For a year-back expression without a numbered quarter: the unit it names ("quarter",
    "period") or "" when none; None for any other expression."""
    match = YEAR_BACK.match(core_phrase(text))
    if match is None or match[1]:  # "a year earlier first quarter": numbered, already exact
        return None
    return next((group for group in match.groups()[1:] if group), "").lower()


def _nearest_period(
    dates: Sequence[DateRef],
    sentence_of: Sequence[int],
    units: Sequence[str | None],
    index: int,
) -> tuple[str, str] | None:
    """(year, rest of the value) of the stated period nearest before ``dates[index]`` in
    its sentence, else nearest after it (a quarter for "the year-ago quarter"); None when
    the sentence states none. ``units[i]`` is ``_year_back_unit`` of ``dates[i]``."""
    quarters_only = units[index] == "quarter"
    before = range(index - 1, -1, -1)
    after = range(index + 1, len(dates))
    for other in (*before, *after):
        if sentence_of[other] != sentence_of[index] or units[other] is not None:
            continue
        match = _PERIOD.match(dates[other].value or "")
        if match and (not quarters_only or (match[2] or "").startswith("-Q")):
            return match[1], match[2] or ""
    return None
