"""``find_about``: the entry point, and ``AboutRef``, what it returns for one quantity."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ...resources import Resources
from ..quantities import QuantityRef
from .counted import entity_token, predicate_token, qualifier_tokens
from .holder import find_holder
from .phrases import coordinated_text, counted_text, joined, noun_phrase
from .restated import restated


@dataclass(frozen=True)
class AboutRef:
    """What one number is about; ``entity_i`` and ``predicate_i`` are token indices in
    the Doc the quantity was found in."""

    text: str
    entity: str | None
    qualifiers: tuple[str, ...]
    property: str | None
    entity_i: int | None = None
    predicate_i: int | None = None


def find_about(
    doc: Doc, ref: QuantityRef, *, quantities: list[QuantityRef], resources: Resources
) -> AboutRef:
    """Entity (head noun), qualifiers and property of one quantity, and ``text``: the
    concise phrase naming what the number counts or measures and whose number it is."""
    return _find_about(doc, ref, quantities, resources, seen=frozenset())


def _find_about(
    doc: Doc,
    ref: QuantityRef,
    quantities: list[QuantityRef],
    resources: Resources,
    *,
    seen: frozenset[int],
) -> AboutRef:
    earlier = restated(doc, ref, quantities, resources)
    if earlier is not None and earlier.start not in seen:
        # "8 miles (13 km) of track", "a day is 24 hours, 39 minutes": the number is
        # about what the number it restates or continues is about.
        return _find_about(doc, earlier, quantities, resources, seen=seen | {ref.start})
    entity = entity_token(doc, ref)
    holder = find_holder(doc, ref, entity, quantities, resources)
    holder_text = noun_phrase(doc, holder, ref, quantities, resources) if holder is not None else ""
    if entity is None:
        return AboutRef(text=holder_text, entity=None, qualifiers=(), property=None)
    qualifiers = qualifier_tokens(doc, entity, ref, quantities)
    predicate = predicate_token(entity, resources)
    prop = coordinated_text(doc, predicate) if predicate is not None else None
    counted = counted_text(doc, ref, entity, qualifiers, predicate, prop, quantities, resources)
    return AboutRef(
        text=joined(counted, holder_text),
        entity=entity.text,
        qualifiers=tuple(q.text for q in qualifiers),
        property=prop,
        entity_i=entity.i,
        predicate_i=predicate.i if predicate is not None else None,
    )
