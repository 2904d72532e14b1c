"""Generate the unit and currency tables under ``models/lexicons/`` from their sources.

    .venv/bin/python tools/generate_unit_tables.py      # writes units.v2.tsv, currencies.v2.tsv

Sources, in order (a later source never overrides an earlier row's unit):
1. the hand-made v1 tables (``tools/unit_sources/units.v1.tsv``, ``currencies.v1.tsv``):
   news-specific readings ("12 C" is Celsius, "PS2.7m" is sterling), kept as they were;
2. quantulum3's unit registry (``quantulum3/units.json`` and its en_US names, loaded
   by quantulum3 itself): every unit of the entities news measures, with its names,
   plurals and symbols; SI prefixes it lacks ("millilitre") are derived;
3. derived forms: areas and volumes ("m2", "sq km", "cubic metres"), rates ("km/h",
   "km/hr", "Mbps", "MB/s", "miles an hour"), temperatures ("degrees F", "deg C",
   "°F", a bare "F" glued: "102F"), common misspellings ("celcius", "farenheit");
4. CLDR through Babel: ISO codes, symbols from the locales of each territory using the
   currency ("RM", "R$", "NZ$"), English names and plurals ("Swedish kronor") and news
   English names ("Swedish crowns"); country-marked dollars ("A$", "$A", "C$", "$US");
   a name's last word alone ("baht", "zlotys") when one current currency has it and it
   is not among quantulum3's common English words ("marks", "sol").

A surface two units claim (after the news preferences below) is dropped, as is any
symbol that is an English word or a single lower-case letter: quantulum3 and the rules
read those in context. The output is deterministic (sorted); tests regenerate nothing,
they read the committed tables.
"""

from __future__ import annotations

import re
import sys
import unicodedata
import warnings
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages
from babel.numbers import get_currency_name, get_territory_currencies

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from quantulum3 import load as quantulum_load

LEXICONS = Path(__file__).resolve().parent.parent / "models" / "lexicons"
SOURCES = Path(__file__).resolve().parent / "unit_sources"  # the hand-made v1 tables
UNITS_OUT, CURRENCIES_OUT = "units.v2.tsv", "currencies.v2.tsv"

