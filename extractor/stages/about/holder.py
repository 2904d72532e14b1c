"""Whose number it is: the holder, found by named rules.

A quantity without a counted noun may name its holder itself ("$2 million in profits");
otherwise a walk goes up the parse from the counted noun (or the number) and, at each
step, the first walk rule that applies decides: climb on, or stop with a holder or
none. The rules run in the order of ``_WALK_RULES``; each is a small function so that a
later version can weigh their candidates instead of taking the first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...resources import Resources
from ..quantities import QuantityRef
from .clause import clause_holder
from .syntax import SUBJECT_DEPS, prep_object, quantity_tokens, subject_of, top_of
from .words import (
    NOUN_POS,
    is_bracketed,
    is_date,
    is_money,
    is_unit_noun,
    is_vague,
)

# Positions in which a noun above the number is its holder ("the deficit of $5bn").
_HOLDER_NOUN_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "ROOT", "appos", "conj"}
)
# Words that head a clause, where the walk looks for the clause's holder.
_CLAUSE_POS = frozenset({"VERB", "AUX", "ADJ", "ADV"})
_MAX_HOLDER_STEPS = 8


@dataclass(frozen=True, eq=False)
class Search:
    """What every holder rule reads: the quantity, its counted noun (if any), the token
    indices of every quantity in the Doc, and the resources."""

    ref: QuantityRef
    entity: Token | None
    in_quantity: set[int]
    resources: Resources


@dataclass(frozen=True)
class Climb:
    """The walk goes on from ``token``; ``prep`` is the preposition it last passed."""

    token: Token
    prep: Token | None


@dataclass(frozen=True)
class Found:
    """The walk stops: ``holder`` is whose number it is (``None``: nobody's)."""

    holder: Token | None


def find_holder(
    doc: Doc,
    ref: QuantityRef,
    entity: Token | None,
    quantities: list[QuantityRef],
    resources: Resources,
) -> Token | None:
    """Whose number it is: the noun the quantity's own words name, else the first
    holder up the parse from the counted noun (or from the number when there is none)."""
    search = Search(ref, entity, quantity_tokens(ref, quantities), resources)
    start = entity if entity is not None else top_of(doc, ref)
    if entity is None:
        for rule in _NAMED_RULES:
            own = rule(search, start)
            if own is not None:
                return own
    return walk_up(search, start)


# -- a holder the quantity names itself: rules (search, top of the quantity) -> noun -------


def _paid_in(search: Search, top: Token) -> Token | None:
    """Money "in" a noun is counted in that noun: "$2 million in profits"; not the
    idiom "in exchange for"."""
    if not is_money(search.ref):
        return None
    paid_in = prep_object(top, "in")
    if paid_in is None and top.dep_ == "dobj":
        # "creating over $500 million yearly in revenue": a bare noun after the money.
        paid_in = prep_object(top.head, "in")
        if paid_in is not None and (
            paid_in.i < top.i or any(c.dep_ == "det" for c in paid_in.children)
        ):
            paid_in = None
    if (
        paid_in is not None
        and paid_in.pos_ == "NOUN"
        and paid_in.i not in search.in_quantity
        and not is_vague(
            paid_in, search.in_quantity, resources=search.resources, kinds=("frame", "idiom")
        )
    ):
        return paid_in
    return None


def _named_subject(search: Search, top: Token) -> Token | None:
    """A subject quantity with a name before it: "the Pixel Pro 6 inch costs ...", not
    "led Park 52% to 39%"."""
    if top.dep_ in SUBJECT_DEPS and _outside_modifiers(top, search.in_quantity):
        return top
    return None


def _swallowed(search: Search, top: Token) -> Token | None:
    """A noun at the end of the quantity span, measured by its unit: "a 40 degree slope"."""
    swallowed = _swallowed_noun(top.doc, search.ref, search.resources)
    kinds = ("frame", "change")
    if swallowed is not None and not is_vague(
        swallowed, search.in_quantity, resources=search.resources, kinds=kinds
    ):
        return swallowed
    return None


_NAMED_RULES: tuple[Callable[[Search, Token], Token | None], ...] = (
    _paid_in,
    _named_subject,
    _swallowed,
)


def _swallowed_noun(doc: Doc, ref: QuantityRef, resources: Resources) -> Token | None:
    """The last word of a quantity span when it is a noun measured by the unit before it
    ("a 40 degree slope", "a 7 per cent fee"), not the unit itself ("5 kn", "3 %")."""
    last = doc[ref.end - 1]
    if (
        last.pos_ != "NOUN"
        or not last.is_alpha
        or is_unit_noun(last, resources=resources, ref=ref)
        or last.i <= ref.root
    ):
        return None
    between = doc[ref.root + 1 : last.i]
    if any(t.lower_ in ("per", "a", "an", "/") and t.nbor().lower_ != "cent" for t in between):
        return None  # a rate: "3 metres per year" (but "per cent" is one unit)
    return last if any(t.pos_ in NOUN_POS for t in between) else None


def _outside_modifiers(noun: Token, in_quantity: set[int]) -> list[Token]:
    """Compound, name and possessor modifiers of ``noun`` that are not part of a quantity."""
    return [
        c
        for c in noun.lefts
        if c.dep_ in ("compound", "nmod", "poss") and c.i not in in_quantity and c.pos_ != "PRON"
    ]


# -- the walk up the parse: rules (search, token, prep) -> Climb | Found | None --------


def walk_up(search: Search, start: Token) -> Token | None:
    """Walk up from ``start`` through prepositions, coordinations and framing nouns to
    the first noun or clause that says whose number it is."""
    token, prep = start, None
    for _ in range(_MAX_HOLDER_STEPS):
        step = _first_step(search, token, prep)
        if isinstance(step, Found):
            return step.holder
        token, prep = step.token, step.prep
    return None


def _first_step(search: Search, token: Token, prep: Token | None) -> Climb | Found:
    """The step of the first walk rule that applies to ``token``; none: no holder."""
    for rule in _WALK_RULES:
        step = rule(search, token, prep)
        if step is not None:
            return step
    return Found(None)


def _at_root(search: Search, token: Token, prep: Token | None) -> Found | None:
    """The top of the sentence: nothing above holds the number."""
    return Found(None) if token.head.i == token.i else None


def _beside(search: Search, token: Token, prep: Token | None) -> Found | None:
    """A number, unit or bracketed phrase in apposition to a noun is that noun's:
    "Ann Lee (12 goals)", "the index, 1,300 points"."""
    head = token.head
    beside = (
        token.i in search.in_quantity
        or (
            token is search.entity
            and is_unit_noun(token, resources=search.resources, ref=search.ref)
        )
        or is_bracketed(token)
    )
    if (
        beside
        and token.dep_ == "appos"
        and head.pos_ in NOUN_POS
        and head.i not in search.in_quantity
        and not is_date(head)
    ):
        return Found(head)
    return None


def _through_preposition(search: Search, token: Token, prep: Token | None) -> Climb | None:
    """Up through a preposition, remembering it: "widened by $12bn"."""
    head = token.head
    if head.pos_ == "ADP" or head.dep_ in ("prep", "agent"):
        return Climb(head, head)
    return None


def _through_coordination(search: Search, token: Token, prep: Token | None) -> Climb | None:
    """Up through a coordination or apposition below a noun: "Russian and Ukrainian"."""
    head = token.head
    if token.dep_ in ("conj", "appos") and head.pos_ not in ("VERB", "AUX"):
        return Climb(head, prep)
    return None


def _holder_noun(search: Search, token: Token) -> Token | None:
    """The noun above ``token`` when it is outside the quantity."""
    head = token.head
    ref = search.ref
    return head if head.pos_ in NOUN_POS and head.i not in range(ref.start, ref.end) else None


def _past_modifier_noun(search: Search, token: Token, prep: Token | None) -> Climb | None:
    """Up past a noun that only modifies another ("a compound", "an npadvmod")."""
    noun = _holder_noun(search, token)
    if noun is not None and noun.dep_ not in _HOLDER_NOUN_DEPS:
        return Climb(noun, prep)
    return None


def _past_framing_noun(search: Search, token: Token, prep: Token | None) -> Climb | None:
    """Up past a framing noun or a date, forgetting the preposition: "to a close of
    1,300 points", "4.2 metres on 3 March"."""
    noun = _holder_noun(search, token)
    if noun is None:
        return None
    if is_vague(noun, search.in_quantity, resources=search.resources) or is_date(noun):
        return Climb(noun, None)
    return None


def _subject_of_predicate_noun(search: Search, token: Token, prep: Token | None) -> Found | None:
    """The subject, when the noun above is a predicate noun that only describes it:
    "Acme is the biggest grocer in town with 50 stores"."""
    noun = _holder_noun(search, token)
    if noun is None or noun.dep_ != "attr":
        return None
    subject = subject_of(noun.head)
    return Found(subject) if subject is not None and subject.pos_ in NOUN_POS else None


def _noun_above(search: Search, token: Token, prep: Token | None) -> Found | None:
    """The noun the number measures: "a stimulus package of $1 trillion"."""
    noun = _holder_noun(search, token)
    return Found(noun) if noun is not None else None


def _past_other_word(search: Search, token: Token, prep: Token | None) -> Climb | None:
    """Up past any word that heads no clause (a number, a noun of the quantity)."""
    head = token.head
    return Climb(head, prep) if head.pos_ not in _CLAUSE_POS else None


def _reported_clause(search: Search, token: Token, prep: Token | None) -> Found | None:
    """A number in what a cue verb reports is not its speaker's: "a third of the seats
    were empty, said the manager"."""
    head = token.head
    reported = token.dep_ in ("ccomp", "parataxis")
    return Found(None) if reported and head.lemma_.lower() in search.resources.cue_verbs else None


def _spread_of(search: Search, token: Token, prep: Token | None) -> Found | None:
    """A participle giving a spread describes the noun it follows, however the parse
    hangs it: "a total of $12m of claims, ranging from $200 to $4m" -> claims, "prices
    at the market, ranging from 2 to 9 euros" -> prices (``about_relation_words`` span)."""
    head = token.head
    relation = search.resources.about_relation_words
    if head.tag_ != "VBG" or relation.get(head.lemma_.lower()) != "span":
        return None
    before = head.i - 1
    while before >= 0 and head.doc[before].is_punct:
        before -= 1
    noun = head.doc[before] if before >= 0 else None
    if noun is None or noun.pos_ not in NOUN_POS or noun.i in search.in_quantity:
        return None
    while noun.dep_ == "pobj" and noun.head.lower_ != "of" and noun.head.head.pos_ in NOUN_POS:
        noun = noun.head.head  # "prices at the new market, ranging ..." -> prices
    return Found(noun)


def _in_clause(search: Search, token: Token, prep: Token | None) -> Found | None:
    """The holder in the clause above: its subject or the object a change applies to."""
    found = clause_holder(token.head, token, prep, search.in_quantity, search.resources)
    return Found(found) if found is not None else None


def _relative_clause_noun(search: Search, token: Token, prep: Token | None) -> Found | None:
    """A clause without a subject that describes a noun is that noun's."""
    head = token.head
    if subject_of(head, besides=token) is not None:
        return None
    if head.dep_ in ("relcl", "acl") and head.head.pos_ in NOUN_POS:
        return Found(head.head)
    return None


def _verb_further_up(search: Search, token: Token, prep: Token | None) -> Climb | None:
    """Up to the next verb when this clause has no subject of its own: "the slope was
    steep at 12.5 degrees", "rose 3% and closed at $12"."""
    head = token.head
    if subject_of(head, besides=token) is not None:
        return None
    if head.dep_ != "ROOT" and token.dep_ not in SUBJECT_DEPS:
        return Climb(head, prep)
    return None


_WALK_RULES: tuple[Callable[[Search, Token, Token | None], Climb | Found | None], ...] = (
    _at_root,
    _beside,
    _through_preposition,
    _through_coordination,
    _past_modifier_noun,
    _past_framing_noun,
    _subject_of_predicate_noun,
    _noun_above,
    _past_other_word,
    _reported_clause,
    _spread_of,
    _in_clause,
    _relative_clause_noun,
    _verb_further_up,
)
