"""TimeML values of the periods of financial reports: quarters ("the third quarter",
"Q3 2022", "the quarter"), the article's year ("the full year", "year-end"), and a year
back ("a year earlier", "the year-ago quarter"), which a report resolves at its own
granularity (``period``, see ``context.report_period``).
"""

from __future__ import annotations

import datetime
import re

from ...resources import Resources
from ...text.calendar import ORDINALS, YEAR_RE
from .calendar import Direction, shift_quarter, year_shift

QUARTER = re.compile(
    rf"(?i)^(?:(?:the|its|a|their|this)\s+)?(?:fiscal[\s-]+)?({'|'.join(ORDINALS)})[\s-]+"
    r"(?:fiscal[\s-]+)?quarter(?:\s+of)?(?:\s+(?:fiscal\s+)?(\d{4}))?$"
    r"|^Q([1-4])(?:\s+(\d{4}))?$|^(\d{4})\s+Q([1-4])$"
)
# "the third quarter of this year", "the fourth quarter of last year".
QUARTER_OF_RELATIVE_YEAR = re.compile(
    rf"(?i)^(?:(?:the|its|a|their)\s+)?(?:fiscal[\s-]+)?({'|'.join(ORDINALS)})[\s-]+"
    r"(?:fiscal[\s-]+)?quarter\s+of\s+(this|last|next)\s+year$"
)
# "this year's third quarter", "the 1988 second quarter".
QUARTER_OF_YEAR = re.compile(
    rf"(?i)^(?:the\s+)?(?:(this|last|next)\s+year(?:'s|’s)|(\d{{4}}))\s+(?:fiscal[\s-]+)?"
    rf"({'|'.join(ORDINALS)})[\s-]+quarter$"
)
# "the quarter" in an earnings report is the last one completed before the article.
THE_QUARTER = re.compile(
    r"(?i)^(?:the|its)\s+(?:(current\s+)?(?:latest\s+|most\s+recent\s+|recent\s+)?quarter"
    r"|(?:latest|most\s+recent)\s+period)$"
)
# "for the year", "the full year", "the current fiscal year": the article's year.
THE_YEAR = re.compile(
    r"(?i)^(?:in\s+)?the\s+(?:(?:full|current|entire|whole)\s+)?(?:fiscal\s+)?year$"
)
# "by year end", "at year's end", "the year-end": the end of the article's year, or of the
# last one early in a year.
YEAR_END = re.compile(r"(?i)^(?:the\s+)?year(?:'s|’s)?[\s-]+end$")
# "a year ago", "a year earlier", "year-ago", "the year-earlier period", "the comparable
# year-ago quarter", "the quarter a year ago": in a report, the same period one year back.
YEAR_BACK = re.compile(
    rf"(?i)^(?:(?:the|its|their)\s+)?(?:(?:comparable|corresponding|same|prior)\s+)?(?:(?:a|one)\s+)?"
    rf"year[\s-]+(?:ago|earlier)(?:\s+(?:({'|'.join(ORDINALS)})[\s-]+)?(quarter|period))?$"
    r"|^(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(quarter|period)\s+(?:of\s+)?"
    r"(?:a\s+year\s+(?:ago|earlier)|last\s+year)$"
    r"|^last\s+year(?:'s|’s)\s+(quarter|period)$"
)
# "the 1989 period", "the 1988 quarter" of a report: that year's reporting period.
YEAR_PERIOD = re.compile(rf"(?i)^({YEAR_RE})\s+(quarter|period)$")


def read_quarter(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """A numbered quarter ("the third quarter", "Q3 2022"); one not yet begun is last year's."""
    if match[1]:
        quarter, year = ORDINALS[match[1].lower()], match[2]
    elif match[3]:
        quarter, year = int(match[3]), match[4]
    else:
        quarter, year = int(match[6]), match[5]
    if year is None and published is not None:
        # News reports the past: a quarter not yet begun is last year's.
        current = (published.month - 1) // 3 + 1
        year = str(published.year if quarter <= current else published.year - 1)
    return f"{year or 'XXXX'}-Q{quarter}"


def read_quarter_of_year(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """A quarter of a named year: "this year's third quarter", "the 1988 second quarter"."""
    quarter = ORDINALS[match[3].lower()]
    if match[2]:
        return f"{match[2]}-Q{quarter}"
    if published is None:
        return None
    return f"{published.year + year_shift(match[1])}-Q{quarter}"


def read_quarter_of_relative_year(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """A quarter of a year named from the article's: "the third quarter of this year"."""
    if published is None:
        return None
    return f"{published.year + year_shift(match[2])}-Q{ORDINALS[match[1].lower()]}"


def read_the_quarter(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """The report's quarter: "the quarter" (the last one completed), "the current quarter"."""
    if published is None:
        return None
    return shift_quarter(published, -(0 if match[1] else 1))


def read_the_year(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """The article's year: "the year", "the full year", "the current fiscal year"."""
    return None if published is None else str(published.year)


def read_year_end(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """The year whose end is meant by "year-end": last year's early in a year."""
    if published is None:
        return None
    return str(published.year - (1 if published.month <= 2 and direction != "future" else 0))


def read_year_period(
    match: re.Match[str], published: datetime.date | None, period: str | None
) -> str | None:
    """ "the 1989 period": the year, or its quarter matching the report's latest one."""
    year, unit = match[1], match[2].lower()
    if period == "year" or (unit == "period" and period is None):
        return year
    if published is None:
        return None
    return f"{year}-Q{((published.month - 1) // 3 - 1) % 4 + 1}"


def read_year_back(
    match: re.Match[str], published: datetime.date | None, period: str | None
) -> str | None:
    """The reporting period one year before the article's: its last completed quarter a
    year back, or last year. Without a report around it, "a year ago" is last year and
    "a year earlier" (anchored to some other event) has no value."""
    ordinal, unit = match[1], next((group for group in match.groups()[1:] if group), "").lower()
    if published is None:
        return None
    if ordinal:
        quarter = ORDINALS[ordinal.lower()]
        completed = (published.month - 1) // 3 >= quarter
        return f"{published.year - (1 if completed else 2)}-Q{quarter}"
    granularity = "quarter" if unit == "quarter" else period
    if granularity is None:
        if unit == "period":
            granularity = "quarter"
        elif match[0].lower().endswith("ago"):
            granularity = "year"
        else:
            return None
    if granularity == "year":
        return str(published.year - 1)
    return shift_quarter(published, -5)
