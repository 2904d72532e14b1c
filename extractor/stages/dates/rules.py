"""TimeML values of date phrases placed on the calendar: days, weeks, months, weekdays,
seasons, holidays, decades, centuries, spoken years and TimeML's vague references.

Each rule reads one whole phrase (``normalise_date`` has removed prepositions and
modifiers) relative to the article's date, never to today; ``direction`` places what
the phrase leaves open ("September" in the past, the coming "Monday").
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from ...resources import Resources
from ...text.calendar import (
    COUNT_RE,
    MONTH_NAME_RE,
    NUMBER_WORDS,
    SEASONS,
    SMALL_NUMBERS,
    TENS,
    WEEKDAYS,
)
from .calendar import (
    Direction,
    add_months,
    holiday_date,
    holiday_pattern,
    holiday_rules,
    is_valid_day,
    iso_week,
    month_number,
    place_year,
    shift_quarter,
    year_shift,
)

DAY_WORD = re.compile(r"(?i)^(today|tonight|yesterday|tomorrow)$")
# "the weekend" is the last one, or the coming one in a sentence about the future
# (TempEval-3: "said over the weekend" in a Monday's article is the weekend just past).
# "the last quarter", "the past year", "the last week": TimeBank and MEANTIME mark them as
# the unit before the article's, like "last quarter" (4 of 4). "The past decade" stays a
# duration (2 of 4 marked so).
RELATIVE_UNIT = re.compile(
    r"(?i)^(?:the\s+)?(this|last|next|previous|current|past)\s+"
    r"(week|weekend|month|quarter|year)$"
    r"|^(the)\s+(weekend)$"
)
AGO = re.compile(rf"(?i)^({COUNT_RE})\s+(day|week|month|year|decade)s?\s+ago$")
# "a half-century ago", "half a century ago", "a quarter-century ago": years back (not a
# fraction of anything, nor a fiscal quarter).
_PART_OF_CENTURY = (
    r"(?:(?:a\s+)?(half|quarter)[\s-]+century|(half|a\s+quarter)\s+(?:of\s+)?a\s+century)"
)
PART_OF_CENTURY_AGO = re.compile(rf"(?i)^{_PART_OF_CENTURY}\s+ago$")
PART_OF_CENTURY_AGO_PHRASE = re.compile(rf"(?i)\b{_PART_OF_CENTURY}\s+ago\b")
_CENTURY_PART_YEARS = {"half": 50, "quarter": 25}
WEEKDAY = re.compile(rf"(?i)^(?:(last|this|next|past)\s+)?({'|'.join(WEEKDAYS)})$")
DECADE = re.compile(r"(?i)^(?:the\s+)?(?:((?:1\d|20)\d)0|['’]([1-9])0)(?:s|'s)$")
# A bare "fall" or "spring" is a verb or a noun: a season needs "the", "this" or a year.
SEASON = re.compile(
    r"(?i)^(the\s+|this\s+past\s+|this\s+|last\s+|next\s+|past\s+)?"
    rf"({'|'.join(SEASONS)})(?:\s+of)?(?:\s+(\d{{4}}))?$"
)
# "September", "Sept. 30", "Monday, Oct. 26", "last October", "October of next year": a month
# (and day) without a year, placed by its modifier or by the direction of its sentence.
MONTH = re.compile(
    rf"^(?:(?i:(last|this|next|past))\s+)?(?:({'|'.join(WEEKDAYS)}),?\s+)?"
    rf"({MONTH_NAME_RE})\.?(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?"
    r"(?:(?:,?\s+|\s+of\s+)(?i:(this|last|next)\s+year))?$"
)
# TimeML's vague references (PRESENT_REF, PAST_REF, FUTURE_REF): TimeBank annotates
# "now" (60 of 85), "currently" (10/16), "recently" (13/20), "the future" (6/9) as dates.
REFERENCE = re.compile(
    r"(?i)^(?:(right now|now|currently|current|presently|at present|nowadays|these days)"
    r"|(recently|recent (?:years|months|weeks|days|decades)|lately|the past)"
    r"|((?:the\s+)?(?:near\s+|distant\s+)?future|the (?:near|short)[\s-]term|soon"
    r"|(?:the\s+)?coming (?:days|weeks|months|quarters|years)))$"
)
CENTURY = re.compile(r"(?i)^(?:the\s+|a\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century$")
# Broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand".
SPOKEN_YEAR = re.compile(
    rf"(?i)^(?:the\s+year\s+)?(?:nineteen\s+({'|'.join(TENS)})(?:[\s-]+({'|'.join(SMALL_NUMBERS[1:10])}))?"
    r"|(two thousand))$"
)
# The same inside a longer phrase: "January nineteen ninety-seven", "the winter of
# nineteen ninety-four" (then read with the year in digits).
SPOKEN_YEAR_INSIDE = re.compile(SPOKEN_YEAR.pattern.replace("^", r"\b").replace("$", r"\b"))
SPOKEN_DECADE = re.compile(r"(?i)^(?:the\s+)?(twen|thir|for|fif|six|seven|eigh|nine)ties$")


def read_day_word(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """A day from the article's date: "today", "tonight", "yesterday", "tomorrow"."""
    if published is None:
        return None
    shift = {"yesterday": -1, "tomorrow": 1}.get(match[1].lower(), 0)
    day = published + datetime.timedelta(days=shift)
    return day.isoformat() + ("TNI" if match[1].lower() == "tonight" else "")


