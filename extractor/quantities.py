"""Quantities: numbers asserted about the world, with value, range, bound and unit.

quantulum3 (through its adapter) and spaCy's NER are used together, each covering the
other's misses, with small readers for what both miss (counting "one", "thousands of",
"sub-7", "sixfold"). Knowledge is data under ``models/lexicons``: bound words
(``bound_words.v1.tsv``), unit words and abbreviations (``units.v1.tsv``) and the words
of change that make "rose 2% to 5%" two numbers (``trend_words.v1.txt``). Dates, times,
years, ordinals, labels ("page 4") and model numbers ("Boeing 737") are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .quantulum_adapter import find_money, parse_text, parse_value, shared_scale
from .resources import Resources, load_resources

NUMBER_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundred|thousand|million|billion|trillion|dozen|dozens|hundreds|thousands|millions|billions|"
    "half|third|thirds|quarter|quarters"
)
# The cheap gate: a sentence without a digit or number word has no quantity (PERF-NOTES).
HAS_NUMBER = re.compile(rf"\d|\b(?:{NUMBER_WORDS})\b", re.IGNORECASE)
_NUMBERISH = re.compile(rf"^(?:[$£€¥₹]?\d[\d,.]*\w*%?|(?:{NUMBER_WORDS})(?:-\w+)?)$", re.IGNORECASE)
MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "jan.",
        "feb",
        "feb.",
        "mar",
        "mar.",
        "apr",
        "apr.",
        "jun",
        "jun.",
        "jul",
        "jul.",
        "aug",
        "aug.",
        "sep",
        "sep.",
        "sept",
        "sept.",
        "oct",
        "oct.",
        "nov",
        "nov.",
        "dec",
        "dec.",
    ]
)
_DATE_WORDS = re.compile(
    r"\b(day|days|week|weeks|month|months|year|years|decade|century|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|today|yesterday|tomorrow|ago|"
    + "|".join(m.rstrip(".") for m in MONTHS)
    + r")\b|\b(1[5-9]|20)\d\d\b|\d0s\b",
    re.IGNORECASE,
)
# "10:30" is a time; "13.60" is a decimal ("$13.60", "2.13%": NewsQuant prices and rates)
# and only a time with a clock word after it ("10.45pm", "10.45 GMT").
_TIME = re.compile(r"^\d{1,2}:\d\d$|^\d{1,2}(?:[:.]\d\d)?(am|pm|a\.m\.|p\.m\.)$", re.IGNORECASE)
_AGO_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
)
_TIME_AFTER = frozenset(
    {
        "am",
        "pm",
        "a.m.",
        "p.m.",
        "a.m",
        "p.m",
        "gmt",
        "utc",
        "bst",
        "et",
        "est",
        "edt",
        "pst",
        "o'clock",
        "hrs",
        "hours",
    }
)
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
# 1600-2199: "an average of 1500" is an amount, "by 2120" a year (NewsQuant).
_YEAR = re.compile(r"^(1[6-9]|2[01])\d\d$")
_DECADE = re.compile(r"^'?\d*0s$")
_PHONE = re.compile(r"^\+?\d{3}[-. ]\d{3}[-. ]?\d{0,4}$")
_MIXED_ALNUM = re.compile(r"^(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")
_AGE_UNITS = frozenset({"year", "month", "week", "day"})
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
_PERIOD_FRACTIONS = frozenset({"quarter", "half"})
_PERIOD_DETERMINERS = frozenset(
    {
        "the",
        "this",
        "that",
        "last",
        "next",
        "first",
        "second",
        "third",
        "fourth",
        "same",
        "previous",
        "each",
    }
)
_CURRENCY_SIGNS = frozenset("$£€¥₹")
_SCALE_TOKENS = frozenset(
    {"million", "billion", "trillion", "thousand", "bn", "m", "mn", "tn", "k"}
)


@dataclass(frozen=True)
class QuantityRef:
    """A quantity found in one Doc: offsets relative to ``doc.text``; ``root`` is the number token."""

    start_char: int
    end_char: int
    value: float | None
    low: float | None
    high: float | None
    bound: str
    unit: str | None
    start: int
    end: int
    root: int


def find_quantities(doc: Doc, *, resources: Resources) -> list[QuantityRef]:
    """Every quantity in ``doc`` that can be a claim, ordered by offset."""
    found: list[QuantityRef] = []
    for sent in doc.sents:
        if not HAS_NUMBER.search(sent.text):
            continue
        candidates = _merge(
            doc,
            _money_candidates(sent)
            + _quantulum_candidates(sent)
            + _ner_candidates(sent)
            + _fraction_candidates(sent)
            + _one_candidates(sent)
            + _vague_plural_candidates(sent)
            + _prefixed_candidates(sent),
        )
        candidates = _share_units_across_coordination(
            doc, [_with_lexicon_unit(doc, ref) for ref in candidates]
        )
        candidates = [
            part
            for ref in _join_ranges(doc, candidates)
            for part in _split_change_and_level(doc, ref)
        ]
        candidates = _join_ratios(doc, candidates)
        kept = [ref for ref in candidates if _is_quantity(doc, ref, resources)]
        refs = _drop_nested([_with_bound(doc, ref, resources) for ref in kept])
        refs = _share_bounds_across_conversions(doc, _share_bounds_across_coordination(doc, refs))
        found.extend(_without_final_period(doc, ref) for ref in _as_fractions(doc, refs))
    return found


_FRACTION_WORDS = {
    "half": 2,
    "third": 3,
    "quarter": 4,
    "fifth": 5,
    "sixth": 6,
    "eighth": 8,
    "tenth": 10,
}
# "a third of voters": quantulum3 reads no number in it; "a ninth circle" is no fraction,
# so the article-plus-fraction form counts only before "of".
_ARTICLE_FRACTION = re.compile(
    rf"\b(?:a|one)[- ]({'|'.join(_FRACTION_WORDS)})(?= of\b)", re.IGNORECASE
)
_FRACTION_TOKEN = re.compile(rf"^(?:\w+-)?(?:{'|'.join(_FRACTION_WORDS)})s?$", re.IGNORECASE)


def _fraction_candidates(sent: Span) -> list[QuantityRef]:
    refs = []
    for match in _ARTICLE_FRACTION.finditer(sent.text):
        span = sent.doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if span is not None:
            refs.append(
                _ref(span, 1 / _FRACTION_WORDS[match.group(1).lower()], None, None, "exact", None)
            )
    return refs


_VAGUE_PLURALS = {"dozens": 12, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
# "thousands of jobs" is an order of magnitude, from 1,000 up to 10,000 (NewsQuant gives
# such plurals as that range); "tens of"/"hundreds of" scale it again.
_VAGUE_PLURAL = re.compile(
    rf"\b(?:(?P<times>tens|hundreds) of )?(?P<plural>{'|'.join(_VAGUE_PLURALS)})\b", re.IGNORECASE
)
_VAGUE_TIMES = {"tens": 10, "hundreds": 100}


def _vague_plural_candidates(sent: Span) -> list[QuantityRef]:
    """ "dozens of", "thousands of", "tens of thousands of": a range of one order of magnitude."""
    refs = []
    for match in _VAGUE_PLURAL.finditer(sent.text):
        times = match.group("times")
        if times and times.lower() == match.group("plural").lower():
            continue  # "hundreds of hundreds" is no number anyone states
        low = _VAGUE_PLURALS[match.group("plural").lower()] * _VAGUE_TIMES.get(
            (times or "").lower(), 1
        )
        span = sent.doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if span is None or (span.start > 0 and sent.doc[span.start - 1].like_num):
            continue
        span, unit = _of_unit(span)
        refs.append(_ref(span, None, low, low * 10, "range", unit))
    return refs


def _of_unit(span: Span) -> tuple[Span, str | None]:
    """ "thousands of dollars", "hundreds of miles": the noun after "of" is the unit when
    it is one (read as "2 <noun>"); a counted noun ("thousands of people") is not."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of" or not doc[span.end + 1].is_alpha:
        return span, None
    hits = parse_text(f"2 {doc[span.end + 1].text}")
    if len(hits) != 1 or not hits[0].unit or hits[0].end_char != len(f"2 {doc[span.end + 1].text}"):
        return span, None
    return doc[span.start : span.end + 2], hits[0].unit


