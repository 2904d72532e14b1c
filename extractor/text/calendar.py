"""Calendar English: month and weekday names, seasons, parts of the day, the number words
that count periods, and the year and year-back expressions.

Kept in code, not in ``models/lexicons``: these words are tied to the date patterns
built from them (as the month names are tied to dateparser). Names are as written
("January", "Monday"); patterns are regex source strings (``*_RE``, to be embedded in a
larger pattern) or compiled patterns.
"""

from __future__ import annotations

import re
from types import MappingProxyType

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# How models/lexicons/date_holidays.v1.tsv writes a weekday in its rules ("4 Thu 11-01").
WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# An abbreviated month ("Sept.", "Oct"); not "May", which is spelled out anyway.
MONTH_ABBREVIATION_RE = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# Any month name, spelled out or abbreviated (without its full stop), as alternatives.
MONTH_NAME_RE = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)

SMALL_NUMBERS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
)
# Number words that count periods ("three years ago", "a decade ago"): "a" and "an" count one.
NUMBER_WORDS = MappingProxyType(
    {word: value for value, word in enumerate(SMALL_NUMBERS)}
    | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
    | {"ninety": 90, "hundred": 100, "a": 1, "an": 1}
)
# The tens of a spoken year ("nineteen ninety-six"), by their digit.
TENS = MappingProxyType(
    {"ten": 1, "twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7}
    | {"eighty": 8, "ninety": 9}
)
# The ordinals that number a quarter ("the third quarter", "3rd quarter").
ORDINALS = MappingProxyType(
    {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
)

# Seasons and parts of the day, with their TimeML codes ("2022-SU", "2022-11-08TMO").
SEASONS = MappingProxyType(
    {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
)
PARTS_OF_DAY = MappingProxyType(
    {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
)

# The units a period is counted in ("three years", "a fortnight").
TIME_UNITS = (
    "day",
    "week",
    "weekend",
    "fortnight",
    "month",
    "quarter",
    "year",
    "decade",
    "century",
    "centuries",
    "hour",
    "minute",
)
TIME_UNIT_RE = "|".join(TIME_UNITS)
# A number of periods: digits or a number word ("12", "three", "twenty-five").
NUMBER_RE = r"\d[\d,.]*|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# A count of periods, exact or vague ("two", "twenty-five", "a few", "dozens of").
COUNT_RE = (
    rf"(?:{NUMBER_RE})(?:[- ](?:{NUMBER_RE}))?"
    r"|a few|few|several|some|many|a couple of|a dozen|dozens of|hundreds of"
)

# A year as dates read it in a phrase ("the 1989 period", "1994, 1995 and 1997"): 1000-2099.
YEAR_RE = r"(?:1\d|20)\d\d"

# Words after a period that anchor it to another event, not to the article's date ("two
# days later", "a year earlier").
EVENT_RELATIVE_WORDS = ("later", "earlier", "before", "after", "prior")
# Words after "year" that make a year back ("a year ago", "year-earlier").
YEAR_BACK_WORDS = ("ago", "earlier")
# A year back in a report, in running text: "a year ago", "year-earlier", "the year-ago
# quarter", "the comparable year-ago period", "the quarter a year ago", "last year's
# quarter", "the 1988 period".
YEAR_BACK_PHRASE = re.compile(
    r"(?i)\b(?:(?:the|its|their)\s+(?:(?:comparable|corresponding|same|prior)\s+)?year-(?:ago|earlier)"
    r"\s+(?:(?:first|second|third|fourth)[\s-]+)?(?:quarter|period)"
    r"|the\s+(?:(?:comparable|corresponding|same)\s+)?(?:quarter|period)\s+(?:of\s+)?"
    r"(?:a\s+year\s+ago|last\s+year)"
    rf"|last\s+year(?:'s|’s)\s+(?:quarter|period)|the\s+{YEAR_RE}\s+(?:quarter|period)"
    r"|\ba\s+year\s+(?:ago|earlier)|year-(?:ago|earlier))\b"
)

# A clock time ("3 p.m.", "10:30", "noon").
CLOCK_TIME = re.compile(
    r"(?i)\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b"
)

# Closed-class words that belong to a date when they directly precede it: the spec's
# worked example keeps "in September" as the date text. Not "before"/"after": they shift
# the date (a TimeML modifier), so the value would not be the value of the span.
DATE_PREPOSITIONS: tuple[tuple[str, ...], ...] = (
    ("as", "of"),
    ("in",),
    ("on",),
    ("since",),
    ("by",),
    ("until",),
    ("till",),
    ("from",),
    ("during",),
    ("at",),
)
