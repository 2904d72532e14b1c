"""Names as the article writes them, normalised: leading articles, possessive marks,
titles and edge punctuation removed ("the U.S. Army's" -> "U.S. Army", "Defense
Secretary Lloyd Austin" -> "Lloyd Austin")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from spacy.tokens import Span

ARTICLES = frozenset({"the", "a", "an"})
# Words dropped at either edge of a name run: articles and possessive marks ("Reuters'").
NAME_EDGE_WORDS = ARTICLES | frozenset({"’s", "'s", "’", "'"})


_POSSESSIVE = re.compile(r"['’]s\b")
_LEADING_THE = re.compile(r"^the\s+")


def normalise_name(text: str | None) -> str:
    """A name as a key, the one normalisation of names everywhere (the scorer's speaker and
    via, the queue's speakers, qualifiers and outlets): case-folded, possessive and
    punctuation removed, spaces collapsed, a leading "the" dropped ("The U.S. Army's" ->
    "us army"; CLAIM-SPEC, Scoring)."""
    if not text:
        return ""
    text = _POSSESSIVE.sub("", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return _LEADING_THE.sub("", " ".join(text.split()))


def strip_article(text: str) -> str:
    """A phrase without its leading articles ("the Associated Press" -> "Associated
    Press"), words rejoined by single spaces; the text itself if nothing else is left."""
    words = text.split()
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    return " ".join(words) or text


def without_article(span: Span) -> str:
    """A span's text without leading articles and edge punctuation tokens ("the
    country," -> "country"), spacing kept as written; the text itself if nothing is left."""
    tokens = list(span)
    while tokens and (tokens[0].lower_ in ARTICLES or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return span.text
    return span.doc[tokens[0].i : tokens[-1].i + 1].text


def strip_name(span: Span, *, titles: frozenset[str]) -> Span | None:
    """A name run without articles, possessives and leading titles: "Defense Secretary
    Lloyd Austin" -> "Lloyd Austin"; None for titles alone ("Chairman" is a role)."""
    start, end = span.start, span.end
    doc = span.doc
    if all(token.lower_ in titles for token in span):
        return None
    leading = [i for i in range(start, end - 1) if doc[i].lower_ in titles]
    if leading and span.root.ent_type_ != "ORG":  # "General Electric" keeps its "General"
        start = leading[-1] + 1
    while start < end and doc[start].lower_ in NAME_EDGE_WORDS:
        start += 1
    while end > start and (doc[end - 1].lower_ in NAME_EDGE_WORDS or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


HYPHENS = frozenset({"-", "‐", "–"})


def name_words(span: Span) -> tuple[str, ...]:
    """A name's words as written, tokens glued without a space kept together: "Texco-Orion"
    is one word, so it is not "Orion" (CLAIM-SPEC: a name keeps its own boundaries)."""
    return tuple(span.text.split())


def glued_extent(span: Span, start: int, end: int) -> tuple[int, int]:
    """Token bounds ``start:end`` widened, within ``span``, over hyphens glued to
    capitalised words on either side: "Texco" in "Texco-Orion" -> "Texco-Orion"."""
    doc = span.doc

    def glued(left: int) -> bool:  # doc[left], a hyphen, doc[left + 2] written as one word
        return (
            span.start <= left
            and left + 2 < span.end
            and doc[left + 1].text in HYPHENS
            and not doc[left].whitespace_
            and not doc[left + 1].whitespace_
            and doc[left].text[:1].isalnum()
            and doc[left + 2].text[:1].isupper()
        )

    while glued(end - 1):
        end += 2
    while start - 2 >= span.start and glued(start - 2) and doc[start - 2].text[:1].isupper():
        start -= 2
    return start, end


def name_key(words: Sequence[str]) -> str:
    """Names cluster on their last word: "Milley" joins "Mark Milley", "the Post" "the
    Washington Post"."""
    return words[-1].lower()


def display_name(words: Sequence[str]) -> str:
    """A name given in capitals (a transcript label "RUIZ") as a name is written: "Ruiz"."""
    return " ".join(word.capitalize() if word.isupper() else word for word in words)
