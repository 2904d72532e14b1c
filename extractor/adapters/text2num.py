"""text2num (``text_to_num``) behind one adapter: numbers written in English words.

"thirty-one thousand four hundred and six" is 31406; quantulum3 reads such long number
words as a range ("thirty-one" as 30 to 1). text2num is maintained (2026 release,
wheels for CPython) and reads English cardinals exactly; it raises on anything else,
which the adapter turns into ``None``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

from ..text.numbers import NUMBER_WORDS

# Only cardinal words, hyphens, "and" and spaces: what text2num is asked to read.
_WORDS_ONLY = re.compile(
    rf"^(?:(?:{NUMBER_WORDS}|zero|and|a)(?:[- ]|$))+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def number_words_value(text: str) -> float | None:
    """The number an all-words cardinal states ("thirty-one thousand and six"), or None."""
    text = text.strip()
    if not _WORDS_ONLY.match(text) or text.lower().startswith(("and", "a ")):
        return None
    try:
        return float(text2num(text.lower(), "en"))
    except (ValueError, TypeError):
        return None


_WORD = re.compile(r"[A-Za-z]+")


def leading_number_words(text: str) -> tuple[float, int] | None:
    """The number the longest all-words cardinal opening ``text`` states and where it
    ends ("thirty-one thousand dollars" -> 31000.0, 19), when nothing after it is another
    number ("twenty to thirty dollars" is a range); or None."""
    ends = [match.end() for match in _WORD.finditer(text)]
    for end in reversed(ends):
        value = number_words_value(text[:end])
        if value is not None:
            rest = text[end:]
            if re.search(rf"\d|\b(?:{NUMBER_WORDS})\b", rest, re.IGNORECASE):
                return None
            return value, end
    return None
