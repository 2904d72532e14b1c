"""Numbers restating another: a conversion ("5 miles (8 km)"), a continued measure
("11 hours, 20 minutes"), a second measure of one change ("up 40 points, or 1.2%") or
a number set against it ("4,200 cars, compared with 3,900") is about what the number it
restates is about."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...resources import Resources
from ..quantities import QuantityRef
from .counted import entity_token
from .phrases import as_written
from .syntax import top_of
from .words import is_change_noun, is_unit_noun

# Words that make a share the rest of an earlier one: "retaining the other 19.9%".
_REST_WORDS = frozenset({"other", "remaining", "rest"})
# A bare number as a verb's object (the parser also calls it a noun-phrase adverb).
_OBJECT_DEPS = frozenset({"dobj", "npadvmod"})
_MAX_CONVERSION_GAP = 1  # tokens between a number and "(" restating it: "5 miles (8 km)"
_MAX_COMPARISON_STEPS = 5  # parse steps up to "compared": "compared with an average of 24"


def restated(
    doc: Doc, ref: QuantityRef, quantities: list[QuantityRef], resources: Resources
) -> QuantityRef | None:
    """The quantity this one restates in other units ("5 miles (8 km)", "2 billion yen
    ($14 million)", "up 40 points, or 1.2%") or continues ("11 hours, 20 minutes": its
    noun is the other number's)."""
    for rule in (converted_from, _relative_restatement, _the_other, _gapped):
        found = rule(doc, ref, quantities)
        if found is not None:
            return found
    found = compared_with(doc, ref, quantities, resources)
    if found is not None:
        return found
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


def _relative_restatement(
    doc: Doc, ref: QuantityRef, quantities: list[QuantityRef]
) -> QuantityRef | None:
    """A number a relative clause gives for another: "rose by 8.04%, which is 392.50
    points" (wikinews_113330)."""
    top = entity_token(doc, ref) or top_of(doc, ref)  # "392.50 points": the unit noun
    clause = top.head
    if top.dep_ not in ("attr", "dobj") or clause.dep_ != "relcl":
        return None
    return _quantity_at(clause.head.i, ref, quantities)


def _the_other(doc: Doc, ref: QuantityRef, quantities: list[QuantityRef]) -> QuantityRef | None:
    """ "The other" or "the remaining" share is of what the sentence's earlier share of
    that unit is of: "sold 80.1% of its stake, retaining the other 19.9%"."""
    words = {t.lower_ for t in doc[ref.start : ref.end]} | {
        c.lower_ for c in top_of(doc, ref).children
    }
    if ref.unit is None or not words & _REST_WORDS or entity_token(doc, ref) is not None:
        return None
    sent = doc[ref.root].sent
    earlier = [q for q in quantities if sent.start <= q.start and q.end <= ref.start]
    return next((q for q in reversed(earlier) if q.unit == ref.unit), None)


def _gapped(doc: Doc, ref: QuantityRef, quantities: list[QuantityRef]) -> QuantityRef | None:
    """A bare number after the same verb as an earlier count in the sentence counts the
    same thing: "the 787-8 holds 210 passengers; the 787-9 holds 250 to 290"."""
    top = top_of(doc, ref)
    verb = top.head
    if ref.unit is not None or top.dep_ not in _OBJECT_DEPS or entity_token(doc, ref) is not None:
        return None
    sent = doc[ref.root].sent
    for other in quantities:
        if other is ref or not sent.start <= other.start < ref.start:
            continue
        counted = entity_token(doc, other)
        if counted is None or counted.dep_ != "dobj" or counted.head.i == verb.i:
            continue
        if counted.head.lemma_ == verb.lemma_:
            return other
    return None


def compared_with(
    doc: Doc, ref: QuantityRef, quantities: list[QuantityRef], resources: Resources
) -> QuantityRef | None:
    """The number a comparison sets this one against, when both are of one kind (same
    unit, or both counts) and this one names nothing of its own: "sold 4,200 cars,
    compared with 3,900 a year earlier" and "compared with an average of 3,900" are about
    cars; "310 versus 280" about what 310 is about; not "compared to an increase of
    60,600 jobs" (its own change and its own noun): ``about_relation_words`` compare."""
    if entity_token(doc, ref) is not None:
        return None
    top = top_of(doc, ref)
    above = list(top.ancestors)[:_MAX_COMPARISON_STEPS]
    word = next((t for t in above if _compares(t, resources)), None)
    if word is None:
        return None
    counted = {c.i for q in quantities if (c := entity_token(doc, q)) is not None}
    path = above[: above.index(word)]
    if any(t.pos_ == "NOUN" and (t.i in counted or is_change_noun(t, resources)) for t in path):
        return None
    sent = doc[ref.root].sent
    earlier = [
        q
        for q in quantities
        if q is not ref and sent.start <= q.start and q.end <= word.i and q.unit == ref.unit
    ]
    return earlier[-1] if earlier else None


def earlier_level(doc: Doc, ref: QuantityRef, resources: Resources) -> str | None:
    """ "up from", "down from" written just before the number: it states the level before
    the change, so that phrase, not the change's "rose to", is what is asserted of it."""
    if ref.start < 2:
        return None
    phrase = f"{doc[ref.start - 2].lower_} {doc[ref.start - 1].lower_}"
    if phrase.endswith(" from") and resources.about_relation_words.get(phrase) == "compare":
        return as_written(doc, [doc[ref.start - 2], doc[ref.start - 1]])
    return None


def _compares(word: Token, resources: Resources) -> bool:
    """A word that sets a number against another ("compared", "versus"), or a
    preposition that does so with the word written before it ("up from", "down from")."""
    relation = resources.about_relation_words
    if relation.get(word.lemma_.lower()) == "compare":
        return True
    before = word.doc[word.i - 1] if word.i > 0 else None  # the parse may hang "from" apart
    return (
        word.pos_ == "ADP"
        and before is not None
        and relation.get(f"{before.lower_} {word.lower_}") == "compare"
    )


def _quantity_at(i: int, ref: QuantityRef, quantities: list[QuantityRef]) -> QuantityRef | None:
    """The quantity other than ``ref`` that token ``i`` belongs to."""
    return next((q for q in quantities if q is not ref and q.start <= i < q.end), None)
