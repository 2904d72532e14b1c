"""quantulum3 behind one adapter: offsets, not substrings; ranges as low/high; sane units.

The rest of the code never imports quantulum3. Its quirks handled here:
- ranges come back as mean ± uncertainty ("between 15 and 30 million" -> 15000007.5):
  both ends are re-parsed and the scale word is shared ("15" -> 15 million);
- a range written high end first is dropped ("from 6.1 to 5.9 percent") or left
  unsorted: it is read here and sorted, unless it compares two shares or counts ("led 56
  percent to 32 percent": two hits); "in 2017 to 2.6 million" is a year, then a number;
- "$3.2bn" is "dollar bit newton", "per cent" an unknown unit, "a dozen" is 1 dozen;
- "2 TDs" comes back as 2 trillion and "8 B people" as 8 bytes;
- "a wartime" is 1 "watt year south african rand" (seed fixture): units whose surface
  is not a unit are dropped, and a number that is only an article is no number;
- currency prefixes it misses ("USD1,700", "HK $3.7 billion", "$US12m") are read with
  the patterns of ``adapters.money`` (the currency lexicon);
- long number words ("thirty-one thousand four hundred and six") come back as a range:
  they are read by text2num (``adapters.text2num``);
- a space joins digit groups ("9 9957460" is 99957460): a space (or a no-break space,
  "45\u00a0000") is a thousands separator only before groups of exactly three digits;
- a range opening a sentence ("Between 15 and 30 people") has start offset -1: it is
  found again in the text, never read as mean ± uncertainty;
- "35 percent tax" is "percentage unk" with surface "35 percent ta": a known unit
  followed by an unknown part is cut to the known unit's surface;
- a parse that fails is never cached, and a timeout (``TimeoutError``, the batch's
  per-article alarm) or any BaseException propagates;
- it prints warnings and, with scikit-learn installed, silently switches on a slow
  classifier that unpickles a model file saved with scikit-learn 1.8 and crashes on 1.9
  (the parse fails, the quantity is lost): it is switched off here, explicitly, so the
  output does not depend on what else is installed (PERF-NOTES;
  tests/test_quantulum_classifier.py);
- it builds its regular expressions from sets (operators, ranges, negatives), so their
  alternation order, and with it what "35 percent tax" reads as, followed the process's
  PYTHONHASHSEED: the adapter gives those sets one fixed order before the first parse.

The currency and measure-word lexicons come from the ``Resources`` each call is given;
results are cached per (text, resources), and one process has one Resources.
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass, replace
from functools import lru_cache

from ..resources import Resources
from ..text.numbers import shared_scale
from .money import load_currency_prefixes, money_value, scale_factor
from .quantulum_fractions import with_fractions
from .quantulum_misreads import inch_or_closing_quote, money_reading, scale_misread
from .quantulum_surface import RANGE_SPLIT as _RANGE_SPLIT
from .quantulum_surface import hit_span, word_piece_dropped
from .text2num import leading_number_words, number_words_value

log = logging.getLogger(__name__)

# quantulum3.regex functions that return sets; their order reaches its regexes.
_SET_VALUED = ("decimal_operators", "division_operators", "grouping_operators", "negatives")
_SET_VALUED += ("multiplication_operators", "operators", "ranges", "uncertainties")


@lru_cache(maxsize=1)
def _configure_quantulum() -> None:
    """Once, before the first parse: the classifier off (quantulum3 decides at its import
    whether to use it, from whether scikit-learn imports, and reads the flag at each parse;
    without it units are resolved by its own rules), and its set-valued word lists in one
    order (sorted) before it builds and caches its regexes, so the same text reads the same
    in every process (sorted once: a parse asks for them about ten times, issue #13)."""
    from quantulum3 import classifier as _qclassifier

    _qclassifier.USE_CLF = False

    def ordered(function):
        @lru_cache(maxsize=4)
        def sorted_values(lang: str = "en_US") -> tuple[str, ...]:
            return tuple(sorted(function(lang)))

        return sorted_values

    from quantulum3 import regex as _qregex

    for name in _SET_VALUED:
        setattr(_qregex, name, ordered(getattr(_qregex, name)))


def _quantulum_parse(text: str):
    """quantulum3's parse, classifier off, warnings silenced, set order fixed."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _quantulum_parser().parse(text, lang="en_US", classifier_path=None)


def _quantulum_parser():
    # Imported on first use (not every command parses): quantulum3 warns at import
    # that its optional classifier is missing (never used); the inflect it loads on
    # its first parse comes without typeguard's 4 s instrumentation (adapters.inflect).
    from .inflect import inflect as _inflect  # noqa: F401
    from .quantulum_import import load_parser

    parser = load_parser()  # without its scikit-learn probe (1.6 s)
    _configure_quantulum()
    return parser


def load_quantulum() -> None:
    """quantulum3 loaded and set up as every parse wants it (the first parse does it too)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _quantulum_parser()
        from quantulum3 import regex as _qregex

        _qregex.units_regex("en_US")  # its units scan built (not compiled: quantulum_scan)


# Unit surfaces quantulum3 reads into ordinary words: "30 am" (attometre), "a wartime".
_NOT_UNITS = frozenset(
    {"am", "pm", "a", "an", "in", "at", "as", "is", "it", "us", "or", "to", "min", "h"}
)
# quantulum3 reads "minutes" and "seconds" as angles; in news they are durations.
_UNIT_RENAMES = {"minute of arc": "minute", "second of arc": "second"}
_PERCENT_NAMES = frozenset({"percentage", "per cent", "percent", "percentage point"})
_ARTICLES = frozenset({"a", "an"})

_YEAR_TO = re.compile(r"^(?:1[6-9]|20)\d\d to (?!(?:1[6-9]|20)\d\d\b)")


@dataclass(frozen=True)
class QuantulumHit:
    """One quantity quantulum3 found, with offsets into the text it was given."""

    start_char: int
    end_char: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None


class _ParseFailed(Exception):
    """quantulum3 raised on a text: the caller reads it as no quantity, nothing is cached."""


def parse_text(text: str, *, resources: Resources) -> list[QuantulumHit]:
    """Quantities in ``text`` with offsets; ``[]`` on anything quantulum3 cannot read.
    A ``TimeoutError`` (the batch's article alarm) and any BaseException propagate."""
    try:
        return list(_parse_cached(text, resources))
    except _ParseFailed:
        return []


def _parse_or_empty(text: str, resources: Resources) -> tuple[QuantulumHit, ...]:
    try:
        return _parse_cached(text, resources)
    except _ParseFailed:
        return ()


# Digits, a space, digits: a thousands separator only before a group of exactly three
# digits ("45 000"); "9 9957460" is two numbers (#15: a checker would repeat 99,957,460).
_SPACED_DIGITS = re.compile(r"(?<![\d.,])\d+(?:[ \u00a0\u202f\u2009]\d+)+")
_SPACE_CHARS = " \u00a0\u202f\u2009"


def _grouping_fixed(text: str) -> str:
    """``text`` (same length) where a space between digits is a thousands separator only
    when every group after it has three digits: no-break and thin spaces there become
    plain ones (quantulum3 reads "45 000"), other spaces a ";" (two numbers)."""

    def fix(match: re.Match[str]) -> str:
        surface = match.group(0)
        groups = re.split(f"[{_SPACE_CHARS}]", surface)
        # "12 787s": a plural "s" makes the last group a name's number (twelve aircraft).
        plural = re.match(r"s(?![A-Za-z])", text[match.end() :])
        if len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:]) and not plural:
            return re.sub(f"[{_SPACE_CHARS}]", " ", surface)
        return re.sub(f"[{_SPACE_CHARS}]", ";", surface)

    return _SPACED_DIGITS.sub(fix, text)


