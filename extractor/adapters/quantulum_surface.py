"""Where quantulum3's surface needs correcting (adapters/quantulum.py): its span (a comma
after a number word, a range it could not place) and units read out of pieces of words
(a unit letter inside an abbreviation or a longer word is no unit)."""

from __future__ import annotations

import re

# A range surface: "between 15 and 30", "from 5 to 10", "5-10".
RANGE_SPLIT = re.compile(
    r"^(?:between|from)?\s*(?P<low>.+?)\s*(?:\band\b|\bto\b|-|–|—)\s*(?P<high>.+)$", re.IGNORECASE
)


def hit_span(text: str, quantity) -> tuple[int | None, int]:
    """quantulum3's span, without a comma it took after a number word; for a range it
    could not place (start -1: it searched for its lower-cased surface, "Between 15 and
    30 people"), the "between"/"from" that opens it."""
    start, end = quantity.span
    while end > start + 1 and text[end - 1] == ",":
        end -= 1  # "equate the two, and": the comma ends the clause, not the number
    if start >= 0:
        return start, end
    for cue in reversed(list(re.finditer(r"\b(?:between|from)\b", text[:end], re.IGNORECASE))):
        match = RANGE_SPLIT.match(text[cue.start() : end])
        if match and not re.search(r"[.;!?]\s", text[cue.start() : end]):
            return cue.start(), end
    return None, end


# An abbreviation goes on after a unit letter: "U.S.", "p.m.", "P&G".
_ABBREVIATION_GOES_ON = re.compile(r"[.&][A-Za-z]")


def unit_inside_word(text: str, start: int, end: int, quantity) -> bool:
    """The unit quantulum3 read is a piece of a longer word or of an abbreviation, not a
    unit: "five key trends" (k + ey: 5,000 exayears), "five U.S. territories" (u), "7
    p.m." (p: pennies), "one P&G employee" (P: poise). Each of the unit's surfaces must
    be a word of its own in the text."""
    if _ABBREVIATION_GOES_ON.match(text, end) or text[end : end + 1].isalpha():
        return True
    if quantity.unit.entity.name == "currency":
        return False  # "$5", "5p": symbols quantulum3 reads apart from letters
    written = text[start:end]
    for dimension in getattr(quantity.unit, "original_dimensions", None) or ():
        surface = dimension.get("surface") or ""
        # In singular or plural, whichever quantulum3 wrote ("year" for "two years'
        # probation", "years" for "a 5-year-old" beside "five years").
        stem = re.sub(r"e?s$", "", surface) if len(surface) > 2 else surface
        whole = rf"(?<![A-Za-z]){re.escape(stem)}(?:e?s)?(?![A-Za-z])"
        if surface and not re.search(whole, written, re.IGNORECASE):
            return True
    return False


def word_piece_dropped(text: str, start: int, end: int, quantity, unit: str | None) -> str | None:
    """``unit``, or "unknown" (the number stands alone) when it is a piece of a word."""
    if unit not in (None, "percent", "unknown") and unit_inside_word(text, start, end, quantity):
        return "unknown"
    return unit
