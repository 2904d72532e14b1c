"""The quantity record a Doc yields, and how a span of tokens becomes one."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ...article.offsets import end_char, start_char
from ...text.numbers import NUMBER_WORDS


@dataclass(frozen=True)
class QuantityRef:
    """A quantity found in one Doc.

    ``start_char``/``end_char`` are absolute offsets in the article text (the Doc's start
    in the article added, ``article.offsets``); ``start``, ``end`` and ``root`` (the number
    token) are token indices into the Doc itself."""

    start_char: int
    end_char: int
    value: float | None
    low: float | None
    high: float | None
    bound: str
    unit: str | None
    start: int
    end: int
    root: int


# A token that is a number: digits (with a currency sign, a glued scale or unit, a
# percent sign; a vulgar fraction: "½ mile") or a number word ("forty", "twenty-five").
NUMBERISH = re.compile(
    rf"^(?:[$£€¥₹]?[\d½¼¾⅓⅔⅛⅜⅝⅞][\d,.]*\w*%?|(?:{NUMBER_WORDS})(?:-\w+)?)$", re.IGNORECASE
)
# Numbers glued to a word neither reader splits: "sub-7 nanometre" (under 7), "minus-130
# degrees" (negative): NewsQuant.
# "minus 5 degrees", "negative 3.5 percent" (spaced) are negative too, but not "plus or
# minus 3 points" (a margin) nor "HIV-negative 30"; "her now-18-month-old", "the
# then-25-year-old" are plain numbers with a time adverb glued on.
PREFIXED_NUMBER = re.compile(
    r"\b(?P<prefix>sub-|(?<!plus or )(?<!-)(?:minus|negative)[- ]|now-|then-)"
    r"(?P<number>\d[\d,]*(?:\.\d+)?)",
    re.IGNORECASE,
)
SIGN_WORDS = ("minus", "negative")


def signed_by_word(span: Span) -> bool:
    """ "minus 5 degrees", "negative 3.5 percent": ``span`` opens with a sign word that
    negates its number; "plus or minus 3 points" states a margin, no sign."""
    if not re.match(r"(?:minus|negative)\b", span.text, re.IGNORECASE):
        return False
    before = span.doc[max(0, span.start - 2) : span.start]
    return [t.lower_ for t in before] != ["plus", "or"] and before[-1:].text != "-"


def is_number_token(token: Token) -> bool:
    return token.like_num or bool(NUMBERISH.match(token.text))


def make_ref(span: Span, value, low, high, bound: str, unit: str | None) -> QuantityRef:
    """A ref over ``span``; its root is the number token the others hang from."""
    numbers = [token for token in span if is_number_token(token)]
    root = next((t for t in numbers if t.head not in numbers), numbers[0] if numbers else span.root)
    return QuantityRef(
        start_char(span),
        end_char(span),
        value,
        low,
        high,
        bound,
        unit,
        span.start,
        span.end,
        root.i,
    )


def extend(doc: Doc, ref: QuantityRef, start: int, end: int, bound: str) -> QuantityRef:
    """``ref`` over tokens ``start``..``end``, with ``bound``."""
    span = doc[start:end]
    return replace(
        ref,
        start=start,
        end=end,
        start_char=start_char(span),
        end_char=end_char(span),
        bound=bound,
    )
