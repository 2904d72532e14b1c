"""Find date expressions in a Doc: DATE/TIME entities that look like dates, the
expressions NER leaves out ("now", "recently", "Sept. 30"), coordinations split into one
date per part, each valued by ``normalise_date`` with the direction and reporting period
its sentence gives (``context``). Offsets are absolute (``article.offsets``).
"""

from __future__ import annotations

import datetime
import re

from spacy.tokens import Doc, Span

from ...article.offsets import end_char, start_char
from ...resources import Resources
from ...schema import DateRef
from ...text.calendar import (
    DATE_PREPOSITIONS,
    MONTH_NAME_RE,
    SMALL_NUMBERS,
    TENS,
    TIME_UNIT_RE,
    YEAR_BACK_PHRASE,
    YEAR_BACK_WORDS,
    YEAR_RE,
)
from .anaphora import anchor_anaphora
from .anchors import anchor_year_back
from .calendar import holiday_pattern
from .context import report_period, tense_direction
from .rules import PART_OF_CENTURY_AGO_PHRASE, REFERENCE
from .timeml import ZONED_CLOCK, looks_like_date, normalise_date, reads_by_rule

DATE_LABELS = ("DATE", "TIME")


def find_dates(doc: Doc, *, published: datetime.date | None, resources: Resources) -> list[DateRef]:
    """Date expressions in ``doc`` (DATE/TIME entities that look like dates, and the
    expressions NER leaves out: "now", "recently", "Sept. 30"), by start_char, with
    absolute offsets and values relative to ``published``."""
    dates = []
    sentence_of: list[int] = []  # the start token of each date's sentence
    doc_text, has_sentences = doc.text, doc.has_annotation("SENT_START")  # both walk the whole Doc
    for start, end in _candidate_spans(doc, resources):
        if not looks_like_date(doc[start:end].text, resources=resources):
            continue
        parts = _split_coordination(doc, start, end, resources)
        values: list[str | None] = []
        for index, (part_start, part_end, separator) in enumerate(parts):
            if part_end > part_start + 1 and doc[part_end - 1].lower_ in ("'s", "’s"):
                part_end -= 1  # "last year's": TimeML leaves the possessive out
            part_start = _without_determiner(doc, part_start, part_end)
            first = _preposition_start(doc, part_start) if index == 0 else part_start
            span = doc[first:part_end]
            text = (_day_of_month(doc, parts, part_start, part_end) if index else None) or span.text
            sent = doc[span.start].sent if has_sentences else doc[:]
            period = report_period(
                doc_text[sent.start_char : span.start_char],
                doc_text[span.end_char : sent.end_char],
                resources=resources,
            )
            direction = tense_direction(span, resources=resources)
            value = normalise_date(
                text, published=published, direction=direction, period=period, resources=resources
            )
            if value is None and separator in ("ended", "ending") and index + 1 < len(parts):
                ended = doc[parts[index + 1][0] : parts[index + 1][1]].text
                value = _period_ended(span.text, ended, published, resources)
            if value is None and len(span) > 1:
                span, value = _dated_part(span, published, direction, resources) or (span, None)
            values.append(value)
            dates.append(
                DateRef(
                    start_char=start_char(span),
                    end_char=end_char(span),
                    text=span.text,
                    value=value,
                )
            )
            sentence_of.append(sent.start)
    order = sorted(range(len(dates)), key=lambda i: dates[i].start_char)
    return anchor_anaphora(
        anchor_year_back([dates[i] for i in order], [sentence_of[i] for i in order])
    )


_NUMERIC_DAY = r"\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d\d|(?:19|20)\d\d)\b"

