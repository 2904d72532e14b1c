"""Candidate quantities in one sentence, from every reader, before they are merged.

quantulum3 (through its adapter) and spaCy's NER each cover the other's misses; small
readers here find what both miss: money with a currency prefix, "a third of", "one",
"thousands of", "sub-7", "sixfold".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from spacy.tokens import Span, Token

from ...adapters.money import find_code_after
from ...adapters.quantulum import QuantulumHit, find_money, parse_text, parse_value
from ...adapters.text2num import leading_number_words
from ...resources import Resources
from ...text.numbers import (
    FRACTION_TOKEN,
    FRACTION_WORDS,
    HAS_NUMBER,
    SCALE_TOKENS,
    SCALES,
    UNREAD_SCALES,
    VAGUE_PLURALS,
    shared_scale,
)
from .compounds import feet_and_inches_candidates, suffixed_candidates, unit_before_candidates
from .filters import DATE_WORDS
from .multiples import couple_candidates
from .refs import (
    PREFIXED_NUMBER,
    SIGN_WORDS,
    QuantityRef,
    is_number_token,
    make_ref,
    signed_by_word,
)
from .units import CURRENCY_SIGNS, names_a_material, number_with_unit, unit_after

NUMBER_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def find_candidates(sent: Span, *, resources: Resources) -> list[QuantityRef]:
    """Every reader's candidates in ``sent``, overlapping and unsorted; a length in feet
    and inches comes first, so that "6-foot-5" read whole wins over "6-foot" read alone
    (``merge`` keeps the first of two readings of one stretch)."""
    return (
        feet_and_inches_candidates(sent)
        + _money_candidates(sent, resources)
        + _quantulum_candidates(sent, resources)
        + _ner_candidates(sent, resources)
        + _fraction_candidates(sent)
        + _one_candidates(sent)
        + _vague_plural_candidates(sent, resources)
        + _prefixed_candidates(sent, resources)
        + _lexicon_unit_candidates(sent, resources)
        + _hyphenated_range_candidates(sent, resources)
        + couple_candidates(sent)
        + suffixed_candidates(sent, resources)
        + unit_before_candidates(sent)
    )


# "0-to-60-mph", "a 10-to-12-year-old", "50,000 to-70,000 years": a range whose "to" is
# hyphenated, which the tokenizer glues to a number ("to-70,000") and no reader splits.
_HYPHENATED_RANGE = re.compile(
    r"(?<![\w.,-])(?P<low>\d[\d,]*(?:\.\d+)?)(?:-to-| to-|-to )"
    r"(?P<high>\d[\d,]*(?:\.\d+)?)(?![\d,])"
)


def _hyphenated_range_candidates(sent: Span, resources: Resources) -> list[QuantityRef]:
    """Ranges with a hyphenated "to", with the unit written after the high end, if any."""
    refs = []
    for match in _HYPHENATED_RANGE.finditer(sent.text):
        low, high = (float(match[end].replace(",", "")) for end in ("low", "high"))
        if low >= high:
            continue  # "3-to-1" is a ratio or a score, not a range
        end, unit = match.end(), None
        hits = parse_text(sent.text[match.start("high") : match.end() + 40], resources=resources)
        if hits and hits[0].start_char == 0 and hits[0].value == high and hits[0].unit:
            end, unit = match.start("high") + hits[0].end_char, hits[0].unit
        span = sent.doc.char_span(
            sent.start_char + match.start(), sent.start_char + end, alignment_mode="expand"
        )
        if span is not None:
            refs.append(make_ref(span, None, low, high, "range", unit))
    return refs


def _lexicon_unit_candidates(sent: Span, resources: Resources) -> list[QuantityRef]:
    """A number with a unit of the generated units table after it, which quantulum3 and
    NER both miss when glued or abbreviated ("20mL", "45m2", "80km/hr", "12pc")."""
    refs = []
    for match in number_with_unit(resources).finditer(sent.text):
        unit = unit_after(resources, match)
        span = sent.doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if (
            unit is not None
            and span is not None
            and not names_a_material(sent.doc, span.end, match)
        ):
            value = float(match.group("num").replace(",", "")) * (-1 if match["sign"] else 1)
            refs.append(make_ref(span, value, None, None, "exact", unit))
    return refs


# "a third of voters": quantulum3 reads no number in it; "a ninth circle" is no fraction,
# so the article-plus-fraction form counts only before "of".
_ARTICLE_FRACTION = re.compile(
    rf"\b(?:a|one)[- ]({'|'.join(FRACTION_WORDS)})(?= of\b)", re.IGNORECASE
)


def _fraction_candidates(sent: Span) -> list[QuantityRef]:
    refs = []
    for match in _ARTICLE_FRACTION.finditer(sent.text):
        span = sent.doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if span is not None:
            refs.append(
                make_ref(
                    span, 1 / FRACTION_WORDS[match.group(1).lower()], None, None, "exact", None
                )
            )
    return refs


# "thousands of jobs" is an order of magnitude, from 1,000 up to 10,000 (NewsQuant gives
# such plurals as that range); "tens of"/"hundreds of" scale it again.
_VAGUE_PLURAL = re.compile(
    rf"\b(?:(?P<times>tens|hundreds) of )?(?P<plural>{'|'.join(VAGUE_PLURALS)})\b", re.IGNORECASE
)
_VAGUE_TIMES = {"tens": 10, "hundreds": 100}


def _vague_plural_candidates(sent: Span, resources: Resources) -> list[QuantityRef]:
    """ "dozens of", "thousands of", "tens of thousands of": a range of one order of magnitude."""
    refs = []
    for match in _VAGUE_PLURAL.finditer(sent.text):
        times = match.group("times")
        if times and times.lower() == match.group("plural").lower():
            continue  # "hundreds of hundreds" is no number anyone states
        low = VAGUE_PLURALS[match.group("plural").lower()] * _VAGUE_TIMES.get(
            (times or "").lower(), 1
        )
        span = sent.doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if span is None or (span.start > 0 and sent.doc[span.start - 1].like_num):
            continue
        span, unit = _of_unit(span, resources)
        refs.append(make_ref(span, None, low, low * 10, "range", unit))
    return refs


def _of_unit(span: Span, resources: Resources) -> tuple[Span, str | None]:
    """ "thousands of dollars", "hundreds of miles": the noun after "of" is the unit when
    it is one (read as "2 <noun>"); a counted noun ("thousands of people") is not."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of" or not doc[span.end + 1].is_alpha:
        return span, None
    hits = parse_text(f"2 {doc[span.end + 1].text}", resources=resources)
    if len(hits) != 1 or not hits[0].unit or hits[0].end_char != len(f"2 {doc[span.end + 1].text}"):
        return span, None
    return doc[span.start : span.end + 2], hits[0].unit


