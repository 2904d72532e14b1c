"""Number words, scale words, fraction words and ordinals, as news English writes them.

Shared by every stage that reads a number: the quantity readers, the quantulum3 adapter
and the cheap sentence gate (``HAS_NUMBER``) that decides which sentences are parsed.
"""

from __future__ import annotations

import re

from .patterns import literal_trie

# Words that state a number (or a part of one) on their own, as a regex alternation.
NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundred|thousand|million|billion|trillion|dozen|dozens|hundreds|thousands|millions|billions|"
    "half|third|thirds|quarter|quarters"
)

# The counting words a ratio's numerator may be written in ("one in five").
SMALL_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}

# Scale words and abbreviations and what they multiply by ("3.2bn", "£20m", "5 mln").
SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    # wire abbreviations ("$5 bln", "3 mln") and the Indian scale words ("Rs 4 lakh",
    # "2,000 crore"), which quantulum3 does not read
    "bln": 1e9,
    "trln": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
# Scale words as spaCy tokenizes them ("35 m", "2.8 bn", "one million").
SCALE_TOKENS = frozenset(
    {"million", "billion", "trillion", "thousand", "bn", "m", "mn", "tn", "k"}
    | {"mln", "bln", "trln", "lakh", "lakhs", "crore", "crores"}
)
# Scale words written apart from the number that quantulum3 leaves out ("5 lakh").
UNREAD_SCALES = ("mln", "bln", "trln", "lakhs", "lakh", "crores", "crore")
# A scale word in a number's text, spelled out or glued to a digit ("30 million", "4bn").
SCALE_WORD = re.compile(
    rf"\b(thousand|million|billion|trillion|bn|mn|tn|{'|'.join(UNREAD_SCALES)})\b"
    r"|\d(bn|m|k|tn)\b",
    re.IGNORECASE,
)
# Orders of magnitude in the plural ("thousands of jobs").
VAGUE_PLURALS = {"dozens": 12, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9}

# Fraction words and their denominators ("a third" is 1/3).
# Every ordinal that is also a fraction word is listed, so a bare one ("The Ninth
# Circle", "finished seventh") is read as an ordinal, never as 1/9 (#15).
FRACTION_WORDS = {
    "half": 2,
    "third": 3,
    "quarter": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "hundredth": 100,
    "thousandth": 1000,
}
# The cheap gate: a sentence without a digit, a vulgar fraction ("½ mile"), number word
# or fraction word ("a fifth of") has no quantity (PERF-NOTES).
# Only ever searched for (is there one?); the words as a trie (text.patterns).
HAS_NUMBER = re.compile(
    rf"\d|[½¼¾⅓⅔⅛⅜⅝⅞]|\b{literal_trie([*NUMBER_WORDS.split('|'), *FRACTION_WORDS])}s?\b",
    re.IGNORECASE,
)
# A token that is a fraction word, alone, plural or hyphenated ("thirds", "two-thirds").
FRACTION_TOKEN = re.compile(rf"^(?:\w+-)?(?:{'|'.join(FRACTION_WORDS)})s?$", re.IGNORECASE)

# An ordinal in digits ("2nd", "21st").
ORDINAL_NUMBER = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)


def shared_scale(low: float, low_text: str, high: float, high_text: str) -> float:
    """The low end of "15 and 30 million": scaled like the high end when it has no scale."""
    scale = SCALE_WORD.search(high_text)
    if scale and not SCALE_WORD.search(low_text):
        factor = SCALES[(scale.group(1) or scale.group(2)).lower()]
        if low * factor <= high:
            return low * factor
    return low