@lru_cache(maxsize=16384)
def _parse_cached(text: str, resources: Resources) -> tuple[QuantulumHit, ...]:
    """quantulum3 costs ~2 ms a call; entity texts ("two", "5%") and wire boilerplate
    sentences repeat across a dump, so results are cached per process (hits are frozen).
    The key holds the Resources too, as the currency and measure lexicons shape a hit.
    A failed parse raises ``_ParseFailed``, which ``lru_cache`` does not remember."""
    try:
        found = _quantulum_parse(_grouping_fixed(text))
    except TimeoutError:
        raise  # the batch's per-article alarm (ArticleTimeout): never swallowed
    except Exception as err:  # noqa: BLE001 - a third-party parser must never stop an article
        log.debug("quantulum3 failed on %r: %s", text[:80], err)
        raise _ParseFailed(str(err)) from err
    hits = []
    for quantity in found or []:
        hit = _to_hit(text, quantity, resources)
        if hit is not None:
            hits.extend(_comparison_parts(text, hit, resources))
    hits += _falling_ranges(text, hits, resources)
    hits = with_fractions(text, hits, lambda piece: _parse_or_empty(piece, resources), QuantulumHit)
    return tuple(sorted(hits, key=lambda hit: hit.start_char))


def _comparison_parts(text: str, hit: QuantulumHit, resources: Resources) -> list[QuantulumHit]:
    """ "led 57 percent to 31 percent": shares or counts read high end first, with no
    "from" before them, are a comparison of two numbers (a poll, a vote), each its own
    hit; "2.5 A/cm2 to 0.5 A/cm2" stays a range of measurements."""
    if hit.low is None or hit.low <= hit.high:
        return [hit]
    as_range = [replace(hit, low=hit.high, high=hit.low)]  # "from 240 pounds to 215"
    if hit.unit not in (None, "percent") or text[: hit.start_char].rstrip().lower().endswith(
        "from"
    ):
        return as_range
    surface = text[hit.start_char : hit.end_char]
    split = _RANGE_SPLIT.match(surface)
    if split is None or re.match(r"^(?:between|from)\b", surface, re.IGNORECASE):
        return as_range
    parts = []
    for group in ("low", "high"):
        start = hit.start_char + split.start(group)
        found = _parse_or_empty(text[start : hit.start_char + split.end(group)], resources)
        if len(found) != 1 or found[0].value is None:
            return as_range
        part = found[0]
        parts.append(
            QuantulumHit(
                start + part.start_char,
                start + part.end_char,
                part.value,
                None,
                None,
                part.unit or hit.unit,
            )
        )
    return parts