# Numbers glued to a word neither reader splits: "sub-7 nanometre" (under 7), "minus-130
# degrees" (negative), "sixfold" / "10-fold" (a multiple): NewsQuant.
_PREFIXED = re.compile(r"\b(?P<prefix>sub|minus)-(?P<number>\d[\d,]*(?:\.\d+)?)", re.IGNORECASE)
_FOLD = re.compile(r"\b(?P<number>[a-z]+|\d+(?:\.\d+)?)-?fold\b", re.IGNORECASE)


def _prefixed_candidates(sent: Span) -> list[QuantityRef]:
    """ "sub-500 sq m" (upper bound), "minus-1.4 degrees" (negative), "sixfold" (6)."""
    doc, text, refs = sent.doc, sent.text, []
    for match in _PREFIXED.finditer(text):
        hits = parse_text(text[match.start("number") : match.end("number") + 40])
        if not hits or hits[0].start_char != 0 or hits[0].value is None:
            continue
        hit = hits[0]
        end_char = sent.start_char + match.start("number") + hit.end_char
        span = doc.char_span(sent.start_char + match.start(), end_char, alignment_mode="expand")
        if span is None:
            continue
        if match.group("prefix").lower() == "sub":
            refs.append(_ref(span, hit.value, None, None, "upper", hit.unit))
        else:
            refs.append(_ref(span, -hit.value, None, None, "exact", hit.unit))
    for match in _FOLD.finditer(text):
        value = parse_value(match.group("number"))
        span = doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if value is not None and span is not None:
            refs.append(_ref(span, value, None, None, "exact", None))
    return refs


def _is_bare_ordinal(doc: Doc, token: Token) -> bool:
    """ "third" is a fraction after an article or a number ("a third", "two thirds") or
    before "of"; alone it is an ordinal. "half" is never an ordinal."""
    word = token.lower_.rstrip("s")
    if word not in _FRACTION_WORDS or word == "half" or "-" in token.text:
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    counted = before is not None and (before.lower_ in ("a", "an", "one") or before.like_num)
    return not counted and after != "of"


