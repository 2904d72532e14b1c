"""Readers for numbers written with more than a unit after them: a bound word hyphenated
between the number and its unit ("30-plus years", "40-odd miles") and a length in feet
and inches ("6 ft 2 in", "5'11\"", "6-foot-2", "five foot eight"), read whole (so that
"6-foot" alone or "6'2" as an age does not win) and then given as its two numbers, as
NewsQuant gives "24 hours, 39 minutes, and 35 seconds" as three (one record per number:
CLAIM-SPEC)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from ...adapters.quantulum import parse_text
from ...article.offsets import doc_start
from ...resources import Resources
from ...text.numbers import SMALL_NUMBER_WORDS
from .refs import QuantityRef, make_ref

# "30-plus years", "40-odd miles": quantulum3 reads the number and stops at the hyphen.
_SUFFIXED = re.compile(r"(?<![\w.,-])(?P<num>\d[\d,]*(?:\.\d+)?)-(?P<word>plus|odd) (?=\w)", re.I)
_SUFFIX_BOUNDS = {"plus": "lower", "odd": "approx"}


def suffixed_candidates(sent: Span, resources: Resources) -> list[QuantityRef]:
    """A number, "-plus" or "-odd", and the unit quantulum3 reads after the number once
    the suffix is left out ("30-plus years" is more than 30 years)."""
    refs = []
    for match in _SUFFIXED.finditer(sent.text):
        number = match.group("num")
        rest = sent.text[match.end() : match.end() + 40]
        hits = parse_text(f"{number} {rest}", resources=resources)
        if not hits or hits[0].start_char != 0 or not hits[0].unit or hits[0].value is None:
            continue
        end = match.end() + hits[0].end_char - len(number) - 1
        span = sent.doc.char_span(
            sent.start_char + match.start(), sent.start_char + end, alignment_mode="expand"
        )
        if span is not None and end > match.end():
            bound = _SUFFIX_BOUNDS[match.group("word").lower()]
            refs.append(make_ref(span, hits[0].value, None, None, bound, hits[0].unit))
    return refs


# "6 ft 2 in", "6ft 4in", "5 feet 11 inches", "6-foot-2", "5'11\"", "6’2”", and in words
# "six feet four inches", "five foot eight", "5 feet 11": a height or a length in feet and
# inches.
_FEET = r"(?:feet|foot|ft\.?)"
# "in" is also a preposition: "6 ft 2 in the end" is no height.
_INCHES = r"(?:inches|inch|in(?! (?:the|a|an|his|her|its|their|this|that)\b))"
_FEET_WORDS = dict(SMALL_NUMBER_WORDS)
_INCH_WORDS = {**SMALL_NUMBER_WORDS, "ten": 10, "eleven": 11}
_FEET_NUMBER = rf"(?:\d{{1,2}}|{'|'.join(_FEET_WORDS)})"
_INCH_NUMBER = rf"(?:\d{{1,2}}(?:\.\d+)?|{'|'.join(_INCH_WORDS)})"
_FEET_AND_INCHES = re.compile(
    rf"(?<![\w.,'’-])(?P<feet>{_FEET_NUMBER})(?:"
    rf"[ -]?{_FEET}[ -](?:and )?(?P<inches>{_INCH_NUMBER})[ -]?{_INCHES}(?!\w)"
    rf"|[ -](?:foot|feet)[ -](?P<inches3>{_INCH_NUMBER})(?![\w%]|[.,]\d| ?\d)"
    rf"|['’](?P<inches2>\d{{1,2}}(?:\.\d+)?)(?:\"|”|''|(?![\w'’])))",
    re.IGNORECASE,
)


def feet_and_inches_candidates(sent: Span) -> list[QuantityRef]:
    """A length in feet and inches, whole (its value in inches), for ``feet_and_inches``
    to split once the readers' candidates are merged."""
    refs = []
    for match in _FEET_AND_INCHES.finditer(sent.text):
        inches = _number(match.group(_inches_group(match)), _INCH_WORDS)
        if inches >= 12:
            continue  # "5'30" is no height; "6 ft 20 in" no way to write one
        span = sent.doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if span is not None and _is_length(span, match):
            value = _number(match.group("feet"), _FEET_WORDS) * 12 + inches
            refs.append(make_ref(span, value, None, None, "exact", "inch"))
    return refs


def _is_length(span: Span, match: re.Match[str]) -> bool:
    """Not "twenty six feet" (a number read in part), "six'2" (no height), nor "6 feet 2
    days" (the bare number after plural "feet" counts a noun of its own)."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].like_num:
        return False
    if match.group("inches2") and not match.group("feet")[0].isdigit():
        return False
    bare_after_feet = match.group("inches3") and "feet" in match.group(0).lower()
    after = doc[span.end] if span.end < len(doc) else None
    return not (bare_after_feet and after is not None and after.pos_ in ("NOUN", "PROPN", "NUM"))


def _number(text: str, words: dict[str, int]) -> float:
    return float(text) if text[0].isdigit() else float(words[text.lower()])


def feet_and_inches(doc: Doc, ref: QuantityRef) -> list[QuantityRef] | None:
    """A whole length in feet and inches as its two numbers, "6 ft" (foot) and "2 in"
    (inch), at their own offsets (one token may hold both: "6'2"); None for any other
    ref."""
    if ref.unit != "inch" or ref.value is None:
        return None
    base = doc_start(doc)
    text = doc.text[ref.start_char - base : ref.end_char - base]
    match = _FEET_AND_INCHES.fullmatch(text)
    if match is None:
        return None
    group = _inches_group(match)
    feet_end = len(re.sub(r"(?:[ -]|\band\b)+$", "", text[: match.start(group)]))
    parts = []
    for start, end, value, unit in (
        (0, feet_end, _number(match.group("feet"), _FEET_WORDS), "foot"),
        (match.start(group), len(text), _number(match.group(group), _INCH_WORDS), "inch"),
    ):
        start_char, end_char = ref.start_char + start, ref.start_char + end
        span = doc.char_span(start_char - base, end_char - base, alignment_mode="expand")
        if span is None:
            return None
        part = make_ref(span, value, None, None, ref.bound, unit)
        parts.append(replace(part, start_char=start_char, end_char=end_char))
    return parts


def _inches_group(match: re.Match[str]) -> str:
    return next(name for name in ("inches", "inches2", "inches3") if match.group(name))


# Units written before their number: "Mach 2" is twice the speed of sound (quantulum3 and
# the units table read units after a number; the label filter took "Mach 2" for a name).
UNITS_BEFORE = {"Mach": "Mach"}
_SPEED_WORDS = {**SMALL_NUMBER_WORDS, "ten": 10}
_UNIT_BEFORE = re.compile(
    rf"\b(?P<unit>{'|'.join(UNITS_BEFORE)})[ -]"
    rf"(?P<num>\d{{1,2}}(?:\.\d+)?|{'|'.join(_SPEED_WORDS)})(?![\w%]|[.,]\d)"
)


def unit_before_candidates(sent: Span) -> list[QuantityRef]:
    """A number after a unit written first: "Mach 2", "Mach 5.5", "Mach five"."""
    refs = []
    for match in _UNIT_BEFORE.finditer(sent.text):
        span = sent.doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if span is not None:
            value = _number(match.group("num"), _SPEED_WORDS)
            unit = UNITS_BEFORE[match.group("unit")]
            refs.append(make_ref(span, value, None, None, "exact", unit))
    return refs