# "from 6.1 to 5.9 percent": quantulum3 returns nothing for a range whose high end comes
# first (NewsQuant forecasts and prices that fall), so such ranges are read here.
_FALLING_RANGE = re.compile(
    r"(?<![\w.,])(?:(?P<cue>from|between) )?(?P<low>\d[\d,]*(?:\.\d+)?)"
    r"(?: to |(?P<hyphen>-))(?P<high>\d[\d,]*(?:\.\d+)?)(?![\d,.]\d)",
    re.IGNORECASE,
)


def _falling_ranges(
    text: str, hits: list[QuantulumHit], resources: Resources
) -> list[QuantulumHit]:
    """ "X to Y" with X above Y, where quantulum3 found nothing: one range, the unit read
    from the high end's side ("4.7 percent")."""
    ranges = []
    for match in _FALLING_RANGE.finditer(text):
        if any(hit.start_char < match.end() and match.start("low") < hit.end_char for hit in hits):
            continue
        first = float(match.group("low").replace(",", ""))
        second_hits = _parse_or_empty(text[match.start("high") : match.end("high") + 40], resources)
        second = second_hits[0] if second_hits and second_hits[0].start_char == 0 else None
        if second is None or second.value is None or first <= second.value:
            continue
        if not match.group("cue") and second.unit == "percent":
            # "led 56 to 32 percent", "56-32 percent": a comparison of two shares (a poll)
            end = match.start("high") + second.end_char
            ranges.append(
                QuantulumHit(match.start("low"), match.end("low"), first, None, None, "percent")
            )
            ranges.append(replace(second, start_char=match.start("high"), end_char=end))
            continue
        if match.group("hyphen") or (not match.group("cue") and second.unit is None):
            continue  # "won 3 to 1": a score (see _comparison_parts); "747-8F": a name
        start = match.start("cue") if match.group("cue") else match.start("low")
        ranges.append(
            QuantulumHit(
                start, match.start("high") + second.end_char, None, second.value, first, second.unit
            )
        )
    return ranges


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
        found = _quantulum_parse(text)
    except TimeoutError:
        raise
    except Exception as err:  # noqa: BLE001 - a baseline must never stop a benchmark
        log.debug("quantulum3 failed on %r: %s", text[:80], err)
        return []
    hits = []
    for quantity in found or []:
        start, end = quantity.span
        unit = quantity.unit
        name = (
            unit.currency_code
            if unit.entity.name == "currency" and unit.currency_code
            else unit.name
        )
        if unit.entity.name == "dimensionless":
            name = None
        hits.append(PlainHit(start, end, text[start:end], float(quantity.value), name))
    return hits