def _as_fractions(doc: Doc, refs: list[QuantityRef]) -> list[QuantityRef]:
    """CLAIM-SPEC: "half" is 0.5 with unit "fraction" (also "two-thirds", "a quarter")."""
    return [
        replace(ref, unit="fraction")
        if ref.unit is None
        and ref.value is not None
        and 0 < ref.value < 1
        and any(_FRACTION_TOKEN.match(token.text) for token in doc[ref.start : ref.end])
        else ref
        for ref in refs
    ]


def _quantulum_candidates(sent: Span) -> list[QuantityRef]:
    refs = []
    for hit in parse_text(sent.text):
        span = sent.doc.char_span(
            sent.start_char + hit.start_char,
            sent.start_char + hit.end_char,
            alignment_mode="expand",
        )
        if span is None or not any(_is_number_token(token) for token in span):
            continue
        while len(span) > 1 and span[-1].text in ("/", "(", "-", "–"):
            span = span[:-1]  # "224 kW / 300 PS": quantulum3 keeps the slash
        bound = "range" if hit.low is not None else "exact"
        refs.append(_ref(span, hit.value, hit.low, hit.high, bound, hit.unit))
    return refs


def _money_candidates(sent: Span) -> list[QuantityRef]:
    """Amounts with a currency prefix quantulum3 misreads ("USD1,700", "HK $3.7 billion",
    "$US160 million") and money ranges ("from $800,000 to $1.3 million"): NewsQuant."""
    refs = []
    for hit in find_money(sent.text):
        span = sent.doc.char_span(
            sent.start_char + hit.start_char,
            sent.start_char + hit.end_char,
            alignment_mode="expand",
        )
        if span is not None:
            bound = "range" if hit.low is not None else "exact"
            refs.append(_ref(span, hit.value, hit.low, hit.high, bound, hit.unit))
    return refs


def _ner_candidates(sent: Span) -> list[QuantityRef]:
    """Numbers spaCy's NER finds; DATE spans with a scale word and no date word count too
    ("between 15 and 30 million" is labelled DATE: seed fixture)."""
    refs = []
    for ent in sent.ents:
        is_number = ent.label_ in NUMBER_LABELS or (
            ent.label_ == "DATE"
            and any(t.lower_ in _SCALE_TOKENS for t in ent)
            and not _DATE_WORDS.search(ent.text)
        )
        if not is_number:
            continue
        range_ = _range_in(ent)
        if range_ is not None:
            refs.append(_ref(ent, None, *range_, "range", None))
            continue
        while len(ent) > 1 and (
            ent[-1].text in _CURRENCY_SIGNS or ent[-1].lower_ in ("or", "and", "to")
        ):
            ent = ent[:-1]  # "about 8 or $" (then "9"): the sign belongs to the next amount
        hits = parse_text(_strip_bound_text(ent.text))
        if len(hits) == 1 and hits[0].value is not None:
            refs.append(_ref(ent, hits[0].value, None, None, "exact", hits[0].unit))
    return refs


def _range_in(span: Span) -> tuple[float, float] | None:
    """Low and high of "between X and Y" / "X to Y" / "X-Y" inside one span, or None. A
    range written high end first is a range only after "from" ("from 6.1 to 5.9 percent":
    NewsQuant); "9-2" is a score and "57 percent to 31 percent" a comparison."""
    match = re.match(
        r"^(?:between|from)\s+(.+?)\s+(and|to)\s+(.+)$|^(.+?)\s*(to|-|–)\s*(.+)$", span.text, re.I
    )
    if not match or _PREFIXED.search(span.text):  # "minus-130" is one number
        return None
    groups = match.groups()
    low_text, separator, high_text = groups[:3] if groups[0] else groups[3:]
    low, high = parse_value(low_text), parse_value(high_text)
    if low is None or high is None:
        return None
    low = shared_scale(low, low_text, high, high_text)
    moving = span.text.lower().startswith("from") or (
        span.start > 0 and span.doc[span.start - 1].lower_ == "from"
    )
    if low == high or (low > high and not (moving and separator.lower() == "to")):
        return None  # "led 57 percent to 31 percent" compares two numbers
    return min(low, high), max(low, high)


def _strip_bound_text(text: str) -> str:
    words = text.split()
    while len(words) > 1 and not HAS_NUMBER.search(words[0]):
        words = words[1:]
    return " ".join(words)


# "4 in 10 voters", "one in five adults", "177 out of every 100,000 people": one share.
_RATIO_LINKS = (("in",), ("in", "every"), ("out", "of"), ("out", "of", "every"))
_RATIO_BASES = frozenset(
    {2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 20, 25, 50} | {10**k for k in range(2, 7)}
)
_SMALL_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}


def _join_ratios(doc: Doc, refs: list[QuantityRef]) -> list[QuantityRef]:
    """ "A in B" and "A out of (every) B" as one quantity, the share A/B (unit "fraction",
    as "half" is): the B alone is no claim, and A alone loses what it is a share of."""
    by_end = {ref.end: ref for ref in refs}
    joined: list[QuantityRef] = []
    for ref in refs:
        ratio = _ratio(doc, ref, by_end)
        if ratio is None:
            joined.append(ref)
            continue
        numerator, value, start = ratio
        if numerator is not None:
            joined = [other for other in joined if other is not numerator]
        span = doc[start : ref.end]
        bound, root = (
            (numerator.bound, numerator.root) if numerator is not None else ("exact", start)
        )
        joined.append(
            QuantityRef(
                span.start_char,
                span.end_char,
                value,
                None,
                None,
                bound,
                "fraction",
                span.start,
                span.end,
                root,
            )
        )
    return joined


