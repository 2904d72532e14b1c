"""Quantities: numbers asserted about the world, with value, range, bound and unit.

quantulum3 (through its adapter) and spaCy's NER are used together, each covering the
other's misses; bound words come from ``models/lexicons/bound_words.v1.tsv``. Dates,
times, years, ordinals, labels ("page 4") and model numbers ("Boeing 737") are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .quantulum_adapter import find_money, parse_text, parse_value, shared_scale
from .resources import Lexicons

NUMBER_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundred|thousand|million|billion|trillion|dozen|dozens|half|third|thirds|quarter|quarters"
)
# The cheap gate: a sentence without a digit or number word has no quantity (PERF-NOTES).
HAS_NUMBER = re.compile(rf"\d|\b(?:{NUMBER_WORDS})\b", re.IGNORECASE)
_NUMBERISH = re.compile(rf"^(?:[$£€¥₹]?\d[\d,.]*\w*%?|(?:{NUMBER_WORDS})(?:-\w+)?)$", re.IGNORECASE)
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. "
    "nov nov. dec dec.".split()
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
_TIME_AFTER = frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "bst", "et", "est", "edt", "pst", "o'clock", "hrs", "hours"})
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_DECADE = re.compile(r"^'?\d*0s$")
_PHONE = re.compile(r"^\+?\d{3}[-. ]\d{3}[-. ]?\d{0,4}$")
_MIXED_ALNUM = re.compile(r"^(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")
_AGE_UNITS = frozenset({"year", "month", "week", "day"})
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
_PERIOD_FRACTIONS = frozenset({"quarter", "half"})
_PERIOD_DETERMINERS = frozenset(
    {"the", "this", "that", "last", "next", "first", "second", "third", "fourth", "same", "previous", "each"}
)
_SCALE_TOKENS = frozenset({"million", "billion", "trillion", "thousand", "bn", "m", "mn", "tn", "k"})


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


def find_quantities(doc: Doc, *, lexicons: Lexicons) -> list[QuantityRef]:
    """Every quantity in ``doc`` that can be a claim, ordered by offset."""
    found: list[QuantityRef] = []
    for sent in doc.sents:
        if not HAS_NUMBER.search(sent.text):
            continue
        candidates = _merge(
            doc,
            _money_candidates(sent) + _quantulum_candidates(sent) + _ner_candidates(sent) + _fraction_candidates(sent),
        )
        refs = [_with_bound(doc, ref, lexicons) for ref in candidates if _is_quantity(doc, ref, lexicons)]
        found.extend(_as_fractions(doc, _share_bounds_across_coordination(doc, refs)))
    return found


_FRACTION_WORDS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
# "a third of voters": quantulum3 reads no number in it; "a ninth circle" is no fraction,
# so the article-plus-fraction form counts only before "of".
_ARTICLE_FRACTION = re.compile(rf"\b(?:a|one)[- ]({'|'.join(_FRACTION_WORDS)})(?= of\b)", re.IGNORECASE)
_FRACTION_TOKEN = re.compile(rf"^(?:\w+-)?(?:{'|'.join(_FRACTION_WORDS)})s?$", re.IGNORECASE)


def _fraction_candidates(sent: Span) -> list[QuantityRef]:
    refs = []
    for match in _ARTICLE_FRACTION.finditer(sent.text):
        span = sent.doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand")
        if span is not None:
            refs.append(_ref(span, 1 / _FRACTION_WORDS[match.group(1).lower()], None, None, "exact", None))
    return refs


def _is_bare_ordinal(doc: Doc, token: Token) -> bool:
    """"third" is a fraction after an article or a number ("a third", "two thirds") or
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
        span = sent.doc.char_span(sent.start_char + hit.start_char, sent.start_char + hit.end_char, alignment_mode="expand")
        if span is None or not any(_is_number_token(token) for token in span):
            continue
        bound = "range" if hit.low is not None else "exact"
        refs.append(_ref(span, hit.value, hit.low, hit.high, bound, hit.unit))
    return refs


def _money_candidates(sent: Span) -> list[QuantityRef]:
    """Amounts with a currency prefix quantulum3 misreads ("USD1,700", "HK $3.7 billion",
    "$US160 million") and money ranges ("from $800,000 to $1.3 million"): NewsQuant."""
    refs = []
    for hit in find_money(sent.text):
        span = sent.doc.char_span(sent.start_char + hit.start_char, sent.start_char + hit.end_char, alignment_mode="expand")
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
            ent.label_ == "DATE" and any(t.lower_ in _SCALE_TOKENS for t in ent) and not _DATE_WORDS.search(ent.text)
        )
        if not is_number:
            continue
        range_ = _range_in(ent)
        if range_ is not None:
            refs.append(_ref(ent, None, *range_, "range", None))
            continue
        hits = parse_text(_strip_bound_text(ent.text))
        if len(hits) == 1 and hits[0].value is not None:
            refs.append(_ref(ent, hits[0].value, None, None, "exact", hits[0].unit))
    return refs


