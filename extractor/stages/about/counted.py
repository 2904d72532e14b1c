"""The counted thing: the noun a number counts or measures, its qualifiers and the
verb asserted of it ("100,000 Russian soldiers ... killed")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...resources import Resources
from ..quantities import QuantityRef
from .words import NOUN_POS, is_date

_QUALIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})


def entity_token(doc: Doc, ref: QuantityRef) -> Token | None:
    """The head noun the number counts or measures ("100,000 ... soldiers")."""
    inside = range(ref.start, ref.end)
    # A quantity heading an "of"-phrase names its base: "40% of voters", "half of the budget".
    for token in doc[ref.start : ref.end]:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    token = doc[ref.root]
    while token.head.i in inside and token.head.i != token.i:
        token = token.head
    # Walk up from the number: nummod -> noun; a coordinated number ("100,000 Ukrainian")
    # hangs off a modifier of the shared noun in the parse: keep walking to the noun.
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return None
        if head.i not in inside and head.pos_ in NOUN_POS and head.tag_ not in ("CD",):
            return None if is_date(head) else head
        if head.pos_ in ("ADP", "VERB", "AUX"):
            return None
        token = head
    return None


def qualifier_tokens(
    doc: Doc, entity: Token, ref: QuantityRef, quantities: list[QuantityRef]
) -> list[Token]:
    """Restrictive modifiers between this number and the noun, not another number's own."""
    next_start = min((q.start for q in quantities if q.start >= ref.end), default=len(doc))
    found = []
    for child in entity.lefts:
        if child.dep_ not in _QUALIFIER_DEPS or child.like_num:
            continue
        if any(q.start <= child.i < q.end for q in quantities):
            continue
        if ref.end <= child.i < min(next_start, entity.i):
            found.append(child)
    return found


def predicate_token(entity: Token, resources: Resources) -> Token | None:
    """The verb asserted of the entity; reporting verbs pass to their complement
    ("are estimated to have been killed" -> killed: seed fixture)."""
    verb = None
    if entity.dep_ in ("nsubj", "nsubjpass", "dobj") and entity.head.pos_ in ("VERB", "AUX"):
        verb = entity.head
    else:
        verb = next(
            (c for c in entity.children if c.dep_ in ("acl", "relcl") and _asserts(c)), None
        )
        if verb is not None and verb.pos_ == "AUX":
            return _complement(verb)  # "people who have been unemployed" -> unemployed
    if verb is None:
        return None
    if verb.lemma_.lower() in resources.cue_verbs:
        complement = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        if complement is not None:
            return complement
    return verb


def _asserts(clause: Token) -> bool:
    """A verb, or "be" with an adjective that says what it is, heads a clause that
    asserts something of the noun: "68,000 people who have been unemployed"."""
    return clause.pos_ == "VERB" or _complement(clause) is not None


def _complement(clause: Token) -> Token | None:
    """The adjective a "be" clause asserts: "who have been unemployed" -> unemployed."""
    if clause.lemma_ != "be":
        return None
    return next(
        (c for c in clause.children if c.dep_ == "acomp" and c.pos_ in ("ADJ", "ADV")), None
    )