def _ratio(
    doc: Doc, base: QuantityRef, by_end: dict[int, QuantityRef]
) -> tuple[QuantityRef | None, float, int] | None:
    """When ``base`` is the B of a ratio: the numerator's ref (None for a word no candidate
    holds, "one" in "one in five"), A/B, and the token where the ratio starts."""
    if (
        base.unit is not None
        or base.value is None
        or base.end - base.start != 1
        or base.value not in _RATIO_BASES
    ):
        return None
    for link in _RATIO_LINKS:
        at = base.start - len(link)
        if at < 1 or tuple(t.lower_ for t in doc[at : base.start]) != link:
            continue
        numerator = by_end.get(at)
        if (
            numerator is not None
            and numerator.unit is None
            and numerator.value is not None
            and numerator.low is None
        ):
            top, start = numerator.value, numerator.start
        else:
            numerator, top, start = None, _SMALL_NUMBER_WORDS.get(doc[at - 1].lower_), at - 1
        if top is not None and 0 < top < base.value:
            return numerator, top / base.value, start
    return None


def _ref(span: Span, value, low, high, bound: str, unit: str | None) -> QuantityRef:
    numbers = [token for token in span if _is_number_token(token)]
    root = next((t for t in numbers if t.head not in numbers), numbers[0] if numbers else span.root)
    return QuantityRef(
        span.start_char, span.end_char, value, low, high, bound, unit, span.start, span.end, root.i
    )


def _is_number_token(token: Token) -> bool:
    return token.like_num or bool(_NUMBERISH.match(token.text))


def _merge(doc: Doc, candidates: list[QuantityRef]) -> list[QuantityRef]:
    """One ref per stretch of text: overlapping candidates become their union ("more than
    1,000" from NER and "1,000 km" from quantulum3), reading a range before a single
    number and a number with a unit before one without."""
    ordered = sorted(candidates, key=lambda r: (r.start, r.bound != "range", r.unit is None))
    merged: list[QuantityRef] = []
    for ref in ordered:
        if merged and ref.start < merged[-1].end:
            kept = merged[-1]
            kept_range, ref_range = kept.bound == "range", ref.bound == "range"
            best = (
                ref
                if ref_range > kept_range
                or (ref_range == kept_range and kept.unit is None and ref.unit)
                else kept
            )
            same_kind = ref_range == kept_range and bool(kept.unit) == bool(ref.unit)
            if best is kept and same_kind and ref.end > kept.end and ref.value != kept.value:
                best = ref  # "about 8" (NER), "8 B" (quantulum3): the longer reading has the scale
            # A range read by NER ("between $12 and $15") keeps the unit quantulum3 read.
            unit = best.unit or kept.unit or ref.unit
            merged[-1] = replace(
                _extend(doc, best, min(kept.start, ref.start), max(kept.end, ref.end), best.bound),
                unit=unit,
            )
            continue
        merged.append(ref)
    return merged


def _join_ranges(doc: Doc, refs: list[QuantityRef]) -> list[QuantityRef]:
    """Two numbers read apart that state one range: "five per cent to 20 per cent", "from
    240 pounds to 215" (NewsQuant gives each as one range); "rose by 5% to 10%" is a
    change and a level."""
    joined: list[QuantityRef] = []
    for ref in refs:
        first = joined[-1] if joined else None
        if first is not None and _states_one_range(doc, first, ref):
            unit = first.unit or ref.unit
            low = shared_scale(
                first.value,
                doc[first.start : first.end].text,
                ref.value,
                doc[ref.start : ref.end].text,
            )
            joined[-1] = replace(
                _extend(doc, first, first.start, ref.end, "range"),
                value=None,
                low=min(low, ref.value),
                high=max(low, ref.value),
                unit=unit,
            )
            continue
        joined.append(ref)
    return joined


def _states_one_range(doc: Doc, first: QuantityRef, second: QuantityRef) -> bool:
    if (
        first.value is None
        or second.value is None
        or first.bound != "exact"
        or second.bound != "exact"
    ):
        return False
    if not (first.unit or _is_number_token(doc[first.end - 1])):
        return False  # "sixfold to $3.7 billion": a multiple, then a level
    between = [t.lower_ for t in doc[first.end : second.start]]
    before = doc[first.start - 1].lower_ if first.start > 0 else ""
    if first.unit and second.unit and first.unit != second.unit:
        return False
    if not (first.unit or second.unit) and all(
        _YEAR.match(doc[r.root].text) for r in (first, second)
    ):
        return False  # "from 2019 to 2020" is a period
    if between == ["up", "to"] and before == "from":
        return True  # "from 300 sq ft up to 700 sq ft"
    if between == ["to"]:
        if before == "by":
            return False
        if (
            first.value > second.value
            and before != "from"
            and (first.unit or second.unit) in (None, "percent")
        ):
            return False  # "led 57 percent to 31 percent", "won 3 to 1": a comparison, not a range
        # "from 240 pounds to 215": a unit on the low end only when "from" opens the range.
        return second.unit is not None or first.unit is None or before == "from"
    return False  # "eight or nine euros" stays two numbers (NewsQuant; CLAIM-SPEC ranges)


