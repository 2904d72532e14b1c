"""Date phrases to TimeML values: ``normalise_date`` and the gate before it.

A value is relative to the article's publication date, never to today. Without a
publication date a value keeps only what the text states ("September" -> "XXXX-09"), as
in TimeML. A phrase is read by the first rule whose pattern matches it (``rules``,
``periods``, and the compound phrases here: a clock time on a day, a part of a day, a
part of a period), else by dateparser at its own granularity.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from ...adapters.dateparser import read_date
from ...resources import Resources
from ...text.calendar import (
    CLOCK_TIME,
    COUNT_RE,
    DATE_PREPOSITIONS,
    EVENT_RELATIVE_WORDS,
    MONTH_ABBREVIATION_RE,
    MONTH_NAME_RE,
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    TIME_UNIT_RE,
    WEEKDAYS,
    YEAR_RE,
)
from .calendar import Direction, holiday_pattern, iso_week
from .periods import (
    QUARTER,
    QUARTER_OF_RELATIVE_YEAR,
    QUARTER_OF_YEAR,
    THE_QUARTER,
    THE_YEAR,
    YEAR_BACK,
    YEAR_END,
    YEAR_PERIOD,
    read_quarter,
    read_quarter_of_relative_year,
    read_quarter_of_year,
    read_the_quarter,
    read_the_year,
    read_year_back,
    read_year_end,
    read_year_period,
)
from .rules import (
    AGO,
    CENTURY,
    DAY_WORD,
    DECADE,
    MONTH,
    PART_OF_CENTURY_AGO,
    REFERENCE,
    RELATIVE_UNIT,
    SEASON,
    SPOKEN_DECADE,
    SPOKEN_YEAR,
    SPOKEN_YEAR_INSIDE,
    WEEKDAY,
    holiday_phrase,
    read_ago,
    read_century,
    read_day_word,
    read_decade,
    read_holiday,
    read_month,
    read_part_of_century_ago,
    read_reference,
    read_relative_unit,
    read_season,
    read_spoken_decade,
    read_spoken_year,
    read_weekday,
)

Rule = Callable[[re.Match[str], datetime.date | None, Direction, Resources], str | None]

# What makes a span look like a date. Month and weekday names must be capitalised ("may"
# is a verb) and spelled out ("Sun", "Wed" and "we" are not dates: PERF-NOTES.md).
_DATE_WORD = re.compile(
    rf"\b(?:{'|'.join(MONTHS + WEEKDAYS)})\b"
    rf"|\b{MONTH_ABBREVIATION_RE}(?=\s*\d)|(?<=\d )\b{MONTH_ABBREVIATION_RE}(?!\w)"
    r"|(?<![\d,.$€£¥])\b(?:1\d{3}|20\d{2}|2100)(?:s|'s)?\b(?!,\d|\.\d|\s*%)"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|['’][1-9]0s\b"
    r"|\bQ[1-4]\b"
    r"|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d{2}\b|\b[012]\d[0-5]\d\s?(?:UTC|GMT)\b"
    r"|(?i:\b(?:today|tonight|yesterday|tomorrow|ago|noon|midnight|now|currently|current"
    r"|recently|recent|future|nineteen|century|(?:twen|thir|for|fif|six|seven|eigh|nine)ties"
    r"|the past|(?:latest|most recent) period|the (?:near|short)[\s-]term"
    rf"|(?:{TIME_UNIT_RE})s?|{'|'.join(SEASONS)}|{'|'.join(PARTS_OF_DAY)})\b)"
)
# Numbers with scale words, money and percentages are quantities: spaCy labels "between
# 15 and 30 million" as DATE (seed fixture).
_QUANTITY_WORD = re.compile(
    r"(?i:\b(?:thousand|million|billion|trillion|bn|mn|percent|per cent)\b)|[%$€£¥]"
)
_SPOKEN_2000 = re.compile(r"(?i)\byear two thousand\b")
_AGE = re.compile(r"(?i)-(?:year|month|week|day)s?-old\b|\b(?:years?|months?) old\b")

_LEADING_MODIFIER = re.compile(
    r"(?i)^(?:(?:(?:the\s+)?(?:earlier|later|early|late|mid)|the (?:end|start|beginning|middle) of"
    r"|about|around|almost|nearly|roughly|approximately|just|only|more than|less than|sometime"
    # bound words before a time back from now: "over a decade ago", "some 40 years ago"
    r"|(?:(?:well\s+)?over|at least|some|upwards of|in excess of|close to|under"
    r"|no more than|fewer than)(?=\s.*\bago$))"
    r"(?:\s+|-(?=\w)))+"
)
# "two days later", "a year earlier": anchored to another event, not to the article date.
_ANCHORED_ELSEWHERE = re.compile(rf"(?i)\b(?:{'|'.join(EVENT_RELATIVE_WORDS)})$")
_YEAR_RANGE = re.compile(r"\b\d{4}\s*[-–—/]\s*\d{2}(?:\d{2})?\b")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$")
# "9 a.m. Tuesday", "4 p.m. EST Nov. 7", "Friday at 10 p.m.": a clock time on a day placed
# like the day alone (dateparser would put a weekday ahead of the article in the past).
_CLOCK_RE = r"(?:(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\b\.?|(noon))"
_TIME_ZONE_RE = r"(?:[ECMP][SD]T|GMT|UTC)"
_CLOCK_DAY = re.compile(
    rf"(?i)^{_CLOCK_RE}(?:\s+{_TIME_ZONE_RE})?,?\s+(?:on\s+)?(?!{_TIME_ZONE_RE}$)(.+)$"
    rf"|^(.+?),?\s+(?:at\s+)?{_CLOCK_RE}(?:\s+{_TIME_ZONE_RE})?$"
)
# "16:08 UTC", "0800 GMT": a 24-hour clock in universal time, on the article's day
# (TimeML writes the zone as "Z").
ZONED_CLOCK = re.compile(r"(?i)^([01]?\d|2[0-3]):?([0-5]\d)\s*(?:UTC|GMT)$")
# "the first half of 1990", "the first nine months of 2004", "the last two quarters of
# the year": a part of a period, valued by the period (a half as TimeML's H1/H2).
_PART_OF_PERIOD = re.compile(
    rf"(?i)^(?:the\s+)?(?:(first|second|last|latter)\s+half|(first|last)\s+two\s+quarters"
    rf"|(?:first|last|final)\s+(?:(?:{COUNT_RE})\s+)?(?:months?|weeks?|quarters?|days?))\s+of\s+(.+)$"
)
# "the week of March 6": the ISO week of that day.
_WEEK_OF = re.compile(r"(?i)^the\s+week\s+of\s+(.+)$")
PART_OF_DAY = re.compile(rf"(?i)^(.*?)\s*\b({'|'.join(PARTS_OF_DAY)})$")
DURATION = re.compile(
    r"(?i)^(?:the\s+|a\s+|an\s+|all\s+|each\s+|every\s+|per\s+)?"
    r"(?:(?:past|last|next|coming|previous|first|final|recent|full|whole|entire)\s+)?"
    rf"(?:(?:{COUNT_RE})[\s-]+|(?:half|quarter)[\s-]+(?:of\s+)?(?:an?\s+)?)?"
    rf"(?:full\s+)?(?:{TIME_UNIT_RE})s?(?:[\s-]+long)?$"
)

# Two arbitrary bases (different year, month, day and weekday): a component of the date
# that comes out the same from both was stated by the text; one that differs was filled
# in by dateparser from the base. That is how "September" becomes "XXXX-09", never today.
_PROBE_BASES = (datetime.datetime(2001, 3, 15, 12), datetime.datetime(2012, 8, 24, 12))


def looks_like_date(text: str, *, resources: Resources) -> bool:
    """Whether a span has a date word or holiday and is not a quantity ("30 million", "$15",
    "50%")."""
    # "the year two thousand" (broadcast transcripts) is a year, not a quantity.
    if _QUANTITY_WORD.search(_SPOKEN_2000.sub("", text)) or _AGE.search(text):
        return False
    return bool(_DATE_WORD.search(text) or holiday_pattern(resources).search(text))


def reads_by_rule(text: str, *, resources: Resources) -> bool:
    """Whether a date rule, not dateparser, reads the phrase (or it is a bare year): a part
    of a longer span is trusted only then (dateparser reads many fragments as dates)."""
    phrase = core_phrase(text)
    if not phrase or not looks_like_date(phrase, resources=resources):
        return False
    return bool(
        re.fullmatch(YEAR_RE, phrase)
        or holiday_phrase(resources).match(phrase)
        or any(pattern.search(phrase) for pattern, _ in _RULES)
    )


def normalise_date(
    text: str,
    *,
    published: datetime.date | None,
    direction: Direction = "past",
    period: str | None = None,
    resources: Resources,
) -> str | None:
    """TimeML value of a date expression relative to ``published`` (never today), or None.

    ``direction`` places a month without a year ("September"): "past" (news reports the
    past, the default), "future", or "nearest" (what ``find_dates`` uses: a month up to
    two months ahead is the coming one). ``period`` is the reporting period of the
    sentence ("quarter" or "year", see ``report_period``): it resolves "a year earlier"
    and "the year-ago period", which are otherwise anchored to an unknown event.
    ``resources`` gives the holidays (``date_holidays``).
    """
    phrase = core_phrase(text)
    if isinstance(published, datetime.datetime):
        published = published.date()
    phrase = _spoken_year_in_digits(phrase, resources)
    if phrase.lower() in SEASONS and re.match(r"(?i)^(?:\w+\s+)?the\b", text.strip()):
        phrase = "the " + phrase  # "the early summer": a season, as "the summer"
    year_back = YEAR_BACK.match(phrase)
    if year_back:
        return read_year_back(year_back, published, period)
    year_period = YEAR_PERIOD.match(phrase)
    if year_period:
        return read_year_period(year_period, published, period)
    if (
        not phrase
        or not looks_like_date(phrase, resources=resources)
        or _ANCHORED_ELSEWHERE.search(phrase)
    ):
        return None
    holiday = holiday_phrase(resources).match(phrase)
    if holiday:
        return read_holiday(holiday, published, direction, resources)
    for pattern, rule in _RULES:
        match = pattern.search(phrase)
        if match:
            return rule(match, published, direction, resources)
    # "three years", "the past decade": TimeML DURATIONs, not dates. "2019-20": a range.
    if DURATION.match(phrase):
        return None
    if _YEAR_RANGE.search(phrase) and not _NUMERIC_DATE.match(phrase):
        return None
    if published is None:
        return _parse_unanchored(phrase)
    return _parse_anchored(phrase, published)


def core_phrase(text: str) -> str:
    """The date expression without a leading preposition or modifier, possessive, punctuation."""
    phrase = " ".join(text.split()).strip(" ,;:()[]\"'“”‘’")
    phrase = re.sub(r"(?:'s|’s)$", "", phrase)
    phrase = re.sub(r"(?i)\s+or\s+so\b", "", phrase)  # "a week or so ago": a week ago
    lower = phrase.lower()
    for words in DATE_PREPOSITIONS:
        prefix = " ".join(words) + " "
        if lower.startswith(prefix):
            phrase = phrase[len(prefix) :]
            break
    phrase = _LEADING_MODIFIER.sub("", phrase).strip()
    # "an Aug. 10, 1988 filing", "both 1990 and 1991", "fiscal 1989": the date is what follows.
    return re.sub(rf"^(?i:the|an?|both|its|fiscal)\s+(?=\d|(?:{MONTH_NAME_RE})\b)", "", phrase)


def _spoken_year_in_digits(phrase: str, resources: Resources) -> str:
    """A phrase with a spoken year inside written in digits ("January nineteen ninety-seven"
    -> "January 1997"), so the month and season rules read it; a spoken year alone is left
    to ``read_spoken_year``."""
    match = SPOKEN_YEAR_INSIDE.search(phrase)
    if match is None or match.group(0) == phrase:
        return phrase
    year = read_spoken_year(match, None, "past", resources)
    return f"{phrase[: match.start()]}{year}{phrase[match.end() :]}"


def _part_of_day(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    rest, part = match[1].strip().lower(), PARTS_OF_DAY[match[2].lower()]
    if rest in ("this", "last"):
        if published is None:
            return None
        day = published - datetime.timedelta(days=1 if rest == "last" else 0)
        return f"{day.isoformat()}T{part}"
    day_value = normalise_date(match[1], published=published, resources=resources) if rest else None
    if day_value is None or not re.fullmatch(r"[\dX]{4}-(?:\d\d-\d\d|WXX-\d)", day_value):
        return None
    return f"{day_value}T{part}"


def _clock_day(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    hour, minute, half, noon, day_text = match.group(1, 2, 3, 4, 5)
    if day_text is None:
        day_text, hour, minute, half, noon = match.group(6, 7, 8, 9, 10)
    day_value = normalise_date(
        day_text, published=published, direction=direction, resources=resources
    )
    if day_value is None or not re.fullmatch(r"[\dX]{4}-\d\d-\d\d|XXXX-WXX-\d", day_value):
        return None
    if noon:
        return f"{day_value}T12:00"
    if not 1 <= int(hour) <= 12 or int(minute or 0) > 59:
        return None
    clock = int(hour) % 12 + (12 if half.lower() == "p" else 0)
    return f"{day_value}T{clock:02d}:{int(minute or 0):02d}"


def _zoned_clock(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    day = published.isoformat() if published is not None else "XXXX-XX-XX"
    return f"{day}T{int(match[1]):02d}:{match[2]}Z"


def _part_of_period(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    half, quarters, rest = match.group(1, 2, 3)
    value = normalise_date(rest, published=published, direction=direction, resources=resources)
    if value is None or not (half or quarters) or not re.fullmatch(r"[\dX]{4}", value):
        return value
    return f"{value}-H{1 if (half or quarters).lower() == 'first' else 2}"


def _week_of(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    value = normalise_date(match[1], published=published, direction=direction, resources=resources)
    if value is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return None
    return iso_week(datetime.date.fromisoformat(value))


_RULES: tuple[tuple[re.Pattern[str], Rule], ...] = (
    (REFERENCE, read_reference),
    (_WEEK_OF, _week_of),
    (ZONED_CLOCK, _zoned_clock),
    (_CLOCK_DAY, _clock_day),
    (_PART_OF_PERIOD, _part_of_period),
    (MONTH, read_month),
    (CENTURY, read_century),
    (SPOKEN_YEAR, read_spoken_year),
    (SPOKEN_DECADE, read_spoken_decade),
    (THE_QUARTER, read_the_quarter),
    (THE_YEAR, read_the_year),
    (YEAR_END, read_year_end),
    (QUARTER_OF_YEAR, read_quarter_of_year),
    (QUARTER_OF_RELATIVE_YEAR, read_quarter_of_relative_year),
    (DAY_WORD, read_day_word),
    (RELATIVE_UNIT, read_relative_unit),
    (AGO, read_ago),
    (PART_OF_CENTURY_AGO, read_part_of_century_ago),
    (WEEKDAY, read_weekday),
    (DECADE, read_decade),
    (QUARTER, read_quarter),
    (SEASON, read_season),
    (PART_OF_DAY, _part_of_day),
)


def _parse_anchored(phrase: str, published: datetime.date) -> str | None:
    """dateparser's reading relative to the end of the publication day, at its granularity."""
    # The end of the day, so that "3 p.m." on the publication day is not in the future
    # (PREFER_DATES_FROM='past' would move it to the day before).
    base = datetime.datetime.combine(published, datetime.time(23, 59, 59))
    reading = read_date(phrase, base=base)
    if reading is None:
        return None
    date_obj, period = reading
    if period == "day":
        return date_obj.date().isoformat()
    if period == "month":
        return date_obj.strftime("%Y-%m")
    if period == "year":
        return f"{date_obj.year:04d}"
    if period == "week":
        return iso_week(date_obj.date())
    if period == "time" and CLOCK_TIME.search(phrase):
        return date_obj.strftime("%Y-%m-%dT%H:%M")
    # "the 1990s" comes back as a "time" of the base date; "Q3" as a "quarter" of it.
    return None


def _parse_unanchored(phrase: str) -> str | None:
    """dateparser's reading keeping only the components the text states ("XXXX-09")."""
    readings = [read_date(phrase, base=base) for base in _PROBE_BASES]
    if readings[0] is None or readings[1] is None or readings[0].period != readings[1].period:
        return None
    (first, period), (second, _) = readings
    year = f"{first.year:04d}" if first.year == second.year else "XXXX"
    same_month = first.month == second.month
    same_day = same_month and first.day == second.day
    if period == "year":
        return year if year != "XXXX" else None
    if period == "month":
        return f"{year}-{first.month:02d}" if same_month else None
    if period == "day":
        return f"{year}-{first.month:02d}-{first.day:02d}" if same_day else None
    if period == "time" and CLOCK_TIME.search(phrase) and first.time() == second.time():
        day = f"{year}-{first.month:02d}-{first.day:02d}" if same_day else "XXXX-XX-XX"
        return f"{day}T{first:%H:%M}"
    return None
