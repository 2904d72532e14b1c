"""Numbers written as a multiple of a scale word: "a couple of hundred" is 200, "a couple
dozen" 24, "a dozen and a half" 18, "a million and a half" 1,500,000 ("two and a half
million" is read right by quantulum3). The readers take "couple" for no number at all, and
add "and a half" to the last digit (1,000,000.5) or read the half alone (0.5)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from ...adapters.quantulum import parse_value
from ...resources import Resources
from .refs import QuantityRef, make_ref

_SCALE_WORDS = {
    "dozen": 12.0,
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
_SCALE = "|".join(_SCALE_WORDS)
# "a couple of hundred", "a couple dozen": about two of the scale.
_COUPLE = re.compile(rf"\b(?:an?\s+)?couple\s+(?:of\s+)?(?P<scale>{_SCALE})\b", re.IGNORECASE)
# "a million and a half", "a dozen and a half": half the scale on top.
_AND_A_HALF = re.compile(
    rf"^(?P<head>.*?\b(?P<scale>{_SCALE}))\s+and\s+(?:a|one)\s+half\b", re.IGNORECASE
)


def couple_candidates(sent: Span) -> list[QuantityRef]:
    """ "a couple of hundred", "a couple dozen": twice the scale word."""
    refs = []
    for match in _COUPLE.finditer(sent.text):
        span = sent.doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if span is not None:
            value = 2 * _SCALE_WORDS[match.group("scale").lower()]
            refs.append(make_ref(span, value, None, None, "exact", None))
    return refs


def with_multiple_value(doc: Doc, ref: QuantityRef, resources: Resources) -> QuantityRef:
    """A ref that opens with a multiple of a scale word, valued as that multiple."""
    if ref.bound == "range":
        return ref
    text = doc[ref.start : ref.end].text
    couple = _COUPLE.search(text)  # after a bound word NER took in ("nearly a couple of")
    if couple:
        value = 2 * _SCALE_WORDS[couple.group("scale").lower()]
        return replace(ref, value=value, bound="approx")
    half = _AND_A_HALF.match(text)
    if half is None:
        return ref
    head = parse_value(half.group("head"), resources=resources)
    if head is None:
        return ref
    return replace(ref, value=head + _SCALE_WORDS[half.group("scale").lower()] / 2)
