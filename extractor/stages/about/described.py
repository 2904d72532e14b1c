"""A description among the qualifiers ("the foundation's donors", "the court's eight
members") is whose the number is: it names the organisation the article named before
with that word in its name ("the foundation" -> Clinton Foundation; the one named most
often, the latest on a tie), as a speaker description does (CLAIM-SPEC: qualifiers say
whose; names at their fullest). A description with a name or noun of its own ("the
Trump campaign", "the host committee") is another one; and "the company" is left as
written: on the news dump the organisation named most, or last, before it was wrong as
often as right."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Protocol

from spacy.tokens import Token

from ...article.offsets import start_char
from ...resources import Resources

# A definite mention points back to one named before: "the firm", "this company".
_DEFINITE = frozenset({"the", "this", "that"})

# What the record writes for a description token, or None to keep it as written.
Namer = Callable[[Token], "str | None"]
# The name the article gives what a pronoun stands for ("Acme ... Its revenue rose 5%" ->
# Acme: qualifiers say whose, a pronoun only by pointing back); None for nobody.
Referent = Callable[[Token], "str | None"]


class ArticleName(Protocol):
    """One named entity of the article (the speaker stage's ``NameRecord``)."""

    canonical: str
    kind: str
    positions: tuple[int, ...]


def description_namer(
    names: Iterable[ArticleName], resources: Resources, *, refers_to: Referent | None = None
) -> Namer:
    """A ``Namer`` that gives a definite singular description of an organisation ("the
    foundation", "the high court") the organisation named before it with that word, and a
    third-person pronoun ("its revenue", "it sold") the name ``refers_to`` resolves it to."""
    organisations = sorted(
        (at, name.canonical)
        for name in names
        if name.kind == "organization"
        for at in name.positions
    )

    def named(token: Token) -> str | None:
        if token.pos_ == "PRON":
            return refers_to(token) if refers_to is not None else None
        kind = resources.speaker_descriptions.get(token.lemma_.lower())
        if kind != "organization" or token.tag_ != "NN":
            return None
        mention = token.doc[token.left_edge.i : token.i + 1]
        if mention[0].lower_ not in _DEFINITE:
            return None  # "a foundation" is a new one
        if any(t.pos_ in ("PROPN", "NOUN") or t.dep_ == "poss" for t in mention[1:-1]):
            return None  # "the Trump campaign", "the host committee"
        word = token.lower_
        having_word = [(at, name) for at, name in organisations if word in name.lower().split()]
        return most_named(having_word, start_char(token))

    return named


def most_named(mentions: list[tuple[int, str]], position: int) -> str | None:
    """Of the names mentioned before ``position``, the most frequent; the latest on a tie."""
    before = [(at, name) for at, name in mentions if at < position]
    counts = Counter(name for _, name in before)
    latest = {name: at for at, name in before}
    return max(counts, key=lambda name: (counts[name], latest[name]), default=None)


# Named entities a description can be named as ("the computer company Apple"); not places,
# which a survey or a trip may list in apposition.
_NAME_ENTS = frozenset({"ORG", "PRODUCT"})
# What officials act for: "officials from Peru", "a spokesman for Brixco".
_ACTING_FOR = frozenset({"ORG", "GPE", "NORP"})


def named_in_sentence(
    owner: Token, entity: Token, *, people: frozenset[str] = frozenset()
) -> Token:
    """The name the sentence gives a common-noun description, in apposition ("the
    computer company Apple") or after "be" ("one major retailer that posted a gain was
    Brixco"): the name says whose (CLAIM-SPEC: qualifiers name the company); for people
    who act for an organisation or a country (``people``: titles, "officials"), the one
    they are from ("officials from Peru agreed to buy 60 jets" -> Peru); else the
    description itself, also when the name is the entity ("the primary UK index, the
    FTSE 100, rose": the description qualifies the name)."""
    if owner.pos_ != "NOUN":
        return owner
    if owner.lemma_.lower() in people:
        acting_for = [
            pobj
            for prep in owner.rights
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "at")
            for pobj in prep.children
            if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN" and pobj.ent_type_ in _ACTING_FOR
        ]
        if acting_for:
            return acting_for[0]
    named = [c for c in owner.rights if c.dep_ == "appos"]
    if not named and owner.dep_ == "nsubj" and owner.head.lemma_ == "be":
        named = [c for c in owner.head.rights if c.dep_ in ("attr", "acomp")]
    named = [c for c in named if c.pos_ == "PROPN" and c.ent_type_ in _NAME_ENTS]
    return named[-1] if named and named[-1].i != entity.i else owner
