"""Documents as sources: who wrote a report, poll, study or statement.

CLAIM-SPEC's speaker rule: a document speaks for its author when the article names one
("a report by Brightline Bank", "Brightline Bank's forecast", "the bank's projections",
"a Reuters poll"); only an unauthored one is its own speaker ("a new survey found").
``author_inside`` reads the author off the document's own phrase; ``DocumentAuthors``
remembers, in article order, the authors named with each kind of document, so that "the
report" later in the article speaks for the author of the report named before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ...article.offsets import start_char
from .syntax import first_child, inherited_subject, noun_phrase, subject_of, without_case

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions whose object is the document's audience or topic, never its author: "an
# interview with CNN" (CNN is the via, CLAIM-SPEC), "a letter to Congress", "a complaint
# against Acme". Not "for" ("a poll for CNN") nor "on" ("a post on Acme's website").
_NOT_AUTHOR_PREPOSITIONS = frozenset({"with", "to", "about", "against"})


def author_inside(document: Token, name_runs: Callable[[Span], list[Span]]) -> Span | None:
    """The source inside a document phrase: "a Reuters report", "a count by The Associated
    Press", "the foundation's tally", "her tax filings", "figures released by the
    agency"; places are not sources ("Ohio surveys": PolNeAR train class)."""
    for child in document.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            obj = first_child(child, "pobj")
            if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_):
                return noun_phrase(obj)
        if child.dep_ == "poss":
            return without_case(noun_phrase(child))
        if child.dep_ == "acl" and child.tag_ == "VBN":
            # "figures released by the agency", "a report published by Acme".
            agent = first_child(child, "agent")
            obj = first_child(agent, "pobj") if agent is not None else None
            if obj is not None:
                return noun_phrase(obj)
    elsewhere = {
        token.i
        for child in document.children
        if child.dep_ == "prep" and child.lower_ in _NOT_AUTHOR_PREPOSITIONS
        for token in child.subtree
    }
    runs = [
        run
        for run in name_runs(noun_phrase(document))
        if run.root.ent_type_ not in _PLACE_LABELS and run.root.i not in elsewhere
    ]
    return runs[-1] if runs else None


def issuer(document: Token, *, issuing_verbs: frozenset[str], verb_lemma) -> Span | None:
    """Who issued a document its own phrase does not author: the subject of the verb that
    takes it as object ("Acme released a report showing ...", "she issued a statement
    saying ..."), or of such a verb it is issued in ("he posted in a memo that ...")."""
    verb = document.head
    if document.dep_ == "pobj" and verb.lower_ == "in" and verb.dep_ == "prep":
        verb = verb.head
    elif document.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb) not in issuing_verbs:
        return None
    subject = subject_of(verb, "nsubj") or inherited_subject(verb)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return noun_phrase(subject)


class Authored(NamedTuple):
    """A document named with its author, at an absolute offset of the article."""

    position: int
    lemma: str
    author: Span


def find_authored(
    docs: Iterable[Doc], *, document_nouns: frozenset[str], name_runs: Callable[[Span], list[Span]]
) -> list[Authored]:
    """Every document noun of the article whose author is a name, in article order."""
    found = []
    for doc in docs:
        for token in doc:
            lemma = token.lemma_.lower()
            if token.pos_ != "NOUN" or lemma not in document_nouns:
                continue
            author = author_inside(token, name_runs)
            if author is not None and name_runs(author):
                found.append(Authored(start_char(token), lemma, author))
    return found


def earlier_author(authored: list[Authored], lemma: str, position: int) -> Span | None:
    """The author of the last document of the same kind named before ``position``."""
    before = [a for a in authored if a.lemma == lemma and a.position < position]
    return before[-1].author if before else None
