"""What the TimeML benchmarks need beside ``find_dates``: spans as TimeML marks them, the
TimeML type of a prediction, and dateparser's ``search_dates`` as a baseline."""

from __future__ import annotations

import datetime
import re

from ..adapters.dateparser import date_period, search_dates
from ..schema import DateRef
from ..stages.dates.periods import THE_QUARTER, THE_YEAR
from ..stages.dates.rules import REFERENCE, RELATIVE_UNIT
from ..stages.dates.timeml import DURATION, PART_OF_DAY, core_phrase
from ..text.calendar import CLOCK_TIME, DATE_PREPOSITIONS


def strip_preposition(date: DateRef) -> DateRef:
    """The date without its leading preposition ("in September" -> "September").

    TimeML spans exclude prepositions; the claim record keeps them (CLAIM-SPEC's worked
    example "in September"), so scorers against TimeML gold strip them here.
    """
    lower = date.text.lower()
    for words in DATE_PREPOSITIONS:
        prefix = " ".join(words) + " "
        if lower.startswith(prefix):
            rest = date.text[len(prefix) :]
            start = date.start_char + len(date.text) - len(rest.lstrip())
            return date.model_copy(update={"start_char": start, "text": rest.lstrip()})
    return date


def timex_type(text: str) -> str:
    """TimeML type of a date expression: DURATION ("three years"), SET ("every week"),
    TIME (a clock time or part of a day), else DATE."""
    phrase = core_phrase(text)
    if re.match(r"(?i)^(?:every|each|per)\b|\b(?:daily|weekly|monthly|annually|yearly)$", phrase):
        return "SET"
    # "this week", "the quarter", "recent years", "the full year" name a time, not a length.
    named = (RELATIVE_UNIT, REFERENCE, THE_QUARTER, THE_YEAR)
    if DURATION.match(phrase) and not any(pattern.match(phrase) for pattern in named):
        return "DURATION"
    if (
        CLOCK_TIME.search(phrase)
        or PART_OF_DAY.search(phrase)
        or re.search(r"(?i)\btonight\b", phrase)
    ):
        return "TIME"
    return "DATE"


def search_dates_baseline(text: str, *, published: datetime.date) -> list[DateRef]:
    """dateparser's ``search_dates`` as shipped (a benchmark baseline, not used by the
    extractor): the article date as RELATIVE_BASE, ``languages=['en']``, found substrings
    turned into offsets in order, values at dateparser's own granularity (year, month,
    else day)."""
    base = datetime.datetime.combine(published, datetime.time(12))
    dates: list[DateRef] = []
    for found in search_dates(text, base=base):
        period = date_period(found.text, base=base)
        value = {"year": f"{found.date.year:04d}", "month": found.date.strftime("%Y-%m")}.get(
            period or "", found.date.date().isoformat()
        )
        dates.append(
            DateRef(
                start_char=found.start_char, end_char=found.end_char, text=found.text, value=value
            )
        )
    return dates