# Expressions spaCy's NER rarely labels DATE, found beside it: TimeML's vague references
# (TempEval-3: "now" 60 of 85 occurrences annotated), quarters of financial reports and
# month-day dates NER misses in them ("the quarter ended Sept. 30"), spoken years.
_RULE_CANDIDATE = re.compile(
    r"(?i:\b(?:right now|now|currently|recently|recent (?:years|months|weeks|days|decades)"
    r"|the (?:near |distant )?future|the (?:near|short)[ -]term|these days"
    r"|(?:the |its )?(?:latest|most recent) period|year(?:'s|’s)? end))\b"
    rf"|(?i:(?<=\bin )the past\b(?!\s+(?:[\w-]+\s+)?(?:{TIME_UNIT_RE}|\d)))"
    r"|\bcurrent(?= [a-z])"
    rf"|\b(?:{MONTH_NAME_RE})\.? \d{{1,2}}\b(?:, \d{{4}}\b)?"
    r"|(?i:\b(?:the |its )?(?:(?:fiscal[ -])?(?:first|second|third|fourth)[ -](?:fiscal )?"
    r"|latest |most recent )?quarter\b)(?! of\b)"
    r"|\b(?:[01]?\d|2[0-3]):?[0-5]\d ?(?:UTC|GMT)\b"
    rf"|(?i:\b(?:the year )?nineteen (?:{'|'.join(TENS)})"
    rf"(?:[ -](?:{'|'.join(SMALL_NUMBERS[1:10])}))?\b)|(?i:\bthe year two thousand\b)"
    # "from 2009 to 2011": NER may label the first year alone.
    r"|(?:(?<=\d{4} to )|(?<=\d{4} and )|(?<=\d{4} through )|(?<=\d{4} until ))"
    r"(?:1\d|20)\d\d\b(?![,.]\d|\s*%)"
    # "7/8/07": NER labels a numeric date CARDINAL.
    rf"|{_NUMERIC_DAY}"
)


def _candidate_spans(doc: Doc, resources: Resources) -> list[tuple[int, int]]:
    """DATE/TIME entities as token ranges, adjacent ones ("Tuesday" "morning") merged,
    widened to the whole year-back expressions they cut, plus rule candidates that
    overlap no entity."""
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in DATE_LABELS:
            continue
        if spans and spans[-1][1] == ent.start:
            spans[-1] = (spans[-1][0], ent.end)
        else:
            spans.append((_with_deictic(doc, ent.start, ent.end), ent.end))
        if _or_so(doc, spans[-1][1]):
            spans[-1] = (spans[-1][0], spans[-1][1] + 2)  # "the next year or so"
    # "on Thanksgiving Day": NER often labels a holiday EVENT.
    event_tokens = {
        i for ent in doc.ents if ent.label_ == "EVENT" for i in range(ent.start, ent.end)
    }
    text = doc.text  # rebuilt from the tokens on every access
    # "more than a half-century ago": NER may label it CARDINAL.
    matches = list(YEAR_BACK_PHRASE.finditer(text)) + list(
        PART_OF_CENTURY_AGO_PHRASE.finditer(text)
    )
    matches += [
        match
        for match in holiday_pattern(resources).finditer(text)
        if (span := doc.char_span(match.start(), match.end(), alignment_mode="contract"))
        is not None
        and any(i in event_tokens for i in range(span.start, span.end))
    ]
    for match in matches:
        whole = doc.char_span(match.start(), match.end(), alignment_mode="contract")
        if whole is None or not len(whole):
            continue
        start, end = whole.start, whole.end
        inside = [span for span in spans if span[0] < end and start < span[1]]
        spans = [span for span in spans if span not in inside]
        # "up from nine a year ago": NER takes the count in, TimeML leaves it out.
        if not (start > 0 and doc[start - 1].like_num):
            start = min([start] + [a for a, _ in inside])
        spans.append((start, max([end] + [b for _, b in inside])))
    spans.sort()
    taken = {i for start, end in spans for i in range(start, end)}
    entity_tokens = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    for match in _RULE_CANDIDATE.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
        if span is None or not len(span):
            continue
        if any(i in taken for i in range(span.start, span.end)):
            # "14:58 UTC" where NER labels "14:58" TIME and "UTC" ORG: the zone is part of it.
            inside = [one for one in spans if one[0] < span.end and span.start < one[1]]
            if not ZONED_CLOCK.match(span.text) or any(
                a < span.start or b > span.end for a, b in inside
            ):
                continue
            spans = [one for one in spans if one not in inside]
        # "Sept. 30" inside a MONEY or CARDINAL entity is not a missed date.
        in_entity = any(i in entity_tokens for i in range(span.start, span.end))
        if in_entity and not (
            REFERENCE.match(span.text)
            or ZONED_CLOCK.match(span.text)
            or re.fullmatch(_NUMERIC_DAY, span.text)
        ):
            continue
        spans.append((span.start, span.end))
        taken.update(range(span.start, span.end))
    return sorted((_with_modifier(doc, start, end), end) for start, end in spans)