NEWS_ENTITIES = frozenset(
    {
        "length",
        "area",
        "volume",
        "mass",
        "speed",
        "temperature",
        "data storage",
        "data transfer rate",
        "energy",
        "power",
        "frequency",
    }
)
# Prefixed units news writes; quantulum3's others ("zeptometre") are left out.
NEWS_PREFIXES = ("kilo", "mega", "giga", "tera", "peta", "milli", "centi", "micro", "nano")
# Prefixes news never writes ("zeptometre", "exbibyte").
RARE_PREFIXES = ("yocto", "zepto", "atto", "femto", "pico", "exa", "zetta", "yotta")
RARE_PREFIXES += ("exbi", "zebi", "yobi")
# Registry units whose names news uses for other things ("half-byte" is read as half).
SKIP_UNITS = frozenset({"nibble", "quantum bit", "twip", "quad", "speed of light"})
# SI prefixes derived where quantulum3 lacks the unit: base name -> (symbol, prefixes).
DERIVED_PREFIXES = {
    "litre": ("l", ("milli", "centi", "deci", "hecto")),
    "gram": ("g", ("milli", "micro", "kilo")),
}
PREFIX_SYMBOLS = {
    "kilo": "k",
    "mega": "M",
    "giga": "G",
    "tera": "T",
    "peta": "P",
    "milli": "m",
    "centi": "c",
    "deci": "d",
    "hecto": "h",
    "micro": "μ",
    "nano": "n",
}
# Rates: (numerator symbol or name, unit name) x (per-time symbol, time name).
RATE_TIMES = {"hour": ("h", "hr", "hour"), "second": ("s", "sec", "second")}
RATE_BASES = {
    "kilometre": "km",
    "mile": "mi",
    "metre": "m",
    "foot": "ft",
    "kilobit": "kb",
    "megabit": "Mb",
    "gigabit": "Gb",
    "megabyte": "MB",
    "gigabyte": "GB",
}
BIT_RATES = {"kilobit": "kbps", "megabit": "Mbps", "gigabit": "Gbps", "megabyte": "MBps"}
AREA_BASES = {
    "metre": "m",
    "kilometre": "km",
    "foot": "ft",
    "mile": "mi",
    "centimetre": "cm",
    "yard": "yd",
}
TEMPERATURES = {
    "degree Celsius": ("C", "Celsius", ("celcius", "celsuis", "centigrade")),
    "degree fahrenheit": (
        "F",
        "Fahrenheit",
        ("farenheit", "fahrenheight", "farenheight", "fahreinheit"),
    ),
}
MISSPELLINGS = {
    "kilometre": ("kilometres", "kilometers", "kilomtres"),
    "millimetre": ("milimetres", "milimeters"),
}
# News English: ambiguous bare words resolved the way English-language news uses them.
NEWS_CURRENCY_WORDS = {
    "dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "ringgit": "MYR",
    "rand": "ZAR",
    "peso": "MXN",
    "franc": "CHF",
    "rouble": "RUB",
    "ruble": "RUB",
    "real": "BRL",
    "lira": "TRY",
}
NEWS_NAME_ALIASES = {
    "krona": "crown",
    "kronor": "crowns",
    "krone": "crown",
    "kroner": "crowns",
    "koruna": "crown",
    "korunas": "crowns",
    "złoty": "zloty",
    "złotys": "zlotys",
}
NEWS_SIGNS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "Rs": "INR"}
# Country marks news puts on a dollar sign that CLDR does not list ("C$" is the córdoba
# in CLDR, the Canadian dollar in English news).
NEWS_DOLLAR_MARKS = {
    "USD": ("US",),
    "AUD": ("A", "AU"),
    "CAD": ("C", "CA", "Can"),
    "NZD": ("NZ",),
    "HKD": ("HK",),
    "SGD": ("S",),
    "TWD": ("NT",),
}
# Surfaces two registry units claim, read the way news writes them ("ml" is no mile).
NEWS_PREFERRED = {"ml": "millilitre", "mL": "millilitre", "ML": "megalitre"}
ENGLISH_WORDS = frozenset(
    {
        "a",
        "an",
        "at",
        "as",
        "be",
        "by",
        "do",
        "go",
        "he",
        "in",
        "is",
        "it",
        "me",
        "my",
        "no",
        "of",
        "on",
        "or",
        "so",
        "to",
        "up",
        "us",
        "we",
        "am",
        "pm",
        "ha",
        "per",
        "cup",
        "drop",
        "span",
        "quad",
        "therm",
        "ton",
        "pint",
        "peck",
        "ell",
        "mil",
        "bit",
        "nibble",
        "all",
        "top",
        "mop",
        "bob",
        "pen",
        "try",
        "mad",
        "sos",
    }
)


def main(out_dir: Path = LEXICONS) -> None:
    units = _units()
    currencies, currency_names = _currencies()
    for surface, code in currency_names.items():
        units.setdefault(surface, (code, "currency-name", ""))
    _write(out_dir / UNITS_OUT, "surface\tunit\tform[\tglued]", units)
    _write(out_dir / CURRENCIES_OUT, "prefix\tISO code\tsource[\tglued]", currencies)


def _write(path: Path, header: str, rows: dict[str, tuple[str, str, str]]) -> None:
    lines = [f"# GENERATED by tools/generate_unit_tables.py: do not edit by hand. {header}"]
    for surface in sorted(rows):
        unit, form, glued = rows[surface]
        lines.append("\t".join(filter(None, (surface, unit, form, glued))))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path.name}: {len(rows)} rows", file=sys.stderr)


