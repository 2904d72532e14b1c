"""The one unit vocabulary every output uses (``models/README.md``, "Unit vocabulary").

A ``quantity.unit`` is ``None`` for a plain count, else one of:
- an ISO 4217 code for money ("USD", "GBP", "MYR"), from ``currencies.v2.tsv``;
- a unit name of ``units.v2.tsv`` (quantulum3's registry names, British spelling:
  "kilometre", "square metre", "degree Celsius", "gigabyte", "megabit per second");
- "percent", "percentage point", "basis point", "fraction" (a share written as words),
  "point" (an index level or a score);
- a rate, "<unit> per <noun>" ("USD per barrel", "kilometre per hour");
- an age, "<time unit> of age" ("year of age").

``normalise_unit`` maps the other spellings the readers and hand-written gold use
("per cent", "percentage", "meter", "degree celsius", "united states dollar") onto it;
the quantities stage, the scorer and the NewsQuant bench all go through it.
"""

from __future__ import annotations

import re

# Spellings outside the vocabulary and their vocabulary names (lower-cased keys).
_ALIASES = {
    "per cent": "percent",
    "percentage": "percent",
    "pct": "percent",
    "%": "percent",
    "percentage points": "percentage point",
    "basis points": "basis point",
    "points": "point",
    "degree celsius": "degree Celsius",
    "celsius": "degree Celsius",
    "degree fahrenheit": "degree fahrenheit",
    "fahrenheit": "degree fahrenheit",
    "united states dollar": "USD",
    "dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "minute of arc": "minute",
    "second of arc": "second",
    # abbreviations a rate's noun is written in ("$15/hr", "$3/lb")
    "hr": "hour",
    "hrs": "hour",
    "yr": "year",
    "lb": "pound-mass",
}
_AMERICAN = re.compile(r"(meter|liter)\b")


def normalise_unit(unit: str | None) -> str | None:
    """``unit`` in the vocabulary: aliases mapped, "-er" spellings made "-re", rates and
    ages normalised part by part; ``None`` and "" stay ``None``."""
    if not unit or not unit.strip():
        return None
    text = " ".join(unit.split())
    if " per " in text:
        head, tail = text.split(" per ", 1)
        return f"{normalise_unit(head)} per {normalise_unit(tail) or tail}"
    if text.endswith(" of age"):
        return f"{normalise_unit(text[: -len(' of age')])} of age"
    if re.fullmatch(r"[A-Za-z]{3}", text) and text.isupper():
        return text  # an ISO currency code
    alias = _ALIASES.get(text.lower())
    if alias is not None:
        return alias
    return _AMERICAN.sub(lambda m: m.group(1)[:-2] + "re", text)
