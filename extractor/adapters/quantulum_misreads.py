"""Readings of quantulum3's that news copy contradicts, corrected after the parse: scale
letters read as units ("25k" is no kelvin), the inch sign read as a second of arc, and
currencies whose sign our lexicon reads otherwise."""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import Resources
from ..text.numbers import SCALES
from .money import load_currency_prefixes, money_value

_GLUED_SCALE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(k|K|M|m)$")
_GLUED_SCALE_MISREADS = frozenset({"kelvin", "metre", "kibibyte"})


@lru_cache(maxsize=4)
def _measure_after(resources: Resources) -> re.Pattern[str]:
    """``models/lexicons/measure_words.v1.txt``: words after "2.7m" that keep it a length."""
    words = sorted(resources.measure_words, key=len, reverse=True)
    return re.compile(rf"^\s*(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)


def money_reading(
    surface: str, quantity, value: float | None, unit: str | None, resources: Resources
) -> tuple[float | None, str | None]:
    """Money as our currency lexicon reads it: a scaled amount quantulum3 could not place
    ("US$3.2bn"), and the currency of a sign written before the number, which wins over
    quantulum3's own choice ("up to ¥12,000" is yen there, as it is alone)."""
    currencies = load_currency_prefixes(resources)
    money = currencies.suffix_money.match(surface.strip())
    if money and money.group("scale") and quantity.unit.entity.name == "unknown":
        value = money_value(money)
        return value, currencies.codes.get((money.group("cur") or "").replace(" ", "").lower())
    if quantity.unit.entity.name == "currency":
        signed = currencies.money.search(surface)
        code = signed and currencies.codes.get(re.sub(r"\s+", "", signed.group("cur").lower()))
        return value, code or unit
    return value, unit


def inch_or_closing_quote(
    text: str, start: int, end: int, quantity, unit: str | None
) -> tuple[int, str | None]:
    """A straight double quote after a number, which quantulum3 reads as a second of arc:
    in news it closes a quotation that opened right before the number ('a "99.9" percent'),
    or it is the inch sign ('a 55" screen', '12" of snow')."""
    if quantity.unit.name != "second of arc" or not text[start:end].endswith('"'):
        return end, unit
    if start > 0 and text[start - 1] == '"':
        return end - 1, None
    return end, "inch"


def scale_misread(
    text: str, end: int, value: float, unit: str | None, resources: Resources
) -> tuple[float, str | None]:
    """A scale letter quantulum3 read as a unit: "25k", "4.3M", "35m devices" are
    thousands and millions in news copy, not kelvin, kibibytes or metres ("a 2.7m wall" / "2.7m
    tall" stay lengths: NewsQuant, UK business copy); "8 B people" is billions, not bytes."""
    start = text.rfind(" ", 0, max(end - 1, 0)) + 1
    glued = _GLUED_SCALE.match(text[start:end])
    if glued and unit in _GLUED_SCALE_MISREADS and not _measure_after(resources).match(text[end:]):
        return value * SCALES[glued.group(2).lower()], None
    if unit == "byte" and re.search(r"\d B$", text[:end]) and re.match(r"^ [a-z]", text[end:]):
        return value * SCALES["b"], None
    return value, unit