def _range_in(span: Span) -> tuple[float, float] | None:
    """Low and high of "between X and Y" / "X to Y" / "X-Y" inside one span, or None."""
    match = re.match(r"^(?:between|from)\s+(.+?)\s+(?:and|to)\s+(.+)$|^(.+?)\s*(?:to|-|–)\s*(.+)$", span.text, re.I)
    if not match:
        return None
    low_text, high_text = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    low, high = parse_value(low_text), parse_value(high_text)
    if low is None or high is None or low >= high:
        return None
    return shared_scale(low, low_text, high, high_text), high


def _strip_bound_text(text: str) -> str:
    words = text.split()
    while len(words) > 1 and not HAS_NUMBER.search(words[0]):
        words = words[1:]
    return " ".join(words)


def _ref(span: Span, value, low, high, bound: str, unit: str | None) -> QuantityRef:
    numbers = [token for token in span if _is_number_token(token)]
    root = next((t for t in numbers if t.head not in numbers), numbers[0] if numbers else span.root)
    return QuantityRef(span.start_char, span.end_char, value, low, high, bound, unit, span.start, span.end, root.i)


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
            best = ref if ref_range > kept_range or (ref_range == kept_range and kept.unit is None and ref.unit) else kept
            # A range read by NER ("between $12 and $15") keeps the unit quantulum3 read.
            unit = best.unit or kept.unit or ref.unit
            merged[-1] = replace(
                _extend(doc, best, min(kept.start, ref.start), max(kept.end, ref.end), best.bound), unit=unit
            )
            continue
        merged.append(ref)
    return merged


def _is_quantity(doc: Doc, ref: QuantityRef, lexicons: Lexicons) -> bool:
    """False for dates, times, years, ordinals, labels, phone and model numbers."""
    span = doc[ref.start : ref.end]
    root = doc[ref.root]
    text = root.text
    if ref.value is None and ref.low is None:
        return False
    if _is_bare_ordinal(doc, root):
        return False  # "finished third", "the fourth quarter"
    if _ORDINAL.match(text) or (root.ent_type_ == "ORDINAL" and not (ref.value is not None and 0 < ref.value < 1)) or _DECADE.match(text) or _PHONE.match(span.text):
        return False
    if _MIXED_ALNUM.match(text) and not re.match(r"^\d[\d.,]*(bn|m|k|tn|mn)$", text, re.I):
        return False  # "G7", "COVID-19", "5G"
    after = doc[ref.end].lower_.replace("’", "'") if ref.end < len(doc) else ""
    if _TIME.match(text) or after in _TIME_AFTER:
        return False
    neighbours = [doc[i].lower_ for i in (ref.start - 1, ref.end) if 0 <= i < len(doc)]
    if ref.unit is None and any(word in MONTHS for word in neighbours):
        return False  # "February 24", "24 February"
    if ref.unit is None and any(t.ent_type_ in ("DATE", "TIME") for t in span) and _DATE_WORDS.search(
        " ".join(t.text for t in _ent_of(doc, root))
    ):
        return False
    if ref.unit is None and ref.bound != "range" and _YEAR.match(text) and not _counts_a_noun(root):
        return False  # "in 2019"
    previous = doc[ref.start - 1] if ref.start > 0 else None
    if previous is not None and ref.unit is None and "," not in text:
        if previous.lower_ in lexicons.label_nouns:
            return False  # "page 4", "No. 1"
        if (
            previous.pos_ in ("PROPN", "NOUN")
            and any(c.isupper() for c in previous.text)
            and previous.ent_type_ not in ("GPE", "NORP", "MONEY")
            and not _counts_a_noun(root)
            and not any(t.lower_ in _SCALE_TOKENS for t in span)
        ):
            return False  # "Boeing 737", "Windows 10", "iPhone 11", "Planet 9" (NewsQuant)
    if text.lower() == "one" and ref.unit is None and _is_pronoun_one(doc, root):
        return False
    if text.lower() in _PERIOD_FRACTIONS and previous is not None and previous.lower_ in _PERIOD_DETERMINERS:
        return False  # "in the quarter", "the fourth quarter", "this half": periods (NewsQuant)
    if re.match(r"^\d{1,2},? (1[5-9]|20)\d\d\b", span.text):
        return False  # "August 26 2019": day and year read as one number
    return True