# "sixfold" / "10-fold" (a multiple): NewsQuant.
_FOLD = re.compile(r"\b(?P<number>[a-z]+|\d+(?:\.\d+)?)-?fold\b", re.IGNORECASE)


def _prefixed_candidates(sent: Span, resources: Resources) -> list[QuantityRef]:
    """ "sub-500 sq m" (upper bound), "minus-1.4 degrees" (negative), "now-18 month-old"
    (18), "sixfold" (6)."""
    doc, text, refs = sent.doc, sent.text, []
    for match in PREFIXED_NUMBER.finditer(text):
        hits = parse_text(
            text[match.start("number") : match.end("number") + 40], resources=resources
        )
        if not hits or hits[0].start_char != 0 or hits[0].value is None:
            continue
        hit = hits[0]
        end_char = sent.start_char + match.start("number") + hit.end_char
        span = doc.char_span(sent.start_char + match.start(), end_char, alignment_mode="expand")
        if span is None:
            continue
        prefix = match.group("prefix").lower()
        if prefix.startswith("sub"):
            refs.append(make_ref(span, hit.value, None, None, "upper", hit.unit))
        elif prefix.startswith(SIGN_WORDS):
            if _negated(span, hit.unit):
                refs.append(make_ref(span, -hit.value, None, None, "exact", hit.unit))
        else:
            refs.append(make_ref(span, hit.value, None, None, "exact", hit.unit))
    for match in _FOLD.finditer(text):
        value = parse_value(match.group("number"), resources=resources)
        span = doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if value is not None and span is not None:
            refs.append(make_ref(span, value, None, None, "exact", None))
    return refs


# quantulum3 leaves a spaced scale word out of a range ("10-15 million" is 10 to 15) and
# adds the two ends of a hyphenated range before a scale and a unit ("33-35 billion
# euros" is 68 billion).
_SCALE_AFTER = re.compile(r"^ (thousand|million|billion|trillion)\b", re.IGNORECASE)
_UNREAD_SCALE_AFTER = re.compile(rf"^ ({'|'.join(UNREAD_SCALES)})\b", re.IGNORECASE)
_SUMMED_RANGE = re.compile(
    r"^(?P<low>\d+(?:\.\d+)?) ?[-–] ?(?P<high>\d+(?:\.\d+)?)"
    r" (?P<scale>thousand|million|billion|trillion)\b",
    re.IGNORECASE,
)


