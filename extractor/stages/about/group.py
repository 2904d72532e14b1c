"""The group a number is for: "rose 2.2% for women", "a fine of $52,000 for Northco",
"turnout was 64% for voters under 30" say whose number it is (a qualifier); and the place
its verb names: "cut 300 jobs in Peru" says where."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...resources import Resources
from ..quantities import QuantityRef
from .syntax import prep_object, top_of
from .words import is_date

# Named objects of "for" that are a group, a company, a place or a person.
_GROUP_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def group_served(doc: Doc, ref: QuantityRef, resources: Resources) -> Token | None:
    """The people, company or place of a "for" phrase after the number, on the number or
    on its verb; not a thing paid for ("$5 for the book") nor a time ("for the year")."""
    top = top_of(doc, ref)
    heads = [top]
    if top.head.pos_ in ("VERB", "AUX"):
        heads.append(top.head)
    elif top.dep_ == "pobj" and top.head.lower_ == "of":
        heads.append(top.head.head)  # "a penalty of $52,000 for Northco"
    for head in heads:
        group = prep_object(head, "for")
        if group is None or group.i < ref.end or is_date(group):
            continue
        if group.ent_type_ in _GROUP_ENTS or group.lemma_.lower() in resources.person_nouns:
            return group
    return None


# Named places: "cut 13,000 jobs in North America".
_PLACE_ENTS = frozenset({"GPE", "LOC"})


def verb_place(verb: Token | None, entity: Token) -> Token | None:
    """The named place of an "in" phrase on the verb that asserts the number of the
    entity, its subject or object: "will cut 13,000 jobs in North America", "9,000 jobs
    will be cut in the U.S." say where (CLAIM-SPEC: qualifiers, place)."""
    if verb is None or entity.head.i != verb.i or entity.dep_ not in _ARGUMENT_DEPS:
        return None
    place = prep_object(verb, "in")
    if place is None or place.ent_type_ not in _PLACE_ENTS or place.pos_ != "PROPN":
        return None
    return place