def _or_so(doc: Doc, i: int) -> bool:
    """Whether tokens ``i`` and ``i + 1`` are "or so": an approximation that belongs to
    the date ("a week or so ago", "the next year or so"; TempEval-3 takes it in), not a
    second date."""
    return i + 1 < len(doc) and doc[i].lower_ == "or" and doc[i + 1].lower_ == "so"


def _with_deictic(doc: Doc, start: int, end: int) -> int:
    """The start of an entity that is a bare unit ("year", "quarter") back over the "this",
    "last" or "next" NER leaves out before a possessive ("This year's results": NER labels
    "year" alone, which reads as a length, not as the year of the article)."""
    bare_unit = end - start == 1 and start > 0 and doc[start].lower_ in _DEICTIC_UNITS
    if bare_unit and doc[start - 1].lower_ in ("this", "last", "next"):
        return start - 1
    return start


_DEICTIC_UNITS = frozenset({"week", "month", "quarter", "year"})


def _with_modifier(doc: Doc, start: int, end: int) -> int:
    """The start of a span back over the bound phrase before a time back from now ("more
    than a half-century ago", "over a decade ago"): TimeML takes the modifier into the
    expression (TempEval-3: "more than four decades ago", mod MORE_THAN) and NER, or a
    rule reading "a half-century ago", may leave it out. A comparison is no modifier:
    "higher than a year ago" (TempEval-3 gold: "a year ago")."""
    first = doc[start]
    if doc[end - 1].lower_ != "ago" or not (first.lower_ in ("a", "an", "half") or first.like_num):
        return start
    for words in _AGO_MODIFIERS:
        n = len(words)
        if start - n >= 0 and tuple(t.lower_ for t in doc[start - n : start]) == words:
            return start - n
    return start


# Bound words before a time back from now; longest first ("well over" before "over").
_AGO_MODIFIER_PHRASES = (
    "about around roughly approximately some almost nearly over under",
    "more_than less_than fewer_than well_over just_over just_under at_least close_to",
    "no_more_than upwards_of in_excess_of",
)
_AGO_MODIFIERS = tuple(
    sorted(
        (tuple(phrase.split("_")) for line in _AGO_MODIFIER_PHRASES for phrase in line.split()),
        key=len,
        reverse=True,
    )
)


_SEPARATORS = (
    "and",
    "or",
    "to",
    "through",
    "thru",
    "until",
    "till",
    "ended",
    "ending",
    "-",
    "–",
    "—",
)


def _split_coordination(
    doc: Doc, start: int, end: int, resources: Resources
) -> list[tuple[int, int, str | None]]:
    """ "between 1994 and 1997", "Sept. 14 to Thursday", "the quarter ended Sept. 30":
    one part per date (TimeML annotates each), with the word that follows each part.
    Kept whole unless every part looks like a date on its own, and at the hyphen of
    "year-ago"."""
    cuts = [
        i
        for i in range(start + 1, end - 1)
        if (
            doc[i].lower_ in _SEPARATORS
            and doc[i + 1].lower_ not in YEAR_BACK_WORDS
            and not _or_so(doc, i)
            and not _part_of_period(doc, i)
        )
        or (doc[i].text == "," and _year_list(doc, start, end))
    ]
    if not cuts:
        return [(start, end, None)]
    parts, begin = [], start
    for cut in cuts:
        parts.append((begin, cut, doc[cut].lower_))
        begin = cut + 1
    parts.append((begin, end, None))
    if doc[start].lower_ == "between":
        parts[0] = (start + 1, parts[0][1], parts[0][2])
    if not all(
        b > a
        and (looks_like_date(doc[a:b].text, resources=resources) or _day_of_month(doc, parts, a, b))
        for a, b, _ in parts
    ):
        return [(start, end, None)]
    return parts


# "a quarter-century", "a half-decade": one period, not "a quarter" (of a fiscal year)
# and "century".
_PERIOD_PARTS = frozenset({"half", "quarter"})
_LONG_PERIODS = frozenset({"century", "decade"})


