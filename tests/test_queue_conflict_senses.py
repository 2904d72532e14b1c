"""Queue conflicts: properties that say one thing in other words (issue #10)."""

from __future__ import annotations

import pytest

from extractor.queue.conflicts import base_forms, claims_conflict, property_senses, same_measure

from .queue_support import make_claim


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("accepting", "accept"),
        ("admitted", "admit"),
        ("raised", "raise"),
        ("died", "die"),
        ("cities", "city"),
        ("wins", "win"),
        ("kill", "kill"),
    ],
)
def test_base_forms_include_the_lemma(word, base):
    assert base in base_forms(word)


@pytest.mark.parametrize(
    ("first", "second", "shared"),
    [
        ("admit", "has proposed accepting", True),  # synonyms, other inflections
        ("take in", "resettled", True),  # a phrasal verb
        ("killed", "died", True),
        ("won", "captured", True),  # an irregular form
        ("killed", "injured", False),  # other senses
        ("admit", "deport", False),
        ("raised", "spent", False),
        ("in take", "admit", False),  # "take_in" needs its words in order
    ],
)
def test_property_senses(first, second, shared):
    assert bool(property_senses(first) & property_senses(second)) is shared


def test_synonym_properties_are_the_same_measure():
    trump = make_claim("a", 250000, entity="refugees", qualifiers=("Syrian",), prop="admit")
    obama = make_claim("b", 10000, entity="refugees", qualifiers=("Syrian",), prop="accepting")
    assert same_measure(trump, obama)
    assert claims_conflict(trump, obama)
    deported = make_claim("b", 10000, entity="refugees", qualifiers=("Syrian",), prop="deported")
    assert not same_measure(trump, deported)


def test_one_sentence_printed_twice_never_conflicts_with_itself():
    sentence = "Buyers paid a 20 or 30 percent premium, the broker said."
    first = make_claim("a", 20, entity="premium", prop="paid", sentence=sentence)
    second = make_claim("b", 30, entity="premium", prop="paid", sentence=sentence)
    assert not claims_conflict(first, second)
    other = make_claim("b", 30, entity="premium", prop="paid", sentence="Buyers paid 30 percent.")
    assert claims_conflict(first, other)
