"""Word lists written as tries (``text.patterns``) find what their alternations find."""

from __future__ import annotations

import random
import re

from extractor import resources as resources_module
from extractor.text.numbers import FRACTION_WORDS, HAS_NUMBER, NUMBER_WORDS
from extractor.text.patterns import literal_trie

PIECES = (
    *("one", "Ones", "twenty-five", "hundreds", "Dozens", "halfway", "thirdly", "quarters"),
    *("fifths", "a third", "no one", "someone", "oneself", "2", "3.5", "¾", "tens", "Tenth"),
    *("said", "Says", "saying", "sayings", "added", "admitted", "according", "accorded"),
    *("told", "tells", "noted", "notes", "warned", "Sadie", "addresses", "“", "”", '"', "''"),
    *("the", "mayor", "people", "were", "left", ",", ".", " ", "-"),
)


def _sentences(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choices(PIECES, k=rng.randint(1, 8))) for _ in range(count)]


def _alternation(words) -> str:
    return f"(?:{'|'.join(sorted(map(re.escape, words), key=len, reverse=True))})"


def test_a_trie_matches_the_words_of_its_alternation_and_only_them():
    words = ["per cent", "per", "percent", "PC", "p", "pct"]
    trie = re.compile(rf"\b{literal_trie(words)}\b", re.IGNORECASE)
    for text in ("per cent", "Per", "PERCENT", "pc", "P", "pct", "perc", "pe", "cent", "pcts"):
        assert bool(trie.fullmatch(text)) == (text.lower() in {w.lower() for w in words}), text


def test_the_number_gate_finds_what_its_alternation_finds():
    words = [*NUMBER_WORDS.split("|"), *FRACTION_WORDS]
    # the gate also opens on a vulgar fraction ("½ mile")
    alternation = re.compile(rf"\d|[½¼¾⅓⅔⅛⅜⅝⅞]|\b{_alternation(words)}s?\b", re.IGNORECASE)
    for sentence in _sentences(2000, seed=1):
        assert bool(HAS_NUMBER.search(sentence)) == bool(alternation.search(sentence)), sentence


def test_the_cue_gate_finds_what_its_alternation_finds(monkeypatch, resources):
    arguments = (resources.cue_verbs, resources.cue_phrases, resources.irregular_forms)
    trie = resources_module._cue_word_pattern(*arguments)
    monkeypatch.setattr(resources_module, "literal_trie", _alternation)
    alternation = resources_module._cue_word_pattern(*arguments)
    assert trie.pattern != alternation.pattern
    for sentence in _sentences(2000, seed=2):
        assert bool(trie.search(sentence)) == bool(alternation.search(sentence)), sentence
