"""Numbers restating another: a conversion ("5 miles (8 km)"), a continued measure
("11 hours, 20 minutes") or a second measure of one change ("up 40 points, or 1.2%")
is about what the number it restates is about."""

from __future__ import annotations

from spacy.tokens import Doc

from ...resources import Resources
from ..quantities import QuantityRef
from .counted import entity_token
from .words import is_unit_noun

_MAX_CONVERSION_GAP = 1  # tokens between a number and "(" restating it: "5 miles (8 km)"


def restated(
    doc: Doc, ref: QuantityRef, quantities: list[QuantityRef], resources: Resources
) -> QuantityRef | None:
    """The quantity this one restates in other units ("5 miles (8 km)", "2 billion yen
    ($14 million)", "up 40 points, or 1.2%") or continues ("11 hours, 20 minutes": its
    noun is the other number's)."""
    converted = converted_from(doc, ref, quantities)
    if converted is not None:
        return converted
    entity = entity_token(doc, ref)
    if entity is None:
        return None
    owner = next((q for q in quantities if q is not ref and q.start <= entity.i < q.end), None)
    if owner is None and entity.i < ref.start and is_unit_noun(entity, resources=resources):
        # "up 40 points, or 1.2%": coordinated with a measure, the number of that measure.
        owner = next(
            (
                q
                for q in quantities
                if q is not ref and any(q.start <= c.i < q.end for c in entity.lefts)
            ),
            None,
        )
    return owner


def converted_from(doc: Doc, ref: QuantityRef, quantities: list[QuantityRef]) -> QuantityRef | None:
    """The quantity a bracketed number with a unit restates: "5 miles (8 km)"."""
    if ref.start == 0 or doc[ref.start - 1].text not in ("(", "[") or ref.unit in (None, "percent"):
        return None
    if ref.end < len(doc) and doc[ref.end].text not in (")", "]", "/", ";", ","):
        return None  # "(80% of the diameter)" says more than a conversion
    opening = ref.start - 1
    before = [
        q
        for q in quantities
        if q is not ref and q.end <= opening and opening - q.end <= _MAX_CONVERSION_GAP
    ]
    if not before:
        return None
    previous = max(before, key=lambda q: q.end)
    if previous.unit is None:
        return None
    if any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ") for t in doc[previous.end : opening]):
        return None
    return previous
