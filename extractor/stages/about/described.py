"""A description among the qualifiers ("the company's shares", "the firm cut 300 jobs")
is whose the number is; it names the organisation the article is about: of those named
before it, the one named most often, the latest on a tie (CLAIM-SPEC: qualifiers say
whose; names at their fullest, as for speakers)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Protocol

from spacy.tokens import Token

from ...article.offsets import start_char
from ...resources import Resources

# A definite mention points back to one named before: "the firm", "this company".
_DEFINITE = frozenset({"the", "this", "that"})

# What the record writes for a description token, or None to keep it as written.
Namer = Callable[[Token], "str | None"]


class ArticleNames(Protocol):
    """The article's names by kind (the speaker stage's resolver)."""

    def mentions(self, kind: str) -> list[tuple[int, str]]: ...


def description_namer(names: ArticleNames, resources: Resources) -> Namer:
    """A ``Namer`` that gives a definite singular description of an organisation ("the
    firm", "the computer company") the organisation the article is about."""
    organisations = names.mentions("organization")

    def named(token: Token) -> str | None:
        kind = resources.speaker_descriptions.get(token.lemma_.lower())
        if kind != "organization" or token.tag_ != "NN":
            return None
        mention = token.doc[token.left_edge.i : token.i + 1]
        if mention[0].lower_ not in _DEFINITE:
            return None  # "a firm" is a new one
        return most_named(organisations, start_char(token))

    return named


def most_named(mentions: list[tuple[int, str]], position: int) -> str | None:
    """Of the names mentioned before ``position``, the most frequent; the latest on a tie."""
    before = [(at, name) for at, name in mentions if at < position]
    counts = Counter(name for _, name in before)
    latest = {name: at for at, name in before}
    return max(counts, key=lambda name: (counts[name], latest[name]), default=None)
