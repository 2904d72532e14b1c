"""Absolute character offsets for the tokens and spans of a parsed segment.

The full pipeline parses an article in segments (runs of chosen sentences, see
``article.sentences``); each segment's Doc records where it starts in the article text,
so every token or span knows its offsets in the article without an ``offset`` argument
passed down the stages. A Doc that was not marked (a test's hand-built Doc, a whole
text parsed at once) starts at 0.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..schema import Span as TextSpan

START_CHAR_KEY = "extractor.start_char"


def mark_segment(doc: Doc, start_char: int) -> Doc:
    """Record that ``doc`` is the article text from ``start_char`` on."""
    doc.user_data[START_CHAR_KEY] = start_char
    return doc


def doc_start(doc: Doc) -> int:
    """Where ``doc`` starts in the article text (0 for an unmarked Doc)."""
    return doc.user_data.get(START_CHAR_KEY, 0)


def start_char(item: Token | Span) -> int:
    """The absolute start offset of a token or span."""
    relative = item.idx if isinstance(item, Token) else item.start_char
    return doc_start(item.doc) + relative


def end_char(item: Token | Span) -> int:
    """The absolute end offset of a token or span."""
    relative = item.idx + len(item.text) if isinstance(item, Token) else item.end_char
    return doc_start(item.doc) + relative


def text_span(span: Span) -> TextSpan:
    """A record span (absolute offsets and text) for a spaCy span."""
    return TextSpan(start_char=start_char(span), end_char=end_char(span), text=span.text)