def find_money(text: str, *, resources: Resources) -> list[QuantulumHit]:
    """Money amounts written with a currency prefix, and "from $X to $Y" / "between $X and
    $Y" / "$X to $Y" as one range (NewsQuant: price ranges read as two amounts)."""
    currencies = load_currency_prefixes(resources)
    amounts = []
    for match in currencies.money.finditer(text):
        cur = re.sub(r"\s+", "", match.group("cur").lower())
        if cur in currencies.glued_only and match.start("num") != match.end("cur"):
            continue  # the letter prefixes only when glued to the number: "PS 5" is not money
        value = float(match.group("num").replace(",", "")) * (-1 if match.group("sign") else 1)
        scale = (match.group("scale") or "").lower()
        factor = scale_factor(match)
        if scale and scale in "mbk" and text[match.end("num") : match.end("num") + 1] == " ":
            factor = 1.0  # "$5 m away": a spaced single letter is not a scale
        unit = currencies.codes.get(cur, "USD")
        amounts.append(QuantulumHit(match.start(), match.end(), value * factor, None, None, unit))
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
            if (
                joined
                and not by_change
                and first.unit == second.unit
                and (joined.group(1) != "and" or lead.strip() == "between")
            ):
                start = lead_start if lead.strip() in ("between", "from") else first.start_char
                low, high = sorted((_scaled_like(first, text, second), second.value))
                hits.append(QuantulumHit(start, second.end_char, None, low, high, first.unit))
                i += 2
                continue
        hits.append(first)
        i += 1
    return hits


def _scaled_like(low: QuantulumHit, text: str, high: QuantulumHit) -> float:
    """ "$1 to $1.25 million": a bare low end takes the high end's scale word."""
    return shared_scale(
        low.value,
        text[low.start_char : low.end_char],
        high.value,
        text[high.start_char : high.end_char],
    )


def parse_value(text: str, *, resources: Resources) -> float | None:
    """The number a short string states ("forty", "3.2bn", "two-thirds"), or None."""
    money = load_currency_prefixes(resources).suffix_money.match(text.strip())
    if money:
        return money_value(money)
    hits = parse_text(text, resources=resources)
    return hits[0].value if len(hits) == 1 else None


