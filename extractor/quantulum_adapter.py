"""quantulum3 behind one adapter: offsets, not substrings; ranges as low/high; sane units.

The rest of the code never imports quantulum3. Its quirks handled here:
- ranges come back as mean ± uncertainty ("between 15 and 30 million" -> 15000007.5):
  both ends are re-parsed and the scale word is shared ("15" -> 15 million);
- "$3.2bn" is "dollar bit newton", "per cent" an unknown unit, "a dozen" is 1 dozen;
- "a wartime" is 1 "watt year south african rand" (seed fixture): units whose surface
  is not a unit are dropped, and a number that is only an article is no number;
- it prints warnings and, with scikit-learn installed, silently switches on a slow
  classifier that crashes on newer versions: the classifier is never used.
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass

with warnings.catch_warnings():
    # quantulum3 warns at import that its optional classifier is missing: we never use it.
    warnings.simplefilter("ignore")
    from quantulum3 import parser as _qparser

log = logging.getLogger(__name__)

SCALES = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "a$": "AUD", "c$": "CAD"}
_SUFFIX_MONEY = re.compile(
    r"^(?P<cur>US\$|A\$|C\$|\$|£|€|¥|₹)?\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s?"
    r"(?P<scale>bn|billion|mn|mln|million|m|k|tn|trn|trillion|b)?$",
    re.IGNORECASE,
)
_RANGE_SPLIT = re.compile(
    r"^(?:between|from)?\s*(?P<low>.+?)\s*(?:\band\b|\bto\b|-|–|—)\s*(?P<high>.+)$", re.IGNORECASE
)
_SCALE_WORD = re.compile(r"\b(thousand|million|billion|trillion|bn|mn|tn)\b|\d(bn|m|k|tn)\b", re.I)
# Unit surfaces quantulum3 reads into ordinary words: "30 am" (attometre), "a wartime".
_NOT_UNITS = frozenset({"am", "pm", "a", "an", "in", "at", "as", "is", "it", "us", "or", "to", "min", "h"})
# quantulum3 reads "minutes" and "seconds" as angles; in news they are durations.
_UNIT_RENAMES = {"minute of arc": "minute", "second of arc": "second"}
_PERCENT_NAMES = frozenset({"percentage", "per cent", "percent", "percentage point"})
_ARTICLES = frozenset({"a", "an"})


@dataclass(frozen=True)
class QuantulumHit:
    """One quantity quantulum3 found, with offsets into the text it was given."""

    start_char: int
    end_char: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None


def parse_text(text: str) -> list[QuantulumHit]:
    """Quantities in ``text`` with offsets; ``[]`` on anything quantulum3 cannot read."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = _qparser.parse(text, lang="en_US", classifier_path=None)
    except Exception as err:  # noqa: BLE001 - a third-party parser must never stop an article
        log.debug("quantulum3 failed on %r: %s", text[:80], err)
        return []
    hits = []
    for quantity in found or []:
        hit = _to_hit(text, quantity)
        if hit is not None:
            hits.append(hit)
    return hits


def parse_value(text: str) -> float | None:
    """The number a short string states ("forty", "3.2bn", "two-thirds"), or None."""
    money = _SUFFIX_MONEY.match(text.strip())
    if money:
        return _money_value(money)
    hits = parse_text(text)
    return hits[0].value if len(hits) == 1 else None


def _to_hit(text: str, quantity) -> QuantulumHit | None:
    start, end = quantity.span
    surface = text[start:end]
    unit = _normalise_unit(quantity, surface)
    value = float(quantity.value)
    if quantity.unit.name == "dozen":
        value, unit = value * 12, None
    low = high = None
    if quantity.uncertainty:
        low, high = _range_ends(surface)
        if low is None:
            low, high = value - quantity.uncertainty, value + quantity.uncertainty
        value = None
    money = _SUFFIX_MONEY.match(surface.strip())
    if money and money.group("scale") and quantity.unit.entity.name == "unknown":
        value = _money_value(money)
        unit = CURRENCY_SYMBOLS.get((money.group("cur") or "").lower())
    if unit == "unknown":
        # The unit part is not a unit ("a wartime", "30 am"): keep the number alone.
        number = re.match(r"^\S+", surface)
        if number is None or number.group(0).lower() in _ARTICLES:
            return None
        end = start + number.end()
        unit = None
    return QuantulumHit(start, end, value, low, high, unit)


def _normalise_unit(quantity, surface: str) -> str | None:
    unit = quantity.unit
    if unit.entity.name == "currency":
        return unit.currency_code or unit.name
    if unit.name in _PERCENT_NAMES or unit.name.startswith("percent"):
        return "percent"
    if unit.entity.name == "dimensionless" or unit.name in ("count", "dozen"):
        return None
    unit_surface = surface.split(maxsplit=1)[1].lower() if " " in surface.strip() else ""
    if unit.entity.name == "unknown" or unit_surface in _NOT_UNITS:
        return "unknown"
    return _UNIT_RENAMES.get(unit.name, unit.name)


def _money_value(match: re.Match[str]) -> float:
    value = float(match.group("num").replace(",", ""))
    scale = (match.group("scale") or "").lower()
    return value * SCALES.get(scale, 1.0)


def _range_ends(surface: str) -> tuple[float | None, float | None]:
    """Both ends of a range surface; a scale word on the high end applies to a bare low end."""
    match = _RANGE_SPLIT.match(surface.strip())
    if not match:
        return None, None
    low_text, high_text = match.group("low"), match.group("high")
    low, high = parse_value(low_text), parse_value(high_text)
    if low is None or high is None:
        return None, None
    return shared_scale(low, low_text, high, high_text), high


def shared_scale(low: float, low_text: str, high: float, high_text: str) -> float:
    """The low end of "15 and 30 million": scaled like the high end when it has no scale."""
    scale = _SCALE_WORD.search(high_text)
    if scale and not _SCALE_WORD.search(low_text):
        factor = SCALES[(scale.group(1) or scale.group(2)).lower()]
        if low * factor <= high:
            return low * factor
    return low