def read_relative_unit(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """A period from the article's date: "this week", "last month", "next quarter", "the
    weekend"."""
    if published is None:
        return None
    if match[3]:  # "the weekend": the one begun by the article's day, or the coming one
        saturday = published - datetime.timedelta(days=(published.weekday() - 5) % 7)
        if direction == "future" and saturday < published - datetime.timedelta(days=1):
            saturday += datetime.timedelta(weeks=1)
        return iso_week(saturday) + "-WE"
    shift = {"last": -1, "previous": -1, "past": -1, "next": 1}.get(match[1].lower(), 0)
    unit = match[2].lower()
    if unit in ("week", "weekend"):
        value = iso_week(published + datetime.timedelta(weeks=shift))
        return value + "-WE" if unit == "weekend" else value
    if unit == "month":
        return add_months(published, shift).strftime("%Y-%m")
    if unit == "quarter":
        return shift_quarter(published, shift)
    return str(published.year + shift)


def read_ago(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """The period that many back ("three years ago"); PAST_REF for a vague count."""
    count = _count(match[1])
    if count is None:
        return "PAST_REF"  # "several years ago", "a few weeks ago"
    if published is None:
        return None
    unit = match[2].lower()
    if unit == "day":
        return (published - datetime.timedelta(days=count)).isoformat()
    if unit == "week":
        return iso_week(published - datetime.timedelta(weeks=count))
    if unit == "month":
        return add_months(published, -count).strftime("%Y-%m")
    if unit == "year":
        return str(published.year - count)
    return str((published.year - 10 * count) // 10)


def read_part_of_century_ago(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """The year that part of a century back: "a half-century ago" is 50 years back."""
    if published is None:
        return None
    part = (match[1] or match[2]).split()[-1].lower()
    return str(published.year - _CENTURY_PART_YEARS[part])


def _count(word: str) -> int | None:
    """A small count as a number ("three", "a", "12", "twenty-five"); None when vague."""
    total = 0
    parts = re.split(r"[\s-]+", word.lower().replace(",", ""))
    for part in parts:
        if part in ("a", "an") and len(parts) > 1:
            return None  # "seven a (year ago)": an article is a count only on its own
        if part.isdigit():
            total += int(part)
        elif part in NUMBER_WORDS:
            total += NUMBER_WORDS[part]
        else:
            return None
    return total


def read_weekday(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """A weekday placed by its modifier or direction: "Friday", "last Thursday"."""
    weekday = [name.lower() for name in WEEKDAYS].index(match[2].lower())
    modifier = (match[1] or "").lower()
    if published is None:
        return None if modifier else f"XXXX-WXX-{weekday + 1}"
    # dateparser with PREFER_DATES_FROM='past' makes "Friday" in an article written on a
    # Friday the previous Friday: a bare weekday may be the publication day itself.
    ahead = weekday - published.weekday()
    if modifier == "this":
        shift = ahead
    elif modifier == "next":
        shift = ahead % 7 or 7
    elif modifier in ("last", "past"):
        shift = -(-ahead % 7 or 7)
    elif direction == "future":
        shift = ahead % 7
    else:
        shift = -(-ahead % 7)
    return (published + datetime.timedelta(days=shift)).isoformat()


def read_month(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """A month (and day) placed in a year: "September", "Sept. 30", "last October"."""
    modifier, weekday_name, month_name, day_text, year_modifier = match.groups()
    month = month_number(month_name)
    day = int(day_text) if day_text else None
    if day is not None and not 1 <= day <= 31:
        return None
    if published is None:
        if modifier or year_modifier:
            return None
        return f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
    year = published.year
    if year_modifier:
        year += year_shift(year_modifier)
    elif modifier and modifier.lower() in ("last", "past"):
        year -= 0 if (month, day or 1) < (published.month, published.day if day else 1) else 1
    elif modifier and modifier.lower() == "next":
        year += 0 if (month, day or 1) > (published.month, published.day if day else 1) else 1
    elif modifier and modifier.lower() == "this":
        pass
    elif weekday_name and day:
        # "Monday, Oct. 26": the year in which that day is that weekday, nearest first.
        weekday = WEEKDAYS.index(weekday_name)
        for candidate in (year, year + 1, year - 1):
            if (
                is_valid_day(candidate, month, day)
                and datetime.date(candidate, month, day).weekday() == weekday
            ):
                year = candidate
                break
    else:
        year = place_year(published, month, day, direction)
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}" if is_valid_day(year, month, day) else None


def read_season(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """A season of a year: "the summer", "last fall", "the spring of 2019"."""
    determiner = " ".join((match[1] or "").lower().split())
    season, year = SEASONS[match[2].lower()], match[3]
    if year:
        return f"{year}-{season}"
    if not determiner:
        return None
    if published is None:
        return f"XXXX-{season}" if determiner == "the" else None
    if determiner == "this":
        return f"{published.year}-{season}"
    # Seasons counted from spring 1 AD: winter runs from December into the next year, so
    # "last fall" in a February article is the fall of the year before.
    order = ("SP", "SU", "FA", "WI")
    current = (published.year * 12 + published.month - 3) // 3
    wanted = order.index(season)
    if determiner == "next" or (determiner == "the" and direction == "future"):
        index = current + 1 + (wanted - current - 1) % 4
    elif determiner == "the":
        index = current - (current - wanted) % 4  # the latest one, which may be now
    else:  # last, past, this past
        index = current - 1 - (current - 1 - wanted) % 4
    return f"{index // 4}-{season}"


@lru_cache(maxsize=1)
def holiday_phrase(resources: Resources) -> re.Pattern[str]:
    """A whole holiday expression: "last Thanksgiving", "Easter week", "Christmas 1998"."""
    return re.compile(
        r"^(?:(?i:(last|this|next|past))\s+)?(" + holiday_pattern(resources).pattern + r")"
        r"(?:\s+(?i:(week|weekend)))?(?:,?\s+(\d{4}))?$"
    )


def read_holiday(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """A holiday's day or week: "Christmas", "last Thanksgiving", "Easter week"."""
    modifier, name, unit, year_text = match[1], match[2], match[3], match[4]
    rule = holiday_rules(resources)[name]
    if year_text and not 1 < int(year_text) < 9999:
        return None
    if published is not None and not 1 < published.year < 9999:
        return None
    if year_text:
        day = holiday_date(rule, int(year_text))
    elif published is None:
        if modifier or unit or not re.fullmatch(r"\d\d-\d\d", rule):
            return None
        return f"XXXX-{rule}"
    else:
        modifier = (modifier or "").lower()
        this_year = holiday_date(rule, published.year)
        if modifier == "this":
            day = this_year
        elif modifier in ("last", "past") or direction == "past":
            # "as Easter week began": the week may have begun before the day itself.
            begun = this_year - datetime.timedelta(days=6 if unit else 0) <= published
            day = this_year if begun else holiday_date(rule, published.year - 1)
        elif modifier == "next" or direction == "future":
            day = this_year if this_year >= published else holiday_date(rule, published.year + 1)
        else:
            # The last one, or the coming one when it is at most two months ahead.
            ahead = (this_year - published).days
            if ahead > 61:
                day = holiday_date(rule, published.year - 1)
            elif ahead < -305:
                day = holiday_date(rule, published.year + 1)
            else:
                day = this_year
    if unit:
        return iso_week(day) + ("-WE" if unit.lower() == "weekend" else "")
    return day.isoformat()


def read_decade(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """A decade: "the 1990s", "the '80s"."""
    return match[1] or f"19{match[2]}"  # "the '80s" are the 1980s


def read_century(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """A century: "the 20th century"."""
    return f"{int(match[1]) - 1:02d}"


def read_spoken_year(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """A spoken year: "nineteen ninety-six", "the year two thousand"."""
    if match[3]:
        return "2000"
    units = NUMBER_WORDS[match[2].lower()] if match[2] else 0
    return f"19{TENS[match[1].lower()]}{units}"


def read_spoken_decade(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """A spoken decade: "the nineties"."""
    return next(f"19{digit}" for word, digit in TENS.items() if word.startswith(match[1].lower()))


def read_reference(
    match: re.Match[str],
    published: datetime.date | None,
    direction: Direction,
    resources: Resources,
) -> str | None:
    """TimeML's vague references: "now", "recently", "the future"."""
    return "PRESENT_REF" if match[1] else "PAST_REF" if match[2] else "FUTURE_REF"