def _scaled_range(text: str, hit: QuantulumHit) -> QuantulumHit:
    """``hit`` with the scale word after a range applied to both ends, and a scale word
    quantulum3 does not read ("5 lakh", "$5 bln") applied to a number."""
    cut = re.search(r" [A-Za-z]+$", text[hit.start_char : hit.end_char])
    if hit.low is not None and cut and re.match(r"[A-Za-z]", text[hit.end_char : hit.end_char + 1]):
        # "$1.2-1.5 billi": quantulum3 cut the scale word short; it is read again below
        hit = replace(hit, end_char=hit.end_char - len(cut.group()))
    unread = _UNREAD_SCALE_AFTER.match(text[hit.end_char :])
    if hit.value is not None and unread:
        factor = SCALES[unread.group(1).lower()]
        return replace(hit, end_char=hit.end_char + unread.end(), value=hit.value * factor)
    scale = _SCALE_AFTER.match(text[hit.end_char :]) or unread
    if hit.low is not None and scale:
        factor = SCALES[scale.group(1).lower()]
        return replace(
            hit, end_char=hit.end_char + scale.end(), low=hit.low * factor, high=hit.high * factor
        )
    summed = _SUMMED_RANGE.match(text[hit.start_char : hit.end_char])
    if hit.value is not None and summed and float(summed["low"]) < float(summed["high"]):
        factor = SCALES[summed["scale"].lower()]
        low, high = float(summed["low"]) * factor, float(summed["high"]) * factor
        return replace(hit, value=None, low=low, high=high)
    return hit


# "2m barrels", "3bn litres": quantulum3 reads the glued scale letter as a unit (metre,
# corrected to a scale by the adapter) and so no unit after it.
_GLUED_SCALE_END = re.compile(r"\d(?:bn|mn|tn|m|k)$", re.IGNORECASE)


def _unit_after_scale(text: str, resources: Resources, hit: QuantulumHit) -> QuantulumHit:
    """``hit`` with the unit written after its glued scale, read as after a number."""
    if hit.unit is not None or hit.value is None:
        return hit
    if not _GLUED_SCALE_END.search(text[hit.start_char : hit.end_char]):
        return hit
    rest = text[hit.end_char : hit.end_char + 40]
    if not rest.startswith(" "):
        return hit
    after = parse_text(f"2{rest}", resources=resources)
    if not after or after[0].start_char != 0 or not after[0].unit or after[0].value != 2:
        return hit
    return replace(hit, end_char=hit.end_char + after[0].end_char - 1, unit=after[0].unit)


def _quantulum_candidates(sent: Span, resources: Resources) -> list[QuantityRef]:
    refs = []
    hits = parse_text(sent.text, resources=resources)
    hits = map(partial(_unit_after_scale, sent.text, resources), hits)
    for hit in map(partial(_scaled_range, sent.text), hits):
        span = sent.doc.char_span(
            sent.start_char + hit.start_char,
            sent.start_char + hit.end_char,
            alignment_mode="expand",
        )
        if span is None or not any(is_number_token(token) for token in span):
            continue
        while len(span) > 1 and span[-1].text in ("/", "(", "-", "–", "x", "×"):
            span = span[:-1]  # "224 kW / 300 PS", "20 x 30 feet": quantulum3 keeps the sign
        bound = "range" if hit.low is not None else "exact"
        refs.append(make_ref(span, hit.value, hit.low, hit.high, bound, hit.unit))
    return refs


def _money_candidates(sent: Span, resources: Resources) -> list[QuantityRef]:
    """Amounts with a currency prefix quantulum3 misreads ("USD1,700", "HK $3.7 billion",
    "$US160 million"), with an ISO code after them ("100 SEK"), and money ranges ("from
    $800,000 to $1.3 million"): NewsQuant."""
    refs = []
    for start, end, value, code in find_code_after(sent.text, resources=resources):
        span = sent.doc.char_span(
            sent.start_char + start, sent.start_char + end, alignment_mode="expand"
        )
        if span is not None:
            refs.append(make_ref(span, value, None, None, "exact", code))
    for hit in find_money(sent.text, resources=resources):
        span = sent.doc.char_span(
            sent.start_char + hit.start_char,
            sent.start_char + hit.end_char,
            alignment_mode="expand",
        )
        if span is not None:
            bound = "range" if hit.low is not None else "exact"
            refs.append(make_ref(span, hit.value, hit.low, hit.high, bound, hit.unit))
    return refs