def _v1(name: str) -> list[list[str]]:
    text = (SOURCES / name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


def _units() -> dict[str, tuple[str, str, str]]:
    rows: dict[str, tuple[str, str, str]] = {}
    claims: dict[str, set[str]] = {}

    def add(surface: str, unit: str, form: str, glued: str = "") -> None:
        surface = surface.strip()
        if (
            not surface
            or len(surface) == 1  # "B", "C", "F": only the curated rows give one letter
            or surface.lower() in ENGLISH_WORDS
        ):
            return
        # quantulum3 names hertz "revolutions per second": no news reading.
        if _unreadable(surface) or unit.startswith("per ") or "revolutions" in surface.lower():
            return
        claims.setdefault(surface, set()).add(unit)
        rows.setdefault(surface, (unit, form, glued))

    for row in _v1("units.v1.tsv"):
        rows[row[0]] = (row[1], "curated", "")
    for surface, unit in NEWS_PREFERRED.items():
        rows[surface] = (unit, "curated", "")
    registry = quantulum_load.units("en_US")
    for unit in sorted(registry.names.values(), key=lambda u: u.name):
        if unit.entity.name not in NEWS_ENTITIES:
            continue
        if unit.name.startswith(RARE_PREFIXES) or unit.name in SKIP_UNITS:
            continue
        # The registry name is a surface too: quantulum3 lists "hectare" only as its
        # symbols and "square hectometre".
        for surface in dict.fromkeys((*unit.surfaces, unit.name)):
            for form, text in (("name", surface), ("plural", _plural(surface))):
                add(text, unit.name, form)
                add(text[:1].upper() + text[1:], unit.name, form)
        for symbol in unit.symbols:
            add(symbol, unit.name, "symbol")
    for base, (symbol, prefixes) in DERIVED_PREFIXES.items():
        for prefix in prefixes:
            name = prefix + base
            for text in (PREFIX_SYMBOLS[prefix] + symbol, PREFIX_SYMBOLS[prefix] + symbol.upper()):
                add(text, name, "symbol")
            add(name, name, "name")
            add(_plural(name), name, "plural")
            add(name.replace("litre", "liter"), name, "name")
            add(_plural(name.replace("litre", "liter")), name, "plural")
    _derived_units(add)
    # "102F", "98.6f": a bare F glued to a number is Fahrenheit in news; spaced, "2.5 F" is
    # as often farads (NewsQuant), left to quantulum3. A bare "c" is not derived: "30c" is
    # as often cents.
    for text in ("F", "f"):
        rows.setdefault(text, ("degree fahrenheit", "temperature", "glued"))
    return {
        s: row
        for s, row in rows.items()
        if len(claims.get(s, {row[0]})) == 1 or row[1] == "curated"
    }


def _derived_units(add) -> None:
    for name, symbol in AREA_BASES.items():
        area, volume = f"square {name}", f"cubic {name}"
        for text in (f"{symbol}2", f"{symbol}²", f"sq {symbol}", f"sq. {symbol}", f"sq{symbol}"):
            add(text, area, "area")
        add(f"square {_plural(name)}", area, "area")
        for sq in ("sq", "sq."):  # "60 sq. metres", "a 40 sq mile area"
            add(f"{sq} {name}", area, "area")
            add(f"{sq} {_plural(name)}", area, "area")
        for text in (f"{symbol}3", f"{symbol}³", f"cu {symbol}"):
            add(text, volume, "volume")
        add(f"cubic {_plural(name)}", volume, "volume")
    for base, symbol in RATE_BASES.items():
        for time, forms in RATE_TIMES.items():
            unit = f"{base} per {time}"
            for form in forms[:2]:
                add(f"{symbol}/{form}", unit, "rate")
            for per in ("per", "an" if time == "hour" else "a", "a"):
                add(f"{_plural(base)} {per} {time}", unit, "rate")
    for base, symbol in BIT_RATES.items():
        add(symbol, f"{base} per second", "rate")
    for unit, (letter, name, misspelt) in TEMPERATURES.items():
        for degree in ("degrees", "degree", "deg", "deg.", "°", "º", "° "):
            for mark in (letter, letter.lower(), name, name.lower()):
                if degree.startswith(("°", "º")) and mark != letter:
                    continue
                add(
                    f"{degree}{'' if degree.startswith(('°', 'º')) else ' '}{mark}",
                    unit,
                    "temperature",
                )
        for wrong in misspelt:
            for text in (
                wrong,
                wrong.capitalize(),
                f"degrees {wrong}",
                f"degrees {wrong.capitalize()}",
            ):
                add(text, unit, "misspelling")
    for unit, wrongs in MISSPELLINGS.items():
        for wrong in wrongs:
            add(wrong, unit, "misspelling")
    add("pc", "percent", "symbol", "glued")  # "12pc": British percent
    add("per cent", "percent", "name")


def _unreadable(surface: str) -> bool:
    """A surface news never writes after a number: an English word first ("st league"),
    or characters outside Latin letters, digits, signs and the unit marks (CJK unit
    ligatures such as "㎐", right-to-left marks in CLDR symbols)."""
    if surface.split()[0].lower() in ENGLISH_WORDS | {"st"}:
        return True
    return any(
        not (ch.isascii() or ch in "°º²³μµΩ€£¥₹$" or unicodedata.category(ch) == "Sc")
        for ch in surface
    )


def _plural(name: str) -> str:
    if re.search(r"[^su]s$", name.split(" per ")[0]):
        return name  # already plural ("revolutions per second")
    if name.endswith(("foot",)):
        return name[:-4] + "feet"
    if name.endswith(("inch", "s", "x")):
        return name + "es"
    if name.endswith("y") and not name.endswith(("ay", "ey")):
        return name[:-1] + "ies"
    if " per " in name:
        head, tail = name.split(" per ", 1)
        return f"{_plural(head)} per {tail}"
    return name + "s"


def _currencies() -> tuple[dict[str, tuple[str, str, str]], dict[str, str]]:
    prefixes: dict[str, tuple[str, str, str]] = {}
    for row in _v1("currencies.v1.tsv"):
        prefixes[row[0]] = (row[1], "curated", "glued" if row[2:3] == ["glued"] else "")
    for sign, code in NEWS_SIGNS.items():
        prefixes.setdefault(sign, (code, "news", ""))
    for code, marks in NEWS_DOLLAR_MARKS.items():
        for mark in marks:
            for surface in (f"{mark}$", f"${mark}"):
                prefixes.setdefault(surface, (code, "news", ""))
    english = Locale("en")
    symbols: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}  # the last word of each English name ("baht", "zlotys")
    common = _common_words()
    names: dict[str, str] = {}
    for territory in sorted(english.territories):
        for code in get_territory_currencies(territory, tender=True, non_tender=False):
            # "CHF 20", "SGD 500": a code may stand apart from the amount, unless it is a
            # common English word ("TOP 10", "ALL 5" are no money): then only glued.
            prefixes.setdefault(code, (code, "iso", "glued" if code.lower() in common else ""))
            for language in get_official_languages(territory) or ("en",):
                try:
                    symbol = Locale.parse(f"{language}_{territory}").currency_symbols.get(code)
                except (ValueError, LookupError, UnknownLocaleError):
                    continue
                if symbol and symbol != code:
                    symbols.setdefault(symbol, set()).add(code)
            english_symbol = english.currency_symbols.get(code)
            if english_symbol and english_symbol != code:
                symbols.setdefault(english_symbol, set()).add(code)
            for count in (1, 2):
                name = get_currency_name(code, count=count, locale="en")
                for text in _name_forms(name):
                    if not _unreadable(text):
                        names.setdefault(text, code)
                heads.setdefault(name.split()[-1].lower(), set()).add(code)
    for symbol, codes in sorted(symbols.items()):
        if _unreadable(symbol) or " " in symbol or "." in symbol:
            continue
        if len(codes) == 1 and not (len(symbol) == 1 and symbol.isalpha()):
            glued = "glued" if symbol.isalpha() else ""
            prefixes.setdefault(symbol, (next(iter(codes)), "cldr", glued))
    for head, codes in sorted(heads.items()):
        # "3,000 baht", "2,000 zlotys": a name's last word alone, when it names one current
        # currency and is no common English word ("marks", "sol", "gold" are).
        if len(codes) == 1 and head not in common and not _unreadable(head):
            names.setdefault(head, next(iter(codes)))
    for word, code in NEWS_CURRENCY_WORDS.items():
        names.setdefault(word, code)
        names.setdefault(
            _plural(word) if word not in ("yen", "yuan", "rand", "renminbi", "ringgit") else word,
            code,
        )
    return prefixes, names


def _common_words() -> frozenset[str]:
    """quantulum3's list of common English words (the ones it never reads as units)."""
    from quantulum3._lang.en_US.load import COMMON_WORDS

    return frozenset(word for words in COMMON_WORDS.values() for word in words)


def _name_forms(name: str) -> list[str]:
    forms = {name, name.lower()}
    words = name.split()
    if words and words[-1].lower() in NEWS_NAME_ALIASES:
        alias = " ".join(words[:-1] + [NEWS_NAME_ALIASES[words[-1].lower()]])
        forms.update({alias, alias.lower()})
    return [form for form in forms if re.search(r"[a-z]", form)]


if __name__ == "__main__":
    main()
