"""A long alternation cut to the literals a text holds (``text.patterns.CutAlternation``,
``CutPattern``) matches in that text what the whole pattern does: quantulum3's units
pattern (IGNORECASE) and the units lexicon's (case-sensitive), on texts built to be hard."""

from __future__ import annotations

import random
import re

import pytest

from extractor.adapters.quantulum import load_quantulum
from extractor.resources import load_resources
from extractor.stages.quantities.units import number_with_unit, unit_words
from extractor.text import patterns
from extractor.text.patterns import CutAlternation, CutPattern, expect_text
from tests.test_quantulum_scan import LITERALS, TEXTS, _every_match, _texts


@pytest.fixture
def no_compile_limit(monkeypatch):
    monkeypatch.setattr(patterns, "CUT_COMPILES", 10**6)


def _quantulum_units() -> tuple[re.Pattern[str], CutAlternation]:
    from quantulum3 import regex as quantulum_regex

    from extractor.adapters.quantulum_scan import _unit_names

    load_quantulum()
    given = quantulum_regex.units_regex("en_US").given
    names = _unit_names(given, "en_US")
    return re.compile(given.pattern, given.flags), CutAlternation(given.pattern, given.flags, names)


@pytest.mark.usefixtures("no_compile_limit")
@pytest.mark.parametrize("seed", [7, 8])
def test_quantulum_units_cut_to_a_text_match_like_the_whole_pattern(seed):
    whole, cut = _quantulum_units()
    for text in _texts(60, seed):
        assert _every_match(cut.pattern_for(text), text) == _every_match(whole, text), text


def _lexicon_texts(count: int, seed: int) -> list[str]:
    surfaces = sorted(load_resources().units)
    rng = random.Random(seed)
    pieces = (*rng.sample(surfaces, 60), "5", "12.5", "-3", "1,200", " ", "-", "\u00a0", "/")
    return ["".join(rng.choices(pieces, k=rng.randint(1, 10))) for _ in range(count)]


@pytest.mark.usefixtures("no_compile_limit")
@pytest.mark.parametrize("seed", [1, 2])
def test_lexicon_unit_patterns_cut_match_like_the_whole_ones(seed):
    resources = load_resources()
    for pattern in (unit_words(resources)[1], number_with_unit(resources)):
        whole = re.compile(pattern.pattern, pattern.flags)
        cut = CutPattern(
            pattern.pattern, pattern.flags, sorted(resources.units, key=len, reverse=True)
        )
        for text in _lexicon_texts(40, seed):
            found = [cut.match(text, at) for at in range(len(text) + 1)]
            assert [m and (m.span(), m.groups()) for m in found] == [
                m and (m.span(), m.groups())
                for m in (whole.match(text, at) for at in range(len(text) + 1))
            ], text
            assert [m.span() for m in cut.finditer(text)] == [
                m.span() for m in whole.finditer(text)
            ]


@pytest.mark.usefixtures("no_compile_limit")
@pytest.mark.parametrize("tail", ["", "h?q", "(?:ent|s)?$", "(?=m)"])
def test_cut_keeps_ignorecase_twins_and_backtracking(tail):
    literals = sorted(LITERALS, key=len, reverse=True)
    source = f"(?:{'|'.join(map(re.escape, literals))}){tail}"
    whole = re.compile(source, re.IGNORECASE)
    cut = CutAlternation(source, re.IGNORECASE, literals)
    rng = random.Random(9)
    for _ in range(300):
        text = "".join(rng.choices(TEXTS, k=rng.randint(1, 4)))
        assert _every_match(cut.pattern_for(text), text) == _every_match(whole, text), text


def test_a_text_with_no_literal_matches_nothing_rather_than_the_empty_string():
    cut = CutAlternation("x(?:kmh|km)?y|(?:kmh|km)", 0, ["kmh", "km"])
    assert [m.span() for m in cut.pattern_for("xy and k m").finditer("xy and k m")] == [(0, 2)]


def test_an_expected_article_serves_its_sentences_with_one_pattern():
    sentences = ["It rose 5 km.", "Then 12 kg, or 3 mph.", "And 4 percent."]
    cut = CutAlternation(
        "(?:percent|mph|km|kg|ft)", re.IGNORECASE, ["percent", "mph", "km", "kg", "ft"]
    )
    expect_text(" ".join(sentences))
    found = {id(cut.pattern_for(sentence)) for sentence in sentences}
    assert len(found) == 1 and cut.compiles == 1
    assert cut.pattern_for("10 ft").match("ft") is not None and cut.compiles == 2


def test_a_long_run_compiles_the_whole_pattern(monkeypatch):
    monkeypatch.setattr(patterns, "CUT_COMPILES", 2)
    pattern = CutPattern("(?:kmh|km|kg)", 0, ["kmh", "km", "kg"])
    for text in ("km", "kg", "kmh kg"):
        assert pattern.match(text) is not None
    assert pattern.match("kg") and "whole" in vars(pattern)  # the third text asked for it
