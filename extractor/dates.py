"""Date expressions: find them in a Doc and normalise them TimeML-style.

The only module that imports dateparser. It removes dateparser's quirks (see
PERF-NOTES.md): it is only called on spans that already look like dates ("we", "may",
"Sun", "$15" and "50%" are dates to dateparser), always with ``languages=['en']``, and
relative to the article's publication date, never to today. Without a publication date
a value keeps only what the text states ("September" -> "XXXX-09"), as in TimeML.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from functools import lru_cache
from types import MappingProxyType

from dateparser.date import DateDataParser
from spacy.tokens import Doc

from .schema import DateRef

DATE_LABELS = ("DATE", "TIME")

# Closed-class words that belong to a date when they directly precede it: the spec's
# worked example keeps "in September" as the date text. Not "before"/"after": they shift
# the date (a TimeML modifier), so the value would not be the value of the span.
# Kept in code, not in models/lexicons: they are tied to the regexes below, as the month
# names are tied to dateparser.
PREPOSITIONS: tuple[tuple[str, ...], ...] = (
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

_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()
_NUMBER_WORDS = MappingProxyType(
    {word: value for value, word in enumerate(_SMALL_NUMBERS)}
    | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
    | {"ninety": 90, "hundred": 100, "a": 1, "an": 1}
)
_ORDINALS = MappingProxyType(
    {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
)
_SEASONS = MappingProxyType(
    {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
)
_PARTS_OF_DAY = MappingProxyType(
    {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
)
_UNITS = (
    "day", "week", "weekend", "fortnight", "month", "quarter", "year", "decade", "century",
    "centuries", "hour", "minute",
)

_UNIT_RE = "|".join(_UNITS)
_NUMBER_RE = r"\d[\d,.]*|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_COUNT_RE = (
    rf"(?:{_NUMBER_RE})(?:[- ](?:{_NUMBER_RE}))?"
    r"|a few|few|several|some|many|a couple of|a dozen|dozens of|hundreds of"
)
_MONTH_ABBREVIATION_RE = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"

# What makes a span look like a date. Month and weekday names must be capitalised ("may"
# is a verb) and spelled out ("Sun", "Wed" and "we" are not dates: PERF-NOTES.md).
_DATE_WORD = re.compile(
    rf"\b(?:{'|'.join(_MONTHS + _WEEKDAYS)})\b"
    rf"|\b{_MONTH_ABBREVIATION_RE}(?=\s*\d)|(?<=\d )\b{_MONTH_ABBREVIATION_RE}(?!\w)"
    r"|(?<![\d,.$€£¥])\b(?:1\d{3}|20\d{2}|2100)(?:s|'s)?\b(?!,\d|\.\d|\s*%)"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b"
    r"|\bQ[1-4]\b"
    r"|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d{2}\b"
    r"|(?i:\b(?:today|tonight|yesterday|tomorrow|ago|noon|midnight"
    rf"|(?:{_UNIT_RE})s?|{'|'.join(_SEASONS)}|{'|'.join(_PARTS_OF_DAY)})\b)"
)
# Numbers with scale words, money and percentages are quantities: spaCy labels "between
# 15 and 30 million" as DATE (seed fixture).
_QUANTITY_WORD = re.compile(
    r"(?i:\b(?:thousand|million|billion|trillion|bn|mn|percent|per cent)\b)|[%$€£¥]"
)
_AGE = re.compile(r"(?i)-(?:year|month|week|day)s?-old\b|\b(?:years?|months?) old\b")

_LEADING_MODIFIER = re.compile(
    r"(?i)^(?:(?:earlier|later|early|late|mid|the (?:end|start|beginning|middle) of)"
    r"(?:\s+|-(?=\w)))"
)
# "two days later", "a year earlier": anchored to another event, not to the article date.
_ANCHORED_ELSEWHERE = re.compile(r"(?i)\b(?:later|earlier|before|after|prior)$")
_YEAR_RANGE = re.compile(r"\b\d{4}\s*[-–—/]\s*\d{2}(?:\d{2})?\b")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$")
_CLOCK = re.compile(
    r"(?i)\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b"
)

_DAY_WORD = re.compile(r"(?i)^(today|tonight|yesterday|tomorrow)$")
_RELATIVE_UNIT = re.compile(
    r"(?i)^(this|last|next|previous|current)\s+(week|weekend|month|quarter|year)$"
)
_AGO = re.compile(rf"(?i)^({_COUNT_RE})\s+(day|week|month|year|decade)s?\s+ago$")
_WEEKDAY = re.compile(rf"(?i)^(?:(last|this|next|past)\s+)?({'|'.join(_WEEKDAYS)})$")
_DECADE = re.compile(r"(?i)^(?:the\s+)?((?:1\d|20)\d)0(?:s|'s)$")
_QUARTER = re.compile(
    rf"(?i)^(?:the\s+)?({'|'.join(_ORDINALS)})\s+quarter(?:\s+of)?(?:\s+(\d{{4}}))?$"
    r"|^Q([1-4])(?:\s+(\d{4}))?$|^(\d{4})\s+Q([1-4])$"
)
# A bare "fall" or "spring" is a verb or a noun: a season needs "the", "this" or a year.
_SEASON = re.compile(
    rf"(?i)^(the\s+|this\s+)?({'|'.join(_SEASONS)})(?:\s+of)?(?:\s+(\d{{4}}))?$"
)
_PART_OF_DAY = re.compile(rf"(?i)^(.*?)\s*\b({'|'.join(_PARTS_OF_DAY)})$")
_DURATION = re.compile(
    r"(?i)^(?:the\s+|a\s+|an\s+|all\s+|each\s+|every\s+|per\s+)?"
    r"(?:(?:past|last|next|coming|previous|first|final|recent|full|whole|entire)\s+)?"
    rf"(?:(?:{_COUNT_RE})[\s-]+)?(?:full\s+)?(?:{_UNIT_RE})s?(?:[\s-]+long)?$"
)

# Two arbitrary bases (different year, month, day and weekday): a component of the date
# that comes out the same from both was stated by the text; one that differs was filled
# in by dateparser from the base. That is how "September" becomes "XXXX-09", never today.
_PROBE_BASES = (datetime.datetime(2001, 3, 15, 12), datetime.datetime(2012, 8, 24, 12))

_Rule = Callable[[re.Match[str], datetime.date | None], str | None]


@lru_cache(maxsize=64)
def _parser(base: datetime.datetime) -> DateDataParser:
    """One DateDataParser per relative base: constructing one (and its first use) is costly."""
    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": True,
            # No timestamps ("1668038400") or digit runs read as dates.
            "PARSERS": ["relative-time", "absolute-time"],
        },
    )


def looks_like_date(text: str) -> bool:
    """Whether a span has a date word and is not a quantity ("30 million", "$15", "50%")."""
    if _QUANTITY_WORD.search(text) or _AGE.search(text):
        return False
    return bool(_DATE_WORD.search(text))


def normalise_date(text: str, *, published: datetime.date | None) -> str | None:
    """TimeML value of a date expression relative to ``published`` (never today), or None."""
    phrase = _core(text)
    if not phrase or not looks_like_date(phrase) or _ANCHORED_ELSEWHERE.search(phrase):
        return None
    if isinstance(published, datetime.datetime):
        published = published.date()
    for pattern, rule in _RULES:
        match = pattern.search(phrase)
        if match:
            return rule(match, published)
    # "three years", "the past decade": TimeML DURATIONs, not dates. "2019-20": a range.
    if _DURATION.match(phrase):
        return None
    if _YEAR_RANGE.search(phrase) and not _NUMERIC_DATE.match(phrase):
        return None
    if published is None:
        return _parse_unanchored(phrase)
    return _parse_anchored(phrase, published)


def find_dates(doc: Doc, *, published: datetime.date | None, offset: int = 0) -> list[DateRef]:
    """Date expressions in ``doc`` (DATE/TIME entities that look like dates), by start_char."""
    dates = []
    for start, end in _candidate_spans(doc):
        if not looks_like_date(doc[start:end].text):
            continue
        span = doc[_preposition_start(doc, start) : end]
        dates.append(
            DateRef(
                start_char=span.start_char + offset,
                end_char=span.end_char + offset,
                text=span.text,
                value=normalise_date(span.text, published=published),
            )
        )
    return sorted(dates, key=lambda date: date.start_char)


def _candidate_spans(doc: Doc) -> list[tuple[int, int]]:
    """DATE/TIME entities as token ranges; adjacent ones ("Tuesday" "morning") merged."""
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in DATE_LABELS:
            continue
        if spans and spans[-1][1] == ent.start:
            spans[-1] = (spans[-1][0], ent.end)
        else:
            spans.append((ent.start, ent.end))
    return spans


def _preposition_start(doc: Doc, start: int) -> int:
    """Index of a preposition directly before token ``start`` ("in September"), else start."""
    for words in PREPOSITIONS:
        before = start - len(words)
        if before >= 0 and tuple(token.lower_ for token in doc[before:start]) == words:
            return before
    return start


def _core(text: str) -> str:
    """The date expression without a leading preposition or modifier, possessive, punctuation."""
    phrase = " ".join(text.split()).strip(" ,;:()[]\"'“”‘’")
    phrase = re.sub(r"(?:'s|’s)$", "", phrase)
    lower = phrase.lower()
    for words in PREPOSITIONS:
        prefix = " ".join(words) + " "
        if lower.startswith(prefix):
            phrase = phrase[len(prefix) :]
            break
    return _LEADING_MODIFIER.sub("", phrase).strip()


def _iso_week(day: datetime.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _count(word: str) -> int | None:
    """A small count as a number ("three", "a", "12", "twenty-five"); None when vague."""
    total = 0
    for part in re.split(r"[\s-]+", word.lower().replace(",", "")):
        if part.isdigit():
            total += int(part)
        elif part in _NUMBER_WORDS:
            total += _NUMBER_WORDS[part]
        else:
            return None
    return total


def _day_word(match: re.Match[str], published: datetime.date | None) -> str | None:
    if published is None:
        return None
    shift = {"yesterday": -1, "tomorrow": 1}.get(match[1].lower(), 0)
    day = published + datetime.timedelta(days=shift)
    return day.isoformat() + ("TNI" if match[1].lower() == "tonight" else "")


def _relative_unit(match: re.Match[str], published: datetime.date | None) -> str | None:
    if published is None:
        return None
    shift = {"last": -1, "previous": -1, "next": 1}.get(match[1].lower(), 0)
    unit = match[2].lower()
    if unit in ("week", "weekend"):
        value = _iso_week(published + datetime.timedelta(weeks=shift))
        return value + "-WE" if unit == "weekend" else value
    if unit == "month":
        return _add_months(published, shift).strftime("%Y-%m")
    if unit == "quarter":
        index = published.year * 4 + (published.month - 1) // 3 + shift
        return f"{index // 4}-Q{index % 4 + 1}"
    return str(published.year + shift)


def _ago(match: re.Match[str], published: datetime.date | None) -> str | None:
    count = _count(match[1])
    if published is None or count is None:
        return None
    unit = match[2].lower()
    if unit == "day":
        return (published - datetime.timedelta(days=count)).isoformat()
    if unit == "week":
        return _iso_week(published - datetime.timedelta(weeks=count))
    if unit == "month":
        return _add_months(published, -count).strftime("%Y-%m")
    if unit == "year":
        return str(published.year - count)
    return str((published.year - 10 * count) // 10)


def _weekday(match: re.Match[str], published: datetime.date | None) -> str | None:
    weekday = [name.lower() for name in _WEEKDAYS].index(match[2].lower())
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
    else:
        shift = -(-ahead % 7)
    return (published + datetime.timedelta(days=shift)).isoformat()


def _decade(match: re.Match[str], published: datetime.date | None) -> str | None:
    return match[1]


def _quarter(match: re.Match[str], published: datetime.date | None) -> str | None:
    if match[1]:
        quarter, year = _ORDINALS[match[1].lower()], match[2]
    elif match[3]:
        quarter, year = int(match[3]), match[4]
    else:
        quarter, year = int(match[6]), match[5]
    if year is None and published is not None:
        # News reports the past: a quarter not yet begun is last year's.
        current = (published.month - 1) // 3 + 1
        year = str(published.year if quarter <= current else published.year - 1)
    return f"{year or 'XXXX'}-Q{quarter}"


def _season(match: re.Match[str], published: datetime.date | None) -> str | None:
    determiner = (match[1] or "").strip().lower()
    season, year = _SEASONS[match[2].lower()], match[3]
    if year:
        return f"{year}-{season}"
    if determiner == "this":
        return f"{published.year}-{season}" if published is not None else None
    return f"XXXX-{season}" if determiner == "the" else None


def _part_of_day(match: re.Match[str], published: datetime.date | None) -> str | None:
    rest, part = match[1].strip().lower(), _PARTS_OF_DAY[match[2].lower()]
    if rest in ("this", "last"):
        if published is None:
            return None
        day = published - datetime.timedelta(days=1 if rest == "last" else 0)
        return f"{day.isoformat()}T{part}"
    day_value = normalise_date(match[1], published=published) if rest else None
    if day_value is None or not re.fullmatch(r"[\dX]{4}-(?:\d\d-\d\d|WXX-\d)", day_value):
        return None
    return f"{day_value}T{part}"


_RULES: tuple[tuple[re.Pattern[str], _Rule], ...] = (
    (_DAY_WORD, _day_word),
    (_RELATIVE_UNIT, _relative_unit),
    (_AGO, _ago),
    (_WEEKDAY, _weekday),
    (_DECADE, _decade),
    (_QUARTER, _quarter),
    (_SEASON, _season),
    (_PART_OF_DAY, _part_of_day),
)


def _parse_anchored(phrase: str, published: datetime.date) -> str | None:
    """dateparser's reading relative to the end of the publication day, at its granularity."""
    # The end of the day, so that "3 p.m." on the publication day is not in the future
    # (PREFER_DATES_FROM='past' would move it to the day before).
    base = datetime.datetime.combine(published, datetime.time(23, 59, 59))
    data = _parser(base).get_date_data(phrase)
    if data.date_obj is None:
        return None
    date_obj: datetime.datetime = data.date_obj
    if data.period == "day":
        return date_obj.date().isoformat()
    if data.period == "month":
        return date_obj.strftime("%Y-%m")
    if data.period == "year":
        return f"{date_obj.year:04d}"
    if data.period == "week":
        return _iso_week(date_obj.date())
    if data.period == "time" and _CLOCK.search(phrase):
        return date_obj.strftime("%Y-%m-%dT%H:%M")
    # "the 1990s" comes back as a "time" of the base date; "Q3" as a "quarter" of it.
    return None


def _parse_unanchored(phrase: str) -> str | None:
    """dateparser's reading keeping only the components the text states ("XXXX-09")."""
    readings = [_parser(base).get_date_data(phrase) for base in _PROBE_BASES]
    period = readings[0].period
    if period != readings[1].period:
        return None
    first, second = (reading.date_obj for reading in readings)
    if first is None or second is None:
        return None
    year = f"{first.year:04d}" if first.year == second.year else "XXXX"
    same_month = first.month == second.month
    same_day = same_month and first.day == second.day
    if period == "year":
        return year if year != "XXXX" else None
    if period == "month":
        return f"{year}-{first.month:02d}" if same_month else None
    if period == "day":
        return f"{year}-{first.month:02d}-{first.day:02d}" if same_day else None
    if period == "time" and _CLOCK.search(phrase) and first.time() == second.time():
        day = f"{year}-{first.month:02d}-{first.day:02d}" if same_day else "XXXX-XX-XX"
        return f"{day}T{first:%H:%M}"
    return None
