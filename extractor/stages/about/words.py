"""Word tests: is a token a unit, a framing noun, a date, a bracketed aside?"""

from __future__ import annotations

from spacy.tokens import Token

from ...resources import Resources
from ..quantities import QuantityRef

NOUN_POS = frozenset({"NOUN", "PROPN"})
# Modifiers that make a noun a phrase of its own: "the unemployment rate", "Acme's shares".
HOLDER_PHRASE_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def is_unit_noun(token: Token, *, resources: Resources, ref: QuantityRef | None = None) -> bool:
    """A unit of measure or score ("points", "cents", "yards"), not a counted thing; but
    not when a word outside the quantity compounds it ("the melting point")."""
    units = resources.about_unit_nouns
    if token.lower_ not in units and token.lemma_.lower() not in units:
        return False
    inside = range(ref.start, ref.end) if ref is not None else range(0)
    return not any(c.dep_ == "compound" and c.i not in inside for c in token.children)


def is_vague(
    noun: Token,
    in_quantity: set[int],
    *,
    resources: Resources,
    kinds: tuple[str, ...] = ("frame",),
) -> bool:
    """A bare framing noun of one of ``kinds`` ("a total of", "a 10% fall", "in
    exchange"): ``about_vague_nouns.v5.tsv``; not "the unemployment rate"."""
    bare = not any(c.dep_ in HOLDER_PHRASE_DEPS and c.i not in in_quantity for c in noun.children)
    return bare and resources.about_vague_nouns.get(noun.lemma_.lower()) in kinds


def is_date(token: Token) -> bool:
    """A date ("on 9 May", "last year") names when, never what a number is about."""
    return token.ent_type_ in ("DATE", "TIME")


def is_money(ref: QuantityRef) -> bool:
    """A currency amount: quantities name currencies by ISO code ("USD", "GBP")."""
    return ref.unit is not None and len(ref.unit) == 3 and ref.unit.isalpha() and ref.unit.isupper()


def is_bracketed(token: Token) -> bool:
    """The phrase of ``token`` opens with a bracket: "Ann Lee (12 goals)"."""
    first = token.left_edge.i
    return first > 0 and token.doc[first - 1].text in ("(", "[")


def is_contest_verb(verb: Token, *, resources: Resources) -> bool:
    """A verb of a contest ("leads", "beat"): its margin is the subject's, not the
    rival's ("Lee leads Park by 5 points"): ``about_contest_verbs.v1.txt``."""
    return verb.lemma_.lower() in resources.about_contest_verbs


def is_change_noun(token: Token, resources: Resources) -> bool:
    """A noun of change ("fall", "rise", "decline"): ``about_vague_nouns`` kind change."""
    return resources.about_vague_nouns.get(token.lemma_.lower()) == "change"
