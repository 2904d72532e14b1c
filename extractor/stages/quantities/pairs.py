"""Several numbers written as one: slash pairs ("$3/$5", "20/25 mph") and chained ranges
("from $10 to $12 to $15"). Each number is its own quantity (CLAIM-SPEC: one record per
asserted number), with the unit written once for all of them."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ...adapters.quantulum import parse_value
from ...article.offsets import doc_start
from ...resources import Resources
from ...text.numbers import SCALES, shared_scale
from .filters import is_common_fraction
from .refs import QuantityRef, make_ref

_SIGN = "[$£€¥₹]"
_SLASH_PAIR = re.compile(
    rf"(?<![\w.,/])(?P<a>(?P<sign_a>{_SIGN})?\d[\d,]*(?:\.\d+)?)"
    rf"/(?P<b>(?P<sign_b>{_SIGN})?\d[\d,]*(?:\.\d+)?)(?![\d/])"
)
# A scale written once after the pair ("$3/$5bn", "20/25 million") scales both numbers.
_SCALE_AFTER = re.compile(r"^ ?(thousand|million|billion|trillion|bn|mn|tn|m|k)\b", re.IGNORECASE)


# "52%-48%": a split of a vote or a poll, two shares (the tokenizer keeps "52%-48" whole).
_PERCENT_PAIR = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)%[-–](\d+(?:\.\d+)?)%")


def split_slash_pairs(doc: Doc, refs: list[QuantityRef]) -> list[QuantityRef]:
    """ "$3/$5", "20/25 mph", "30/40%": two amounts in one unit, not the fraction 3/5;
    "1/2 mile" and "3/4 inch" stay fractions, a bare "24/7" or "9/11" is no amount (a
    unitless slash is left to ``filters``). "52%-48%" is two percentages too."""
    return [
        part
        for ref in refs
        for part in (_slash_parts(doc, ref) or _percent_parts(doc, ref) or [ref])
    ]


def _percent_parts(doc: Doc, ref: QuantityRef) -> list[QuantityRef] | None:
    if not any("%" in token.text for token in doc[ref.start : ref.end]):
        return None  # most refs: no need to rebuild the Doc's text
    base = doc_start(doc)
    text = doc.text[ref.start_char - base : ref.end_char - base]
    match = _PERCENT_PAIR.search(text)
    if match is None:
        return None
    first, second = float(match.group(1)), float(match.group(2))
    if first < second and first + second < 70 and ref.bound == "range":
        # "cut by 10%-15%": a range in percent; "52%-48%", "34%-54%" (most of a whole
        # shared, undecided aside) stay a split
        return [replace(ref, unit="percent")]
    parts = []
    for group in (1, 2):
        start_char = ref.start_char + match.start(group)
        end_char = ref.start_char + match.end(group) + 1  # the percent sign
        span = doc.char_span(start_char - base, end_char - base, alignment_mode="expand")
        if span is None:
            return None
        part = make_ref(span, float(match.group(group)), None, None, "exact", "percent")
        parts.append(replace(part, start_char=start_char, end_char=end_char))
    return parts


def _slash_parts(doc: Doc, ref: QuantityRef) -> list[QuantityRef] | None:
    if ref.unit in (None, "fraction") or ref.value is None:
        return None
    base = doc_start(doc)
    text = doc.text[ref.start_char - base : ref.end_char - base]
    match = _SLASH_PAIR.search(text)
    if match is None:
        return None
    signs = (match.group("sign_a"), match.group("sign_b"))
    numbers = [match.group(name).lstrip("$£€¥₹").replace(",", "") for name in ("a", "b")]
    if signs[0] != signs[1] or (signs[0] is None and is_common_fraction(*numbers)):
        return None  # "$3/5" is unclear; "1/2 mile" is half a mile
    scale = _SCALE_AFTER.match(text[match.end() :])
    factor = SCALES[scale.group(1).lower()] if scale else 1.0
    bounds = (
        (ref.start_char, ref.start_char + match.end("a")),
        (ref.start_char + match.start("b"), ref.end_char),
    )
    parts = []
    for (start_char, end_char), number in zip(bounds, numbers, strict=True):
        span = doc.char_span(start_char - base, end_char - base, alignment_mode="expand")
        if span is None:
            return None
        part = make_ref(span, float(number) * factor, None, None, ref.bound, ref.unit)
        parts.append(replace(part, start_char=start_char, end_char=end_char))
    return parts


def split_chains(doc: Doc, refs: list[QuantityRef], resources: Resources) -> list[QuantityRef]:
    """ "from $10 to $12 to $15", "rose from 5% to 7% to 9%": a range followed by "to" and
    another number is a series of levels, each its own number in the shared unit."""
    split: list[QuantityRef] = []
    i = 0
    while i < len(refs):
        ref, following = refs[i], refs[i + 1] if i + 1 < len(refs) else None
        chained = (
            following is not None
            and ref.low is not None
            and following.value is not None
            and [t.lower_ for t in doc[ref.end : following.start]] == ["to"]
        )
        ends = _range_ends(doc, ref, resources) if chained else None
        if ends is None:
            split.append(ref)
            i += 1
            continue
        unit = ref.unit or following.unit
        split += [replace(end, unit=unit) for end in ends]
        split.append(replace(following, unit=following.unit or unit))
        i += 2
    return split


def _range_ends(doc: Doc, ref: QuantityRef, resources: Resources) -> list[QuantityRef] | None:
    """The two ends of a "X to Y" range ref as refs of their own, or None."""
    to = next((t for t in doc[ref.start : ref.end] if t.lower_ == "to"), None)
    if to is None:
        return None
    start = ref.start + (doc[ref.start].lower_ in ("from", "between"))
    low_span, high_span = doc[start : to.i], doc[to.i + 1 : ref.end]
    if not len(low_span) or not len(high_span):
        return None
    low = parse_value(low_span.text, resources=resources)
    high = parse_value(high_span.text, resources=resources)
    if low is None or high is None:
        return None
    low = shared_scale(low, low_span.text, high, high_span.text)
    return [
        make_ref(low_span, low, None, None, "exact", ref.unit),
        make_ref(high_span, high, None, None, "exact", ref.unit),
    ]
