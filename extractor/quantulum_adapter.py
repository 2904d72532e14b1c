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
from functools import lru_cache

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
# Currency prefixes quantulum3 misses or splits (NewsQuant wire copy): "US $58.24",
# "HK $3.7 billion", "$US160 million", "USD1,700", "INR1 trillion", "RM23.50", and the
# mangled pound sign of scraped UK copy, "PS21,700" / "PS2.7m", and yen as "Y=28,030".
MONEY_PREFIXES = {
    "us$": "USD", "us $": "USD", "$us": "USD", "usd": "USD", "hk$": "HKD", "hk $": "HKD",
    "a$": "AUD", "au$": "AUD", "c$": "CAD", "nz$": "NZD", "s$": "SGD", "inr": "INR", "rs": "INR",
    "rs.": "INR", "rm": "MYR", "ps": "GBP", "y=": "JPY", "eur": "EUR", "gbp": "GBP",
    "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR",
}
_MONEY = re.compile(
    r"(?<![\w$])(?P<cur>US ?\$|\$ ?US|HK ?\$|AU?\$|C\$|NZ\$|S\$|USD|INR|EUR|GBP|Rs\.? ?|RM|PS|Y=|[$£€¥₹])"
    r" ?(?P<num>\d[\d,]*(?:\.\d+)?)(?: ?(?P<scale>trillion|billion|million|thousand|bn|mn|mln|tn|trn|m|k|b)\b)?",
)
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
_GLUED_SCALE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(k|K|M|m)$")
_GLUED_SCALE_MISREADS = frozenset({"kelvin", "metre"})
_MEASURE_AFTER = re.compile(
    r"^\s*(?:tall|long|wide|high|deep|away|above|below|in|of water|metres?|meters?|wall|high|length|width|height)\b",
    re.IGNORECASE,
)


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
    return list(_parse_cached(text))


@lru_cache(maxsize=16384)
def _parse_cached(text: str) -> tuple[QuantulumHit, ...]:
    """quantulum3 costs ~2 ms a call; entity texts ("two", "5%") and wire boilerplate
    sentences repeat across a dump, so results are cached per process (hits are frozen)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = _qparser.parse(text, lang="en_US", classifier_path=None)
    except Exception as err:  # noqa: BLE001 - a third-party parser must never stop an article
        log.debug("quantulum3 failed on %r: %s", text[:80], err)
        return ()
    hits = []
    for quantity in found or []:
        hit = _to_hit(text, quantity)
        if hit is not None:
            hits.append(hit)
    return tuple(hits)


@dataclass(frozen=True)
class PlainHit:
    """quantulum3's own reading, quirks kept: a range is its mean; for baselines only."""

    start_char: int
    end_char: int
    text: str
    value: float
    unit: str | None


def parse_plain(text: str) -> list[PlainHit]:
    """quantulum3 as shipped (its value, its unit name or currency code), ``[]`` on failure:
    the plain baseline row of the benchmarks, scored by the same code as the extractor."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = _qparser.parse(text, lang="en_US", classifier_path=None)
    except Exception as err:  # noqa: BLE001 - a baseline must never stop a benchmark
        log.debug("quantulum3 failed on %r: %s", text[:80], err)
        return []
    hits = []
    for quantity in found or []:
        start, end = quantity.span
        unit = quantity.unit
        name = unit.currency_code if unit.entity.name == "currency" and unit.currency_code else unit.name
        if unit.entity.name == "dimensionless":
            name = None
        hits.append(PlainHit(start, end, text[start:end], float(quantity.value), name))
    return hits


def find_money(text: str) -> list[QuantulumHit]:
    """Money amounts written with a currency prefix, and "from $X to $Y" / "between $X and
    $Y" / "$X to $Y" as one range (NewsQuant: price ranges read as two amounts)."""
    amounts = []
    for match in _MONEY.finditer(text):
        cur = re.sub(r"\s+", " ", match.group("cur").strip().lower())
        if cur in ("ps", "rm", "y=", "usd", "inr", "eur", "gbp") and match.start("num") != match.end("cur"):
            continue  # the letter prefixes only when glued to the number: "PS 5" is not money
        value = float(match.group("num").replace(",", ""))
        scale = (match.group("scale") or "").lower()
        if scale and scale in "mbk" and text[match.end("num") : match.end("num") + 1] == " ":
            scale = ""  # "$5 m away": a spaced single letter is not a scale
        unit = MONEY_PREFIXES.get(cur.replace(" ", "") if cur not in MONEY_PREFIXES else cur, "USD")
        amounts.append(QuantulumHit(match.start(), match.end(), value * SCALES.get(scale, 1.0), None, None, unit))
    hits: list[QuantulumHit] = []
    i = 0
    while i < len(amounts):
        first = amounts[i]
        if i + 1 < len(amounts):
            second = amounts[i + 1]
            lead_start = max(text.rfind(" ", 0, max(first.start_char - 1, 0)) + 1, 0)
            lead = text[lead_start : first.start_char].lower()
            between = text[first.end_char : second.start_char].lower()
            joined = re.match(r"^ ?(to|and|-|–) ?$", between)
            # "rose by $5 billion to $80 billion" is a change and a level, not a range.
            by_change = lead.strip() == "by"
            if joined and not by_change and first.unit == second.unit and (joined.group(1) != "and" or lead.strip() == "between"):
                start = lead_start if lead.strip() in ("between", "from") else first.start_char
                low, high = sorted((_scaled_like(first, text, second), second.value))
                hits.append(QuantulumHit(start, second.end_char, None, low, high, first.unit))
                i += 2
                continue
        hits.append(first)
        i += 1
    return hits


def _scaled_like(low: QuantulumHit, text: str, high: QuantulumHit) -> float:
    """"$1 to $1.25 million": a bare low end takes the high end's scale word."""
    return shared_scale(low.value, text[low.start_char : low.end_char], high.value, text[high.start_char : high.end_char])


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
    if surface.startswith("(") and value is not None and value < 0:
        # "($1,062)" is a conversion in brackets, not an accounting negative (NewsQuant).
        start, end, value = start + 1, end - (surface.endswith(")")), -value
        surface = text[start:end]
    glued = _GLUED_SCALE.match(surface)
    if glued and unit in _GLUED_SCALE_MISREADS and not _MEASURE_AFTER.match(text[end:]):
        # "25k", "4.3M", "35m devices" are thousands and millions in news copy, not kelvin or
        # metres; "a 2.7m wall" / "2.7m tall" stay lengths (NewsQuant, UK business copy).
        value, unit = value * SCALES[glued.group(2).lower()], None
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
