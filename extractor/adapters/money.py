"""Currency prefixes as news writes them ("US$", "$A", "RM", "HK $"), read by our own
patterns from the currency lexicon (``models/lexicons/currencies.v2.tsv``, generated
from CLDR through Babel by ``tools/generate_unit_tables.py``): quantulum3 misses most of
them ("$US12m", "RM45", "USD1,700") or reads them as other units."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import Resources
from ..text.numbers import SCALES

# Scale words a prefixed amount may carry ("$US12m", "A$3.2bn", "RM4 million", "Rs 4 lakh").
_SCALE = "|".join(sorted(SCALES, key=len, reverse=True))


@dataclass(frozen=True)
class CurrencyPrefixes:
    """Currency signs and codes before an amount, and the patterns built from them."""

    codes: dict[str, str]  # surface without spaces, lowercased -> ISO code
    glued_only: frozenset[str]  # (same keys) letter prefixes that must touch the number
    money: re.Pattern[str]  # a prefixed amount in running text, with an optional scale
    suffix_money: re.Pattern[str]  # a whole string that is one (optionally prefixed) amount


@lru_cache(maxsize=4)
def load_currency_prefixes(resources: Resources) -> CurrencyPrefixes:
    """The patterns built from the currency lexicon (once per Resources)."""
    codes, glued = {}, set()
    for currency in resources.currencies:
        key = currency.surface.replace(" ", "").lower()
        codes.setdefault(key, currency.code)
        if currency.glued:
            glued.add(key)
    surfaces = sorted({c.surface for c in resources.currencies}, key=len, reverse=True)
    prefix = "|".join(re.escape(surface) for surface in surfaces)
    # A whole-string amount ("US$3.2bn") takes the sign prefixes, not the letter codes.
    symbols = "|".join(
        re.escape(s)
        for s in surfaces
        if " " not in s and ("$" in s or not any(c.isalpha() for c in s))
    )
    money = re.compile(
        rf"(?<![\w$])(?P<cur>{prefix})"
        r" ?(?P<sign>-)?(?P<num>\d(?:[\d,]*\d)?(?:\.\d+)?)"
        # any case: "$2B", "$5K", "$3 Billion" in headlines
        rf"(?: ?(?P<scale>(?i:{_SCALE}))\b(?: (?P<crore>crores?)\b)?)?",
    )
    suffix_money = re.compile(
        rf"^(?P<cur>{symbols})?\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<scale>{_SCALE})?$",
        re.IGNORECASE,
    )
    return CurrencyPrefixes(codes, frozenset(glued), money, suffix_money)


def money_value(match: re.Match[str]) -> float:
    """The amount a ``money``/``suffix_money`` match states, its scale word applied."""
    return float(match.group("num").replace(",", "")) * scale_factor(match)


def scale_factor(match: re.Match[str]) -> float:
    """The factor of a match's scale words: "Rs 2 lakh crore" is two lakh crore (2e12),
    Indian scale words multiply."""
    scale = SCALES.get((match.group("scale") or "").lower(), 1.0)
    crore = match.groupdict().get("crore")
    return scale * (SCALES["crore"] if crore else 1.0)


# "100 SEK", "2.5 million EUR": an amount with its ISO code after it (quantulum3 reads
# only some codes so: "100 USD" but not "100 SEK").
_CODE_AFTER = re.compile(
    r"(?<![\w.,$])(?P<num>\d(?:[\d,]*\d)?(?:\.\d+)?)"
    rf"(?: (?P<scale>{_SCALE}))? (?P<code>[A-Z]{{3}})\b"
)


def find_code_after(text: str, *, resources: Resources) -> list[tuple[int, int, float, str]]:
    """(start, end, value, ISO code) of each amount written with its currency code after it."""
    currencies = load_currency_prefixes(resources)
    found = []
    for match in _CODE_AFTER.finditer(text):
        code = match.group("code")
        # a code that is an English word ("ALL", "TOP") counts only glued, as a prefix
        if currencies.codes.get(code.lower()) == code and code.lower() not in currencies.glued_only:
            found.append((match.start(), match.end(), money_value(match), code))
    return found
