"""Whom a pronoun of another sentence's making stands for: the centre of the sentences
before it ("At the moment, Acme has 900 dealers. It intends to cut that number to 600"
-> Acme; "Acme's results beat forecasts. Its net profit rose 5%" -> Acme).

A sentence's centre is its main subject (centering theory: a pronoun subject keeps the
topic of the sentence before); a subject that is itself a pronoun of the same kind hands
the question on to the sentence before it. The centre counts only when it is a name the
pronoun can stand for: "it" and "its" a name that is not a person's (the small model also
calls companies persons: "General Motors"), "he", "his", "she" a person's. Anything else
(a common noun, a name of the wrong kind, a sentence without a subject) answers "nobody":
the pronoun is then left out, as before. A sentence the full pipeline did not parse
tells only the name it opens with ("Acme's results were strong."), if any.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from ...article.offsets import end_char, start_char
from ...text.names import without_article
from .syntax import SUBJECT_DEPS

# The pronoun classes this resolves, and how far back a chain of them may reach.
THING_PRONOUNS = frozenset({"it", "its"})
PERSON_PRONOUNS = {"he": "male", "his": "male", "she": "female"}
_MAX_SENTENCES_BACK = 6
# Named entities that can be a thing's name (a company, a product, a place, a work).
_THING_ENTS = frozenset({"ORG", "PRODUCT", "GPE", "LOC", "FAC", "WORK_OF_ART", "NORP", "EVENT"})


class NamedEntity(Protocol):
    """One name of the article (the speaker stage's ``NameRecord``)."""

    canonical: str
    kind: str
    positions: tuple[int, ...]
    titles: frozenset[str]


class SplitSentence(Protocol):
    """One sentence of the article as split (``article.sentences``)."""

    start_char: int
    span: Span  # in the sentence splitter's Doc


class _Chain:
    """The centre is another pronoun of the same kind: ask the sentence before."""


CHAIN = _Chain()


class Centres:
    """The article's sentences and names, for the centre of the sentences before a pronoun."""

    def __init__(
        self,
        sentences: Sequence[SplitSentence],
        segments: Iterable[Doc],
        names: Iterable[NamedEntity],
        first_names: Mapping[str, str],
    ) -> None:
        self._sentences = list(sentences)
        self._starts = [s.start_char for s in self._sentences]
        self._parsed = {start_char(sent): sent for doc in segments for sent in doc.sents}
        self._names = list(names)
        self._first_names = first_names

    def referent(self, pronoun: Token) -> str | None:
        """The name ``pronoun`` stands for when the sentences before make it their topic."""
        word = pronoun.lower_
        if word not in THING_PRONOUNS and word not in PERSON_PRONOUNS:
            return None
        if any(self._fitting(self._name_of(t), word) for t in _names_before(pronoun)):
            return None  # a name earlier in its own sentence: the sentence's rules decide
        here = bisect_right(self._starts, start_char(pronoun)) - 1
        for back in range(here - 1, max(here - 1 - _MAX_SENTENCES_BACK, -1), -1):
            found = self._centre(self._sentences[back], word)
            if not isinstance(found, _Chain):
                return found
        return None

    def _centre(self, sentence: SplitSentence, word: str) -> str | None | _Chain:
        sent = self._parsed.get(sentence.start_char)
        if sent is None:
            opening = sentence.span[0]
            if opening.lower_ in THING_PRONOUNS | PERSON_PRONOUNS.keys():
                return CHAIN if _same_class(opening.lower_, word) else None
            return self._fitting(self._opening_name(sentence), word)
        subject = main_subject(sent)
        if subject is None:
            return None
        if subject.pos_ == "PRON":
            return CHAIN if _same_class(subject.lower_, word) else None
        for token in _name_candidates(subject, thing=word in THING_PRONOUNS):
            name = self._fitting(self._name_of(token), word)
            if name is not None:
                return name
        return None

    def _name_of(self, token: Token) -> NamedEntity | str | None:
        """The article's name for a name token: its record (the fullest form), else the
        named entity as written."""
        span = _name_span(token)
        found = self._name_at(start_char(span), end_char(span))
        if found is not None:
            return found
        if token.ent_type_ in _THING_ENTS:
            return without_article(span)
        return None

    def _opening_name(self, sentence: SplitSentence) -> NamedEntity | None:
        """The name an unparsed sentence opens with, after "The" ("Acme's results ...")."""
        words = [t for t in sentence.span[:2] if not t.is_punct]
        if words and words[0].lower_ == "the":
            words = words[1:]
        if not words:
            return None
        at = sentence.start_char + words[0].idx - sentence.span[0].idx
        return self._name_at(at, at + 1)

    def _name_at(self, start: int, end: int) -> NamedEntity | None:
        return next((n for n in self._names if any(start <= p < end for p in n.positions)), None)

    def _fitting(self, name: NamedEntity | str | None, word: str) -> str | None:
        """The name, when the pronoun can stand for it."""
        if name is None:
            return None
        if isinstance(name, str):
            return name if word in THING_PRONOUNS else None
        first = name.canonical.split()[0].lower() if name.canonical.split() else ""
        gender = self._first_names.get(first)
        # A title of its own words ("General Motors") does not make a name a person's.
        person = gender is not None or (name.kind == "person" and bool(name.titles - {first}))
        if word in THING_PRONOUNS:
            return name.canonical if not person and name.kind != "group" else None
        wanted = PERSON_PRONOUNS[word]
        return name.canonical if person and gender in (wanted, None) else None


def _same_class(pronoun: str, word: str) -> bool:
    """Whether two pronouns can stand for the same: "it" and "its", "he" and "his"."""
    if word in THING_PRONOUNS:
        return pronoun in THING_PRONOUNS
    return PERSON_PRONOUNS.get(pronoun) == PERSON_PRONOUNS[word]


def main_subject(sent: Span) -> Token | None:
    """The subject of the sentence's main verb; None when coordinated main clauses have
    other subjects too ("Acme will build it and the jet should fly in 2008": which is the
    topic is not clear)."""
    root = sent.root
    clauses = [root, *(c for c in root.children if c.dep_ == "conj")]
    subjects = [c for verb in clauses for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len({s.lower_ for s in subjects}) > 1:
        return None
    return subjects[0] if subjects else None


def _name_candidates(subject: Token, *, thing: bool) -> list[Token]:
    """The subject when it is a name; for "it", also the name that owns or names a plural
    subject ("Acme's results", "Acme shares"): a plural is not "it"."""
    if subject.pos_ == "PROPN":
        return [subject]
    if not thing or subject.tag_ not in ("NNS", "NNPS"):
        return []
    return [c for c in subject.lefts if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]


def _names_before(pronoun: Token) -> list[Token]:
    """The last word of each name before ``pronoun`` in its sentence."""
    sent = pronoun.sent
    return [
        t
        for t in pronoun.doc[sent.start : pronoun.i]
        if t.pos_ == "PROPN" and (t.i + 1 == pronoun.i or t.nbor().pos_ != "PROPN")
    ]


def _name_span(token: Token) -> Span:
    """The named entity a name token is part of, else the token with its name compounds."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is not None:
        return ent
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return token.doc[start : token.i + 1]