def _ner_candidates(sent: Span, resources: Resources) -> list[QuantityRef]:
    """Numbers spaCy's NER finds; DATE spans with a scale word and no date word count too
    ("between 15 and 30 million" is labelled DATE: seed fixture)."""
    refs = []
    for ent in sent.ents:
        is_number = ent.label_ in NUMBER_LABELS or (
            ent.label_ == "DATE"
            and any(t.lower_ in SCALE_TOKENS for t in ent)
            and not DATE_WORDS.search(ent.text)
        )
        if not is_number:
            continue
        range_ = _range_in(ent, resources)
        if range_ is not None:
            refs.append(make_ref(ent, None, *range_, "range", None))
            continue
        while len(ent) > 1 and (
            ent[-1].text in CURRENCY_SIGNS
            or ent[-1].lower_ in ("or", "and", "to")
            or (
                ent[-1].pos_ in ("ADV", "ADJ")
                and ent[-1].is_alpha
                and (ent[-2].pos_ != "NUM" or _has_glued_unit(ent[-2], resources))
                and ent[-2].text != "-"  # "billion-dollar-plus" keeps its bound
            )
            or (ent[-1].lower_ in _DIMENSIONS and ent[-2].pos_ != "NUM")
        ):
            # "about 8 or $" (then "9"): the sign belongs to the next amount; "5 km/h
            # overnight", "40C overnight", "30 km north", "300ft high": an adverb,
            # adjective or dimension after the unit is none of the amount.
            ent = ent[:-1]
        while len(ent) > 1 and ent[0].pos_ == "VERB":
            ent = ent[1:]  # "flew 400 feet": NER took the verb in
        hits = parse_text(_strip_bound_text(ent.text), resources=resources)
        if len(hits) == 1 and hits[0].value is not None:
            # "minus 5 degrees": the sign word is read off the entity, not by quantulum3.
            negated = _negated(ent, hits[0].unit)
            value = -abs(hits[0].value) if negated else hits[0].value
            refs.append(make_ref(ent, value, None, None, "exact", hits[0].unit))
    return refs


def _has_glued_unit(token: Token, resources: Resources) -> bool:
    """ "40C", "5km": a number with a unit of the units table glued on (not a scale: "5m
    more" may be millions)."""
    found = number_with_unit(resources).match(token.text)
    return (
        found is not None
        and found.end() == len(token.text)
        and found.group("unit").lower() not in SCALE_TOKENS
    )


def _negated(span: Span, unit: str | None) -> bool:
    """A sign word opens ``span``: "minus 12", "negative 3.5 percent"; "negative" only
    before a measure ("tested negative 3 times" counts tests)."""
    return signed_by_word(span) and (span.text[:5].lower() == "minus" or unit is not None)


# Dimensions a measure is given in ("300ft high"), which the tagger may take for nouns.
_DIMENSIONS = frozenset({"tall", "long", "wide", "high", "deep", "thick", "across"})


def _range_in(span: Span, resources: Resources) -> tuple[float, float] | None:
    """Low and high of "between X and Y" / "X to Y" / "X-Y" inside one span, or None. A
    range written high end first is a range only after "from" ("from 6.1 to 5.9 percent":
    NewsQuant); "9-2" is a score and "57 percent to 31 percent" a comparison."""
    match = re.match(
        r"^(?:between|from)\s+(.+?)\s+(and|to)\s+(.+)$|^(.+?)\s*(to|-|–)\s*(.+)$", span.text, re.I
    )
    if not match or PREFIXED_NUMBER.search(span.text):  # "minus-130" is one number
        return None
    if leading_number_words(span.text) is not None:
        return None  # "thirty-one thousand four hundred and six (dollars)" is one number
    groups = match.groups()
    low_text, separator, high_text = groups[:3] if groups[0] else groups[3:]
    low = parse_value(low_text, resources=resources)
    high = parse_value(high_text, resources=resources)
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


def _one_candidates(sent: Span) -> list[QuantityRef]:
    """ "one" alone: quantulum3 reads no number in it, so counting uses are found here
    ("one person", "one of the best speakers": NewsQuant counts both); the pronoun uses
    are dropped later by ``filters.is_pronoun_one``."""
    refs = []
    for token in sent:
        if token.lower_ != "one":
            continue
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        read_elsewhere = after is not None and (
            after.like_num
            or after.lower_ in SCALE_TOKENS
            or after.lower_ in ("in", "-")
            or FRACTION_TOKEN.match(after.text)
        )
        if read_elsewhere:
            continue  # "one million", "one third", "one in five", "one-third"
        refs.append(make_ref(token.doc[token.i : token.i + 1], 1.0, None, None, "exact", None))
    return refs