def _ent_of(doc: Doc, token: Token) -> Span:
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return doc[token.i : token.i + 1]


def _counts_a_noun(token: Token) -> bool:
    return token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS")


def _is_pronoun_one(doc: Doc, token: Token) -> bool:
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    return after in ("of", "another") or before in ("no", "any", "each", "every", "the", "this", "that", "which")


def _with_bound(doc: Doc, ref: QuantityRef, lexicons: Lexicons) -> QuantityRef:
    """Extend the span over a bound phrase ("well over", "or more") and set ``bound``."""
    if ref.bound == "range":
        return _with_range_cue(doc, ref)
    ref = _with_unit_suffix(doc, ref)
    start = _bound_start(doc, ref)
    for entry in lexicons.bound_words:
        n = len(entry.words)
        if entry.after:
            if tuple(t.lower_ for t in doc[ref.end : ref.end + n]) == entry.words:
                return _extend(doc, ref, ref.start, ref.end + n, entry.bound)
        elif start - n >= 0 and tuple(t.lower_ for t in doc[start - n : start]) == entry.words:
            return _extend(doc, ref, min(start - n, ref.start), ref.end, entry.bound)
    return ref


def _with_unit_suffix(doc: Doc, ref: QuantityRef) -> QuantityRef:
    """"5 percentage points" is in percentage points, not percent."""
    after = doc[ref.end].lower_ if ref.end < len(doc) else ""
    if ref.unit == "percent" and after in ("point", "points"):
        return replace(_extend(doc, ref, ref.start, ref.end + 1, ref.bound), unit="percentage point")
    following = [t.lower_ for t in doc[ref.end : ref.end + 2]]
    if ref.unit in _AGE_UNITS and (following[:1] == ["old"] or following == ["-", "old"]):
        # "an 18 year-old winger", "a 65-year-old": an age, not a duration (NewsQuant).
        return replace(_extend(doc, ref, ref.start, ref.end + len(following[: following.index("old") + 1]), ref.bound), unit=f"{ref.unit} of age")
    rate = _rate_suffix(doc, ref)
    if rate is not None:
        end, per = rate
        return replace(_extend(doc, ref, ref.start, end, ref.bound), unit=f"{ref.unit} per {per}")
    return ref


def _rate_suffix(doc: Doc, ref: QuantityRef) -> tuple[int, str] | None:
    """"$58.24 per barrel", "$3,500 a month", "90 km per hour": a rate's unit
    (NewsQuant prices and speeds); the "per" may already sit inside the span."""
    if not ref.unit or " per " in ref.unit or ref.unit.startswith("percent"):
        return None  # "per cent" is the percent sign spelled out
    for i in range(doc[ref.root].i + 1, min(ref.end + 1, len(doc) - 1)):
        word, noun = doc[i], doc[i + 1]
        is_per = word.lower_ in ("per", "/") or (word.lower_ in ("a", "an") and noun.lower_ in _TIME_NOUNS)
        after = doc[i + 2].lower_ if i + 2 < len(doc) else ""
        if after in ("earlier", "ago", "later", "before", "after"):
            continue  # "$2.1 billion a year earlier" is a date, not a rate
        if is_per and noun.pos_ in ("NOUN", "PROPN") and noun.is_alpha:
            return max(ref.end, i + 2), noun.lemma_.lower()
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
    return replace(ref, start=start, end=end, start_char=span.start_char, end_char=span.end_char, bound=bound)


def _with_range_cue(doc: Doc, ref: QuantityRef) -> QuantityRef:
    """A range keeps its "between"/"from" inside the span."""
    if ref.start > 0 and doc[ref.start - 1].lower_ in ("between", "from") and doc[ref.start].lower_ not in ("between", "from"):
        return _extend(doc, ref, ref.start - 1, ref.end, "range")
    return ref


def _share_bounds_across_coordination(doc: Doc, refs: list[QuantityRef]) -> list[QuantityRef]:
    """"Around 100,000 Russian and 100,000 Ukrainian soldiers": the bound word scopes over
    both numbers of a distributive coordination (seed fixture)."""
    shared = list(refs)
    for i in range(1, len(shared)):
        first, second = shared[i - 1], shared[i]
        between = doc[first.end : second.start]
        if (
            second.bound == "exact"
            and first.bound in ("approx", "lower", "upper")
            and 1 <= len(between) <= 4
            and between[-1].lower_ in ("and", "or")
            and all(t.pos_ in ("ADJ", "PROPN", "NOUN") for t in between[:-1])
        ):
            shared[i] = replace(second, bound=first.bound)
    return shared