def _split_change_and_level(doc: Doc, ref: QuantityRef) -> list[QuantityRef]:
    """ "rose 0.2% to 2.5%": a change and the level it reached, two numbers (NewsQuant);
    "from 0.2% to 2.5%" and "a 5% to 20% rebound" stay ranges."""
    if ref.bound != "range" or ref.start == 0:
        return [ref]
    before = doc[ref.start - 1]
    trend_words = load_resources().trend_words
    if before.lemma_.lower() not in trend_words and before.lower_ not in trend_words:
        return [ref]
    to = next((t for t in doc[ref.start : ref.end] if t.lower_ == "to"), None)
    if to is None or to.i == ref.start:
        return [ref]
    parts = []
    for start, end in ((to.i + 1, ref.end), (ref.start, to.i)):
        span = doc[start:end]
        hits = parse_text(span.text)
        if len(hits) != 1 or hits[0].value is None:
            return [ref]
        # "rose 0.2 to 2.5%": a unit written once, at the end, is the change's unit too.
        unit = hits[0].unit or (parts[0].unit if parts else None)
        parts.append(_ref(span, hits[0].value, None, None, "exact", unit))
    return parts[::-1]


def _share_units_across_coordination(doc: Doc, refs: list[QuantityRef]) -> list[QuantityRef]:
    """ "eight or nine euros", "5 and 10 percent": the unit written once belongs to both."""
    shared = list(refs)
    for i in range(len(shared) - 2, -1, -1):
        first, second = shared[i], shared[i + 1]
        between = [t.lower_ for t in doc[first.end : second.start]]
        # Only a unit written after the number goes back: "5 and Y=28,030" shares nothing.
        number = doc[second.start]
        unit_after = number.text[:1].isdigit() or (number.is_alpha and _is_number_token(number))
        coordinated = between in (["or"], ["and"]) and first.value is not None
        if coordinated and first.unit is None and second.unit and unit_after:
            shared[i] = replace(first, unit=second.unit)
    return shared


def _drop_nested(refs: list[QuantityRef]) -> list[QuantityRef]:
    """A ref inside another after units and bounds were added ("million" in "1200 parts
    per million") is part of that quantity, not one of its own."""

    def inside(ref: QuantityRef, other: QuantityRef) -> bool:
        return (
            other.start <= ref.start
            and ref.end <= other.end
            and (other.start, other.end) != (ref.start, ref.end)
        )

    return [ref for ref in refs if not any(inside(ref, other) for other in refs)]


def _is_quantity(doc: Doc, ref: QuantityRef, resources: Resources) -> bool:
    """False for dates, times, years, ordinals, labels, phone and model numbers."""
    span = doc[ref.start : ref.end]
    root = doc[ref.root]
    text = root.text
    if ref.value is None and ref.low is None:
        return False
    if _is_bare_ordinal(doc, root):
        return False  # "finished third", "the fourth quarter"
    if (
        _ORDINAL.match(text)
        or (root.ent_type_ == "ORDINAL" and not (ref.value is not None and 0 < ref.value < 1))
        or _DECADE.match(text)
        or _PHONE.match(span.text)
    ):
        return False
    if text.startswith("-") and _previous_word_is_name(doc, ref):
        return False  # "COVID -19": a name's number, not a negative count
    if _is_model_number(text, ref):
        return False  # "G7", "COVID-19", "5G"
    after = doc[ref.end].lower_.replace("’", "'") if ref.end < len(doc) else ""
    if _TIME.match(text) or after in _TIME_AFTER:
        return False
    if after == "ago" and (ref.unit or "").split(" ")[0] in _AGO_UNITS:
        return False  # "two weeks ago": a date placed from the publication date, not a count
    neighbours = [doc[i].lower_ for i in (ref.start - 1, ref.end) if 0 <= i < len(doc)]
    if ref.unit is None and any(word in MONTHS for word in neighbours):
        return False  # "February 24", "24 February"
    in_date = any(t.ent_type_ in ("DATE", "TIME") for t in span)
    if ref.unit is None and in_date and _DATE_WORDS.search(_date_part(doc, root)):
        return False
    if ref.unit is None and ref.bound != "range" and _YEAR.match(text) and not _counts_a_noun(root):
        return False  # "in 2019"
    previous = doc[ref.start - 1] if ref.start > 0 else None
    if previous is not None and ref.unit is None and "," not in text:
        if previous.lower_ in resources.label_nouns:
            return False  # "page 4", "No. 1"
        if (
            previous.pos_ in ("PROPN", "NOUN")
            and any(c.isupper() for c in previous.text)
            and previous.ent_type_ not in ("GPE", "NORP", "MONEY")
            and not _counts_a_noun(root)
            and not any(t.lower_ in _SCALE_TOKENS for t in span)
        ):
            return False  # "Boeing 737", "Windows 10", "iPhone 11", "Planet 9" (NewsQuant)
    if (
        text.lower() == "one"
        and ref.unit is None
        and ref.end - ref.start == 1
        and _is_pronoun_one(doc, root)
    ):
        return False
    if (
        text.lower() in _PERIOD_FRACTIONS
        and previous is not None
        and previous.lower_ in _PERIOD_DETERMINERS
    ):
        return False  # "in the quarter", "the fourth quarter", "this half": periods (NewsQuant)
    if re.match(r"^\d{1,2},? (1[5-9]|20)\d\d\b", span.text):
        return False  # "August 26 2019": day and year read as one number
    if ref.unit is None and _is_slash_name(text):
        return False  # "9/11", "on 7/4", "24/7": a date or an idiom, not a fraction
    return True


