"""quantulum3's two scans with skipping (``adapters.quantulum_scan``) find exactly the
matches of its own patterns, on texts built to sit at the edges of both."""

from __future__ import annotations

import random
import re

import pytest

from extractor.adapters.quantulum import parse_plain
from extractor.adapters.quantulum_scan import SkippingPattern

PIECES = (
    *("one", "Two", "THREE", "twenty", "hundred", "Million", "half", "Halves", "quarter"),
    *("a", "an", "And", "&", "minus", "negative", "zero", "thousand", "fifths", "oneself"),
    *("5", "12", "1,200", "3.5", ".5", "-4", "+7", "2/3", "½", "¾", "10^3", "2e5", "٣"),
    *("$", "US$", "KRW", "€", "£", "Ct.", "ctvs", "cts", "$US", "HK$"),
    *("km", "kg", "per", "cent", "percent", "%", "m", "mph", "sq", "x", "times", "/"),
    *(
        "people",
        "said",
        "Area",
        "the",
        "Kelvin",
        "\u212a",
        "\u017f",
        "\u017fix",
        "thou\u017fand",
        "é",
    ),
    *(" ", " ", " ", ",", ", ", "-", " - ", ".", "\n", "(", ")", "'s", "s'", "\u00a0"),
)


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = rng.choices(PIECES, k=rng.randint(1, 14))
        glue = rng.choice(("", " ", " "))
        texts.append(glue.join(parts))
    return texts


def _patterns() -> list[SkippingPattern]:
    from quantulum3 import regex as quantulum_regex

    parse_plain("warm-up: 5 km")  # quantulum3 loaded, its order fixed, the scans installed
    found = [quantulum_regex.units_regex("en_US"), quantulum_regex.text_pattern_reg("en_US")]
    assert all(isinstance(pattern, SkippingPattern) for pattern in found)
    return found


def _matches(matches) -> list[tuple]:
    return [(match.span(), match.groupdict(), match.groups()) for match in matches]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_skipping_scans_find_what_the_full_scans_find(seed):
    for skipping in _patterns():
        full: re.Pattern[str] = skipping.pattern
        for text in _texts(700, seed):
            assert _matches(skipping.finditer(text)) == _matches(full.finditer(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Officials said that 1,200 people were evacuated, about a third of the town.",
        "Sales rose to US$3.5 million from two hundred and five thousand in 2019.",
        "Between 15 and 30 percent, or minus 4 degrees, and ½ a cup & a half.",
        "It cost KRW 5,000 — three-quarters of a week's pay — per person.",
        "No number at all here, said the mayor.",
    ],
)
def test_news_sentences_scan_the_same(text):
    for skipping in _patterns():
        assert _matches(skipping.finditer(text)) == _matches(skipping.pattern.finditer(text))