def _part_of_period(doc: Doc, i: int) -> bool:
    """The hyphen at ``i`` joins a part and a period ("quarter-century")."""
    return (
        doc[i].text == "-"
        and i > 0
        and doc[i - 1].lower_ in _PERIOD_PARTS
        and doc[i + 1].lower_ in _LONG_PERIODS
    )


def _day_of_month(
    doc: Doc, parts: list[tuple[int, int, str | None]], start: int, end: int
) -> str | None:
    """ "April 24 and 25": a bare day after a month and day is a day of that month;
    returns it with the month ("April 25"), else None."""
    before = [part for part in parts if part[1] <= start]
    if end - start != 1 or not before or not re.fullmatch(r"\d{1,2}", doc[start].text):
        return None
    previous = doc[before[-1][0] : before[-1][1]].text
    month = re.search(rf"\b({MONTH_NAME_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?$", previous)
    return f"{month[1]} {doc[start].text}" if month else None


def _year_list(doc: Doc, start: int, end: int) -> bool:
    """ "1994, 1995 and 1997": commas separate dates only in a list of bare years."""
    words = [t.text for t in doc[start:end] if t.text not in (",",) and t.lower_ not in _SEPARATORS]
    return all(re.fullmatch(YEAR_RE, word) for word in words if word.lower() != "between")


_ANCHORING_WORDS = frozenset(
    {"before", "after", "earlier", "later", "previous", "following", "prior", "year-earlier"}
)


def _dated_part(
    span: Span, published: datetime.date | None, direction: str, resources: Resources
) -> tuple[Span, str] | None:
    """ "June 17, two days (before the launch)", "the night of Oct. 23", "the day Friday":
    NER takes a date in with words that give the whole no value. The longest part at
    either end that a date rule reads alone, with its value; None when there is none."""
    doc = span.doc
    # "the year before", "the previous Friday": the words left out anchor the date elsewhere.
    if any(token.lower_ in _ANCHORING_WORDS for token in span):
        return None
    for size in range(len(span) - 1, 0, -1):
        for part in (doc[span.start : span.start + size], doc[span.end - size : span.end]):
            # "the winter of (nineteen ninety-four)": no part ends in a preposition.
            if part[0].is_punct or part[-1].is_punct or part[-1].pos_ == "ADP":
                continue
            if not reads_by_rule(part.text, resources=resources):
                continue
            value = normalise_date(
                part.text, published=published, direction=direction, resources=resources
            )
            # "the past" of "the past nine days" is no vague reference of its own.
            if value is not None and not value.endswith("_REF"):
                return part, value
    return None


def _period_ended(
    period: str, ended: str, published: datetime.date | None, resources: Resources
) -> str | None:
    """ "the quarter ended Sept. 30": the quarter that ends on that date."""
    if not re.search(r"(?i)\bquarter\b", period):
        return None
    value = normalise_date(ended, published=published, resources=resources)
    if value is None or not re.match(r"\d{4}-\d\d", value):
        return None
    return f"{value[:4]}-Q{(int(value[5:7]) - 1) // 3 + 1}"


def _without_determiner(doc: Doc, start: int, end: int) -> int:
    """The start of a span past a possessive pronoun ("its fourth quarter") or an article
    before a month and day ("the Dec. 21, 1988 agreement"): TimeML leaves both out of the
    expression (TempEval-3: "its" left out 10 times of 11; "the" before a month and day 18
    of 19), and the value does not depend on them."""
    if end - start < 2:
        return start
    first = doc[start].lower_
    if first in _POSSESSIVE_PRONOUNS:
        return start + 1
    if first in ("the", "a", "an") and _MONTH_DAY.match(doc[start + 1 : end].text):
        return start + 1
    return start


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
_MONTH_DAY = re.compile(rf"(?:{MONTH_NAME_RE})\.? \d{{1,2}}\b")


def _preposition_start(doc: Doc, start: int) -> int:
    """Index of a preposition directly before token ``start`` ("in September"), else start."""
    for words in DATE_PREPOSITIONS:
        before = start - len(words)
        if before >= 0 and tuple(token.lower_ for token in doc[before:start]) == words:
            return before
    return start