def _to_hit(text: str, quantity, resources: Resources) -> QuantulumHit | None:
    start, end = hit_span(text, quantity)
    if start is None:
        return None
    if quantity.uncertainty and re.search(r"\d[,.]?$", text[max(start - 2, 0) : start]):
        return None  # "000-a-year" out of "50,000-a-year": a range read in a piece of a number
    end = start + _known_part(quantity, text[start:end])
    surface = text[start:end]
    unit = word_piece_dropped(text, start, end, quantity, _normalise_unit(quantity, surface))
    value = float(quantity.value)
    words = leading_number_words(surface)
    if words is not None and (words[1] == len(surface) or quantity.uncertainty):
        # "thirty-one thousand four hundred and six (dollars)" is one number, not a range.
        kept = unit if words[1] < len(surface) and unit != "unknown" else None
        return QuantulumHit(start, end, words[0], None, None, kept)
    if quantity.unit.name == "dozen":
        value, unit = value * 12, None
    low = high = None
    year_first = _YEAR_TO.match(surface)
    if quantity.uncertainty and year_first:
        return _after_year(text, start + year_first.end(), end, resources)
    if quantity.uncertainty:
        low, high = _range_ends(surface, resources)
        if low is None:
            low, high = value - quantity.uncertainty, value + quantity.uncertainty
        value = None
    if surface.startswith("(") and value is not None and value < 0:
        # "($1,062)" is a conversion in brackets, not an accounting negative (NewsQuant).
        start, end, value = start + 1, end - (surface.endswith(")")), -value
        surface = text[start:end]
    value, unit = scale_misread(text, end, value, unit, resources)
    end, unit = inch_or_closing_quote(text, start, end, quantity, unit)
    value, unit = money_reading(surface, quantity, value, unit, resources)
    if unit == "unknown":
        # The unit part is not a unit ("a wartime", "30 am"): keep the number alone.
        number = re.match(r"^\S+", surface)
        if number is None or number.group(0).lower() in _ARTICLES:
            return None
        end = start + number.end()
        unit = None
        digits = re.fullmatch(r"-?\d[\d,]*(?:\.\d+)?", number.group(0))
        words = number_words_value(number.group(0))
        if (digits or words is not None) and low is None:
            # "2 TDs", "ten Boeing": the unit's prefix never scales the number.
            value = float(digits.group(0).replace(",", "")) if digits else words
    return QuantulumHit(start, end, value, low, high, unit)


def _after_year(text: str, start: int, end: int, resources: Resources) -> QuantulumHit | None:
    """ "in 2017 to 2.6 million": a year, then the number; not a range from 2017."""
    hits = _parse_or_empty(text[start:end], resources)
    if len(hits) != 1:
        return None
    hit = hits[0]
    return replace(hit, start_char=start + hit.start_char, end_char=start + hit.end_char)


def _known_part(quantity, surface: str) -> int:
    """The length of ``surface`` up to the end of the known unit, when quantulum3 read a
    known unit and then an unknown part ("35 percent tax": "percentage unk", surface "35
    percent ta"); the whole surface otherwise."""
    parts = quantity.unit.original_dimensions or []
    bases = [part.get("base") for part in parts]
    if "unk" not in bases or bases.index("unk") == 0:
        return len(surface)
    number = re.match(r"\S*\d\S*", surface)
    at = number.end() if number else 0
    for part in parts[: bases.index("unk")]:
        found = surface.find(part.get("surface") or "", at)
        if found < 0 or not part.get("surface"):
            return len(surface)
        at = found + len(part["surface"])
    return at


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


def _range_ends(surface: str, resources: Resources) -> tuple[float | None, float | None]:
    """Both ends of a range surface; a scale word on the high end applies to a bare low end."""
    match = _RANGE_SPLIT.match(surface.strip())
    if not match:
        return None, None
    low_text, high_text = match.group("low"), match.group("high")
    low = parse_value(low_text, resources=resources)
    high = parse_value(high_text, resources=resources)
    if low is None or high is None:
        return None, None
    return shared_scale(low, low_text, high, high_text), high
