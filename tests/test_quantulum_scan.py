"""quantulum3's two scans with skipping (``adapters.quantulum_scan``) find exactly the
matches of its own patterns, on texts built to sit at the edges of both."""

from __future__ import annotations

import random
import re

import pytest

from extractor.adapters.quantulum import parse_plain
from extractor.adapters.quantulum_scan import SkippingPattern
from extractor.text.patterns import literal_trie

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


def _every_match(pattern: re.Pattern[str], text: str) -> list[tuple | None]:
    found = (pattern.match(text, position) for position in range(len(text) + 1))
    return [None if match is None else (match.span(), match.groups()) for match in found]


@pytest.mark.parametrize("seed", [4, 5])
def test_unit_names_as_a_trie_match_like_quantulum3s_pattern(seed):
    from quantulum3 import regex as quantulum_regex

    from extractor.adapters.quantulum_scan import use_unit_trie

    parse_plain("warm-up: 5 km")
    use_unit_trie("en_US")  # as a batch does: the shared pattern becomes the trie
    skipping = quantulum_regex.units_regex("en_US")
    own, trie = skipping.given, skipping.pattern
    assert trie.pattern != own.pattern  # the trie is in use
    for text in _texts(150, seed):
        assert _every_match(trie, text) == _every_match(own, text), text


# Names that are prefixes of each other, case variants, and characters ``re`` matches
# alike without being each other's lower case (the Kelvin sign, the long s, micro and mu,
# dotless i), a longer name in a branch of its own ("sxyz" before "\u017fq" before "s").
LITERALS = ("kmh", "km", "k", "K", "\u212a", "s", "\u017fq", "sxyz", "µs", "μ", "μxyz", "ı", "i")
LITERALS += ("ixyz", "per cent", "per")
TEXTS = ("KMh", "\u212am", "\u017fq", "sq", "Μs", "µ", "I", "Per Cent", "per", "pe", "kx", "k m")


@pytest.mark.parametrize("tail", ["", "h?q", "(?:ent|s)?$", "(?=m)"])
def test_literal_trie_backtracks_like_the_alternation(tail):
    literals = sorted(LITERALS, key=len, reverse=True)
    alternation = re.compile(f"(?:{'|'.join(map(re.escape, literals))}){tail}", re.IGNORECASE)
    trie = re.compile(f"{literal_trie(literals)}{tail}", re.IGNORECASE)
    rng = random.Random(6)
    for _ in range(400):
        text = "".join(rng.choices(TEXTS, k=rng.randint(1, 4)))
        assert _every_match(trie, text) == _every_match(alternation, text), text
