"""The faster rule for ambiguous units picks what quantulum3's own rule picks."""

from __future__ import annotations

import importlib

import pytest

from extractor.adapters.quantulum_disambiguate import (
    disambiguate_indexed,
    disambiguate_no_classifier,
    install_disambiguation,
)
from extractor.adapters.quantulum_import import load_parser

TEXTS = (
    "He paid 5 pounds for the old bicycle at the market.",
    "The parcel weighs 10 pounds and the letter 2 ounces.",
    "A 3 m pole, 4 feet of rope and a 12 ft  ladder  were left.",
    "The company lost 40 million dollars, the minister said on Monday.",
    "",
)


@pytest.fixture
def shipped_rule():
    """quantulum3's own rule, from a fresh copy of its module; ours installed again after."""
    load_parser()
    from quantulum3 import no_classifier

    shipped = importlib.reload(no_classifier).disambiguate_no_classifier
    yield shipped
    install_disambiguation.__wrapped__()


def _ambiguous_candidates() -> list[list]:
    from quantulum3 import load

    units = load.units("en_US")
    groups = [list(found) for found in units.surfaces.values() if len(found) > 1]
    groups += [list(found) for found in units.symbols.values() if len(found) > 1]
    entities = load.entities("en_US")
    groups += [list(found) for found in entities.derived.values() if len(found) > 1]
    return groups[::7][:40]


@pytest.mark.parametrize("rule", [disambiguate_no_classifier, disambiguate_indexed])
@pytest.mark.parametrize("text", TEXTS)
def test_the_same_candidate_is_chosen(shipped_rule, rule, text):
    for candidates in _ambiguous_candidates():
        assert rule(candidates, text) is shipped_rule(candidates, text)


def test_quantulum3_uses_the_faster_rule():
    load_parser()
    from quantulum3 import no_classifier

    # A batch switches to the indexed rule (load_training_words); one article keeps this one.
    assert no_classifier.disambiguate_no_classifier in (
        disambiguate_no_classifier,
        disambiguate_indexed,
    )


@pytest.mark.parametrize("text", (*TEXTS, "a", "kg", "5 km/h", "Ünïcödé 12 µm — “quoted” 3½ in."))
def test_the_word_index_finds_every_training_word_in_a_text(text):
    from extractor.adapters.quantulum_disambiguate import _unit_words, _word_index

    load_parser()
    words = {word for unit in _unit_words("en_US").values() for word in unit.words}
    assert _word_index("en_US").found_in(text) == {word for word in words if word in text}


@pytest.mark.parametrize("text", (*TEXTS, "5 km/h", "Ünïcödé 12 µm — “quoted” 3½ in."))
def test_the_compact_index_counts_each_units_training_words_found_in_a_text(text):
    from extractor.adapters.quantulum_disambiguate import _unit_words, _word_index

    load_parser()
    index = _word_index("en_US")
    found = index.numbers_in(text)
    for name, unit in _unit_words("en_US").items():
        assert index.totals[name] == unit.total
        assert index.count(name, found) == sum(n for w, n in unit.words.items() if w in text)
