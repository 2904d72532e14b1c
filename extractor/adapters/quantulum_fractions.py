"""Fractions written in words that quantulum3 misreads, read again after its parse
(``adapters/quantulum.py``): "half a million" comes back as 1.5 million, "a quarter of a
million" as a quarter and a million, "a mile and a half" as a mile and a half apart,
"half an hour" as a bare half."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..text.numbers import FRACTION_WORDS, SCALES, SMALL_NUMBER_WORDS


@dataclass(frozen=True)
class Reading:
    """A fraction phrase's reading: offsets into the parsed text, value and unit."""

    start_char: int
    end_char: int
    value: float
    unit: str | None


_COUNTS = {"a": 1, "an": 1, **SMALL_NUMBER_WORDS}
_COUNT = rf"(?:(?P<count>{'|'.join(_COUNTS)})[- ])?"
_FRACTION = rf"(?P<fraction>{'|'.join(FRACTION_WORDS)})s?"
_SCALE_WORDS = ("hundred", "thousand", "million", "billion", "trillion", "dozen")
# "half a million", "a quarter of a million", "three-quarters of a billion", "half-a-dozen"
_OF_SCALE = re.compile(
    rf"(?<![\w-]){_COUNT}{_FRACTION}(?:[- ]of)?[- ](?:a|an|one)[- ]"
    rf"(?P<scale>{'|'.join(_SCALE_WORDS)})\b",
    re.IGNORECASE,
)
# "half an hour", "a quarter of a mile", "three quarters of a mile": a share of one unit
_OF_UNIT = re.compile(rf"(?<![\w-]){_COUNT}{_FRACTION}(?: of)? (?:a|an) (?=[a-z])", re.IGNORECASE)
# "a mile and a half", "an hour and a half", "a million and a half"
_AND_A_HALF = re.compile(r"(?<![\w-])(?:a|an|one) (?P<word>[a-z]+) and a half\b", re.IGNORECASE)

Parse = Callable[[str], Sequence]


def fraction_readings(text: str, parse: Parse) -> list[Reading]:
    """Every fraction phrase of ``text`` with its value; ``parse`` (quantulum3's, through
    the adapter) reads the unit after it ("2 hour" -> hour)."""
    readings = []
    for match in _OF_SCALE.finditer(text):
        scale = SCALES[match.group("scale").lower()] if match.group("scale") != "dozen" else 12
        readings.append(Reading(match.start(), match.end(), _share(match) * scale, None))
    for match in _OF_UNIT.finditer(text):
        unit = _unit_after(text, match.end(), parse)
        if unit is not None:
            readings.append(Reading(match.start(), unit[0], _share(match), unit[1]))
    for match in _AND_A_HALF.finditer(text):
        word = match.group("word").lower()
        if word in SCALES and word not in ("k", "m", "b", "mn", "bn", "tn"):
            readings.append(Reading(match.start(), match.end(), 1.5 * SCALES[word], None))
            continue
        unit = _unit_after(text, match.start("word"), parse)
        if unit is not None and unit[0] == match.end("word"):
            readings.append(Reading(match.start(), match.end(), 1.5, unit[1]))
    return readings


def _share(match: re.Match[str]) -> float:
    count = _COUNTS[(match.group("count") or "a").lower()]
    return count / FRACTION_WORDS[match.group("fraction").lower()]


def _unit_after(text: str, start: int, parse: Parse) -> tuple[int, str] | None:
    """The end and unit of the unit word at ``start``, read as after a number ("2 hour"),
    or None when it is no unit ("half a loaf") or money ("half a dollar" is no price)."""
    piece = text[start : start + 40]
    hits = parse(f"2 {piece}")
    if not hits or hits[0].start_char != 0 or not hits[0].unit or hits[0].value != 2:
        return None
    return start + hits[0].end_char - 2, hits[0].unit


def with_fractions(text: str, hits: list, parse: Parse, make_hit: Callable) -> list:
    """``hits`` with each fraction phrase's reading in place of the hits it overlaps; a
    unit read past a scale stays ("half a billion dollars" is 500 million USD)."""
    for reading in fraction_readings(text, parse):
        overlapped = [
            h for h in hits if h.start_char < reading.end_char and reading.start_char < h.end_char
        ]
        end, unit = reading.end_char, reading.unit
        longer = [h for h in overlapped if h.end_char > end and h.unit and h.low is None]
        if unit is None and longer:
            end, unit = longer[0].end_char, longer[0].unit
        kept = [h for h in hits if h not in overlapped]
        start = min([reading.start_char, *(h.start_char for h in overlapped)])
        kept.append(make_hit(start, end, reading.value, None, None, unit))
        hits = kept
    return hits
