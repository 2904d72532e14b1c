"""Queue conflicts: properties that say one thing in other words (issue #10)."""

from __future__ import annotations

import pytest

from extractor.queue.conflicts import (
    base_forms,
    claims_conflict,
    names_whose,
    property_senses,
    same_measure,
)

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
    sentence = "Buyers of Russian lots paid a 20 or 30 percent premium, the broker said."
    first = make_claim("a", 20, entity="premium", prop="paid", sentence=sentence)
    second = make_claim("b", 30, entity="premium", prop="paid", sentence=sentence)
    assert not claims_conflict(first, second)
    other = make_claim(
        "b", 30, entity="premium", prop="paid", sentence="Lots of Russian buyers: 30 percent."
    )
    assert claims_conflict(first, other)


@pytest.mark.parametrize(
    ("sentence", "qualifiers", "speaker", "named"),
    [
        ("He said 5,937 Russian soldiers were killed.", ("Russian",), "Milley", True),
        ("Obama's plan would admit 10,000 refugees.", ("Obama",), "Rice", True),
        ("Russia says 5,937 of its troops were killed.", ("its",), "Russia", True),
        ("The campaign says it raised $15 million.", ("campaign",), "Clinton", False),
        ("Homeowners paid a 20 percent premium.", ("Homeowners",), "Ekovich", False),
        ("Groups spent $6 million on ads.", ("groups",), "FEC", False),
    ],
)
def test_names_whose(sentence, qualifiers, speaker, named):
    claim = make_claim("a", 1, qualifiers=qualifiers, speaker=speaker, sentence=sentence)
    assert names_whose(claim) is named


def test_common_noun_qualifiers_never_conflict():
    clinton = make_claim(
        "a",
        15e6,
        entity="funding",
        qualifiers=("campaign",),
        prop="raised",
        speaker="Clinton campaign",
        sentence="Her campaign says it raised $15 million.",
    )
    sanders = make_claim(
        "b",
        21e6,
        entity="funding",
        qualifiers=("campaign",),
        prop="raised",
        speaker="Sanders campaign",
        sentence="His campaign says it raised $21 million.",
    )
    assert not claims_conflict(clinton, sanders)