# Denominators of fractions written with a slash in news ("3/4 of voters", "1/2 mile").
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100})
_SLASH_NUMBER = re.compile(r"^(\d{1,3})/(\d{1,3})$")


def _is_slash_name(text: str) -> bool:
    """A bare "a/b" that is no fraction: improper ("24/7", "7/4") or over an unusual
    denominator ("9/11"): dates, idioms and scores, which the spec never counts."""
    match = _SLASH_NUMBER.match(text)
    if match is None:
        return False
    top, bottom = int(match.group(1)), int(match.group(2))
    return top >= bottom or bottom not in _FRACTION_DENOMINATORS


def _previous_word_is_name(doc: Doc, ref: QuantityRef) -> bool:
    previous = doc[ref.start - 1] if ref.start > 0 else None
    return previous is not None and previous.text.isupper() and previous.is_alpha


def _is_model_number(text: str, ref: QuantityRef) -> bool:
    """Letters and digits in one token name a thing ("G7", "A320"), unless the letters are
    a scale ("35m"), a unit ("5kW", "180p") or a prefix ("sub-7", "minus-130")."""
    if not _MIXED_ALNUM.match(text) or _PREFIXED.match(text):
        return False
    if re.match(r"^\d[\d.,]*(bn|m|k|tn|mn)$", text, re.I) or _glued_unit(text):
        return False
    # "2018s best sector" is a year with an "s", not 2018 seconds.
    return not (ref.unit and re.fullmatch(r"\d[\d.,]*[a-z]{1,3}", text) and not text.endswith("s"))


def _glued_unit(text: str) -> bool:
    """ "5kW", "640bhp", "120Hz": a number with a lexicon unit glued on is no model name."""
    number = re.match(r"^\d[\d.,]*", text)
    return number is not None and text[number.end() :] in _unit_words()[0]


def _date_part(doc: Doc, root: Token) -> str:
    """The words of the root's DATE/TIME entity that can make it a date: only the part of
    a coordination holding the number ("one to two years and 48200": "48200"), and none
    for a rate ("20 per week" is a count per week, not a date: NewsQuant)."""
    ent = _ent_of(doc, root)
    after = [t.lower_ for t in doc[root.i + 1 : root.i + 3]]
    if after[:1] == ["per"] or (
        after[:1] in (["a"], ["an"]) and after[1:] and after[1].rstrip("s") in _TIME_NOUNS
    ):
        return ""
    words: list[str] = []
    for token in ent:
        if token.lower_ in ("and", "or", ",", ";"):
            if token.i > root.i:
                break
            words = []
            continue
        words.append(token.text)
    return " ".join(words)


def _ent_of(doc: Doc, token: Token) -> Span:
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return doc[token.i : token.i + 1]


def _counts_a_noun(token: Token) -> bool:
    return token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS")


_PRONOUN_ONE_BEFORE = frozenset(
    {"no", "any", "each", "every", "the", "this", "that", "which", "same", "someone"}
)
# "one" before these is an indefinite, not a count anyone could check: "one day", "at one
# point", "one thing is clear", "one reason is".
_INDEFINITE_ONE_AFTER = frozenset(
    {
        "another",
        "day",
        "night",
        "morning",
        "evening",
        "time",
        "way",
        "thing",
        "point",
        "moment",
        "example",
        "reason",
        "question",
        "problem",
        "issue",
        "view",
        "sign",
        "voice",
    }
)


def _one_candidates(sent: Span) -> list[QuantityRef]:
    """ "one" alone: quantulum3 reads no number in it, so counting uses are found here
    ("one person", "one of the best speakers": NewsQuant counts both); the pronoun uses
    are dropped later by ``_is_pronoun_one``."""
    refs = []
    for token in sent:
        if token.lower_ != "one":
            continue
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        read_elsewhere = after is not None and (
            after.like_num
            or after.lower_ in _SCALE_TOKENS
            or after.lower_ in ("in", "-")
            or _FRACTION_TOKEN.match(after.text)
        )
        if read_elsewhere:
            continue  # "one million", "one third", "one in five", "one-third"
        refs.append(_ref(token.doc[token.i : token.i + 1], 1.0, None, None, "exact", None))
    return refs


