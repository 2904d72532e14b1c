"""Readers for numbers written with more than a unit after them: a bound word hyphenated
between the number and its unit ("30-plus years", "40-odd miles") and a length in feet
and inches ("6 ft 2 in", "5'11\"", "6-foot-2"), which is one measurement."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ...adapters.quantulum import parse_text
from ...resources import Resources
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


# "6 ft 2 in", "6ft 4in", "5 feet 11 inches", "6-foot-2", "5'11\"", "6’2”": a height or a
# length in feet and inches, read as inches (the unit both parts reduce to exactly).
_FEET = r"(?:feet|foot|ft\.?)"
# "in" is also a preposition: "6 ft 2 in the end" is no height.
_INCHES = r"(?:inches|inch|in(?! (?:the|a|an|his|her|its|their|this|that)\b))"
_FEET_AND_INCHES = re.compile(
    rf"(?<![\w.,'’-])(?P<feet>\d{{1,2}})(?:"
    rf"[ -]?{_FEET}[ -](?:and )?(?P<inches>\d{{1,2}}(?:\.\d+)?)[ -]?{_INCHES}(?!\w)"
    rf"|[ -]foot[ -](?P<inches3>\d{{1,2}})(?![\w%]|[.,]\d| ?\d)"
    rf"|['’](?P<inches2>\d{{1,2}}(?:\.\d+)?)(?:\"|”|''|(?![\w'’])))",
    re.IGNORECASE,
)


def feet_and_inches_candidates(sent: Span) -> list[QuantityRef]:
    """A length in feet and inches, one quantity in inches ("6 ft 2 in" is 74 inches)."""
    refs = []
    for match in _FEET_AND_INCHES.finditer(sent.text):
        inches = float(next(filter(None, match.group("inches", "inches2", "inches3"))))
        if inches >= 12:
            continue  # "5'30" is no height; "6 ft 20 in" no way to write one
        span = sent.doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if span is not None:
            value = int(match.group("feet")) * 12 + inches
            refs.append(make_ref(span, value, None, None, "exact", "inch"))
    return refs
