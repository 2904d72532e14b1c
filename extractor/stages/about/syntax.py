"""Small walks over the parse that every part of the about stage shares."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..quantities import QuantityRef

SUBJECT_DEPS = ("nsubj", "nsubjpass")
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})


def subject_of(verb: Token, *, besides: Token | None = None) -> Token | None:
    """The first subject of ``verb``, other than ``besides``; of two, a nominal one: a
    word mis-tagged as a verb may also hang as a subject ("VR headset sales rose" with
    "headset" read as a verb)."""
    subjects = [
        c for c in verb.children if c.dep_ in SUBJECT_DEPS and (besides is None or c.i != besides.i)
    ]
    nominal = next((c for c in subjects if c.pos_ in _NOMINAL_POS), None)
    return nominal or next(iter(subjects), None)


def prep_object(token: Token, preposition: str) -> Token | None:
    """The object of ``token``'s child preposition ``preposition``, if any."""
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == preposition), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def top_of(doc: Doc, ref: QuantityRef) -> Token:
    """The highest token of a quantity in the parse."""
    token = doc[ref.root]
    while ref.start <= token.head.i < ref.end and token.head.i != token.i:
        token = token.head
    return token


def quantity_tokens(ref: QuantityRef, quantities: list[QuantityRef]) -> set[int]:
    """The indices of the tokens of ``ref`` and of every other quantity."""
    return {i for q in (ref, *quantities) for i in range(q.start, q.end)}


def holds_number(tokens: list[Token], quantities: list[QuantityRef]) -> bool:
    """Whether any of ``tokens`` is part of a quantity."""
    return any(q.start <= t.i < q.end for q in quantities for t in tokens)