def _is_pronoun_one(doc: Doc, token: Token) -> bool:
    """ "no one", "the one", "one another", "one day", "on one": not a count. "one of the
    best" is one member of a set and counts (NewsQuant), but "one of four" is a share."""
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    if before in _PRONOUN_ONE_BEFORE or after in _INDEFINITE_ONE_AFTER:
        return True
    if token.ent_type_ in ("ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "PERSON"):
        return True  # "BBC One"
    if after == "of":
        following = doc[token.i + 2] if token.i + 2 < len(doc) else None
        return following is None or following.like_num
    return token.dep_ != "nummod"


def _with_bound(doc: Doc, ref: QuantityRef, resources: Resources) -> QuantityRef:
    """Extend the span over a bound phrase ("well over", "or more") and set ``bound``."""
    if ref.bound == "range":
        # "between $41 and $45 per share", "30 to 35 hours a week": a range has a rate too.
        return _with_unit_suffix(doc, _with_range_cue(doc, ref))
    ref = _with_unit_suffix(doc, ref)
    start = _bound_start(doc, ref)
    for entry in resources.bound_words:
        n = len(entry.words)
        if entry.after:
            if tuple(t.lower_ for t in doc[ref.end : ref.end + n]) == entry.words:
                return _extend(doc, ref, ref.start, ref.end + n, entry.bound)
        elif start - n >= 0 and tuple(t.lower_ for t in doc[start - n : start]) == entry.words:
            return _extend(doc, ref, min(start - n, ref.start), ref.end, entry.bound)
    if doc[start].text.startswith("~"):
        return replace(ref, bound="approx")  # "~1.2mm": the tilde is glued to the number
    return ref


@lru_cache(maxsize=1)
def _unit_words() -> tuple[dict[str, str], re.Pattern[str]]:
    """``models/lexicons/units.v1.tsv``: unit surfaces and the pattern that finds one
    right after a number (glued, spaced or hyphenated), longest surface first."""
    units = dict(load_resources().units)
    surfaces = "|".join(map(re.escape, sorted(units, key=len, reverse=True)))
    return units, re.compile(rf"[ \u00a0-]?(?P<unit>{surfaces})(?![\w/])")


# The number part of a token: "640" in "640bhp", "2.8bn" in "2.8bn", "10" in "10W".
_NUMBER_PREFIX = re.compile(r"^[~$£€¥₹]*\d[\d,]*(?:\.\d+)?(?:(?:bn|mn|tn|k|m|b)(?![A-Za-z]))?")
_CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")


def _with_lexicon_unit(doc: Doc, ref: QuantityRef) -> QuantityRef:
    """A unit from the units lexicon written right after the number: it wins over
    quantulum3's reading ("12 C" is Celsius, "4 ppb" is parts per billion: NewsQuant)."""
    money_sign_first = (
        bool(ref.unit and _CURRENCY_CODE.match(ref.unit)) and not doc[ref.root].text[:1].isdigit()
    )
    money_sign_first = money_sign_first or (
        doc[ref.root].i > 0 and doc[doc[ref.root].i - 1].text in _CURRENCY_SIGNS
    )
    if ref.unit and (" per " in ref.unit or money_sign_first):
        return ref  # a rate, or money with its currency written before the number ("$5 C")
    numbers = [t for t in doc[ref.root : ref.end] if _is_number_token(t)]
    if not numbers:
        return ref
    last = numbers[-1]
    prefix = _NUMBER_PREFIX.match(last.text)
    number_end = last.idx + (prefix.end() if prefix else len(last.text))
    units, pattern = _unit_words()
    # Only the next few tokens' text: Doc.text rebuilds the whole string on every call.
    window = doc[last.i : last.i + 12].text
    found = pattern.match(
        window, number_end - last.idx, min(number_end - last.idx + 40, len(window))
    )
    if found is None:
        return ref
    span = doc.char_span(
        ref.start_char, max(ref.end_char, last.idx + found.end()), alignment_mode="expand"
    )
    if span is None:
        return ref
    return replace(
        _extend(doc, ref, span.start, span.end, ref.bound), unit=units[found.group("unit")]
    )


def _with_unit_suffix(doc: Doc, ref: QuantityRef) -> QuantityRef:
    """ "5 percentage points" is in percentage points, not percent."""
    after = doc[ref.end].lower_ if ref.end < len(doc) else ""
    if ref.unit == "percent" and after in ("point", "points"):
        return replace(
            _extend(doc, ref, ref.start, ref.end + 1, ref.bound), unit="percentage point"
        )
    if ref.unit is None and (
        _is_appositive_age(doc, ref) or (ref.start > 0 and doc[ref.start - 1].lower_ == "aged")
    ):
        return replace(ref, unit="year of age")  # "Smith, 58,", "women aged 25 to 54"
    following = [t.lower_ for t in doc[ref.end : ref.end + 2]]
    if ref.unit in _AGE_UNITS and (following[:1] == ["old"] or following == ["-", "old"]):
        # "an 18 year-old winger", "a 65-year-old": an age, not a duration (NewsQuant).
        return replace(
            _extend(
                doc,
                ref,
                ref.start,
                ref.end + len(following[: following.index("old") + 1]),
                ref.bound,
            ),
            unit=f"{ref.unit} of age",
        )
    rate = _rate_suffix(doc, ref)
    if rate is not None:
        end, per = rate
        return replace(_extend(doc, ref, ref.start, end, ref.bound), unit=f"{ref.unit} per {per}")
    return ref


def _is_appositive_age(doc: Doc, ref: QuantityRef) -> bool:
    """ "Maddon, 66, said": a whole number between commas right after a person's name is
    the person's age (NewsQuant: "year of age")."""
    if (
        ref.value is None
        or not 0 < ref.value < 120
        or not float(ref.value).is_integer()
        or ref.end - ref.start != 1
    ):
        return False
    before = doc[ref.start - 2 : ref.start]
    after = doc[ref.end].text if ref.end < len(doc) else ""
    named = before[:1] and (
        before[0].ent_type_ == "PERSON" or (before[0].pos_ == "PROPN" and before[0].is_title)
    )
    return len(before) == 2 and before[1].text == "," and bool(named) and after in (",", ")")


def _rate_suffix(doc: Doc, ref: QuantityRef) -> tuple[int, str] | None:
    """ "$58.24 per barrel", "$3,500 a month", "90 km per hour": a rate's unit
    (NewsQuant prices and speeds); the "per" may already sit inside the span."""
    if not ref.unit or " per " in ref.unit or ref.unit.startswith("percent"):
        return None  # "per cent" is the percent sign spelled out
    for i in range(doc[ref.root].i + 1, min(ref.end + 1, len(doc) - 1)):
        word, noun = doc[i], doc[i + 1]
        is_per = word.lower_ in ("per", "/") or (
            word.lower_ in ("a", "an") and noun.lower_ in _TIME_NOUNS
        )
        after = doc[i + 2].lower_ if i + 2 < len(doc) else ""
        if after in ("earlier", "ago", "later", "before", "after"):
            continue  # "$2.1 billion a year earlier" is a date, not a rate
        if is_per and noun.pos_ in ("NOUN", "PROPN") and noun.is_alpha:
            # "per mmBTU": a unit written as an abbreviation takes its lexicon name.
            return max(ref.end, i + 2), _unit_words()[0].get(noun.text, noun.lemma_.lower())
    return None


def _bound_start(doc: Doc, ref: QuantityRef) -> int:
    """Where a bound phrase would end: before the number, or the span's own leading words
    when NER already took them ("About 40,000" is one CARDINAL entity)."""
    start = ref.start
    while start < ref.root and not _is_number_token(doc[start]) and doc[start].text not in "$£€¥₹":
        start += 1
    return start


def _extend(doc: Doc, ref: QuantityRef, start: int, end: int, bound: str) -> QuantityRef:
    span = doc[start:end]
    return replace(
        ref, start=start, end=end, start_char=span.start_char, end_char=span.end_char, bound=bound
    )


def _with_range_cue(doc: Doc, ref: QuantityRef) -> QuantityRef:
    """A range keeps its "between"/"from" inside the span."""
    if (
        ref.start > 0
        and doc[ref.start - 1].lower_ in ("between", "from")
        and doc[ref.start].lower_ not in ("between", "from")
    ):
        return _extend(doc, ref, ref.start - 1, ref.end, "range")
    return ref


def _share_bounds_across_coordination(doc: Doc, refs: list[QuantityRef]) -> list[QuantityRef]:
    """ "Around 100,000 Russian and 100,000 Ukrainian soldiers": the bound word scopes over
    both counts of a distributive coordination, qualifier and all (seed fixture); not over
    bare alternatives ("around 25k or 40k") nor amounts measured apart ("about 90 miles
    wide and 175 miles long"): NewsQuant gives those second numbers as exact."""
    shared = list(refs)
    for i in range(1, len(shared)):
        first, second = shared[i - 1], shared[i]
        between = doc[first.end : second.start]
        if (
            second.bound == "exact"
            and first.bound in ("approx", "lower", "upper")
            and 2 <= len(between) <= 4
            and first.unit is None
            and between[-1].lower_ in ("and", "or")
            and all(t.pos_ in ("ADJ", "PROPN", "NOUN") for t in between[:-1])
        ):
            shared[i] = replace(second, bound=first.bound)
    return shared


def _share_bounds_across_conversions(doc: Doc, refs: list[QuantityRef]) -> list[QuantityRef]:
    """ "just under 250 hp (186 kW / 253 PS)", "more than 100 km (60 miles)": the same
    amount in other units, in brackets or after a slash, keeps the bound (NewsQuant)."""
    shared = list(refs)
    for i in range(1, len(shared)):
        first, second = shared[i - 1], shared[i]
        between = [t.text for t in doc[first.end : second.start]]
        if (
            second.bound == "exact"
            and first.bound in ("approx", "lower", "upper")
            and between in (["("], ["/"], ["("] + ["~"])
            and (first.unit or second.unit)
        ):
            shared[i] = replace(second, bound=first.bound)
    return shared


def _without_final_period(doc: Doc, ref: QuantityRef) -> QuantityRef:
    """ "PS2.7m." and "5G." at the end of a sentence are one token with the full stop: the
    stop ends the sentence, not the quantity (an abbreviation like "m.p.h." keeps it)."""
    last = doc[ref.end - 1]
    if (
        last.text.endswith(".")
        and len(last.text) > 1
        and (last.i + 1 == len(doc) or doc[last.i + 1].is_sent_start)
        and not re.search(r"[A-Za-z]\.[A-Za-z]", last.text)
        and ref.end_char == last.idx + len(last.text)
    ):
        return replace(ref, end_char=ref.end_char - 1)
    return ref
