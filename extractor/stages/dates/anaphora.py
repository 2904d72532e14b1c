"""Dates that point back at a date the text has just named: "that year", "later that
day", "the following month", "the same quarter". TimeML resolves them against the
reference time the narrative last set, not the article date ("He joined in June 1998
and left later that year" is 1998), so ``normalise_date`` leaves them without a value
(they are anchored elsewhere) and ``anchor_anaphora`` values them from the nearest
preceding date that is precise enough. Without such a date they stay unvalued."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from ...schema import DateRef
from .calendar import add_months, iso_week
from .timeml import core_phrase

# "that year", "the same day", "the following month", "the preceding quarter"; "earlier"
# and "later" before them are stripped by ``core_phrase``.
ANAPHORIC = re.compile(
    r"(?i)^(?:in\s+)?(that|the\s+same|the\s+following|the\s+preceding|the\s+prior)\s+"
    r"(day|week|month|quarter|year)$"
)
_SHIFT = {"the following": 1, "the preceding": -1, "the prior": -1}
# A value precise to the day, the month, the quarter or the year ("1998-10-23").
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})(?:-.*)?$")


def anchor_anaphora(dates: Sequence[DateRef]) -> list[DateRef]:
    """``dates`` (in text order) with each unvalued anaphoric date valued from the nearest
    preceding date that states its unit, shifted for "the following"/"the preceding"."""
    anchored = list(dates)
    for index, date in enumerate(dates):
        match = ANAPHORIC.match(core_phrase(date.text)) if date.value is None else None
        if match is None:
            continue
        shift = _SHIFT.get(" ".join(match[1].lower().split()), 0)
        unit = match[2].lower()
        for earlier in reversed(anchored[:index]):
            value = _in_unit(earlier.value or "", unit, shift)
            if value is not None:
                anchored[index] = date.model_copy(update={"value": value})
                break
    return anchored


def _in_unit(value: str, unit: str, shift: int) -> str | None:
    """The ``unit`` (day, week, month, quarter, year) holding the date ``value``, moved by
    ``shift`` units; None when ``value`` is not that precise."""
    day = _DAY.match(value)
    if day:
        date = datetime.date(int(day[1]), int(day[2]), int(day[3]))
        if unit == "day":
            return (date + datetime.timedelta(days=shift)).isoformat()
        if unit == "week":
            return iso_week(date + datetime.timedelta(weeks=shift))
    month = day or _MONTH.match(value)
    if month and unit == "month":
        return add_months(datetime.date(int(month[1]), int(month[2]), 1), shift).strftime("%Y-%m")
    quarter = _QUARTER.match(value)
    if quarter and unit == "quarter":
        index = int(quarter[1]) * 4 + int(quarter[2]) - 1 + shift
        return f"{index // 4}-Q{index % 4 + 1}"
    year = _YEAR.match(value)
    if year and unit == "year":
        return str(int(year[1]) + shift)
    return None
