"""Scores of games (scores.py): a pair "N-M" next to a score word is no quantity."""

from __future__ import annotations

import pytest

from .test_quantities_find import quantities


@pytest.mark.parametrize(
    "text",
    [
        "The home side were 3-1 up at the break.",
        "They took a 4-2 lead in the second half.",
        "City won 3-1 on Saturday.",
        "United were 2-0 down after an hour.",
        "The team suffered a 1-3 defeat at home.",
    ],
)
def test_scores_are_no_quantities(nlp, resources, text):
    assert quantities(nlp, resources, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pair without a score word, or with a unit, stays a range
        ("Children aged 5-11 can get the vaccine.", ("5-11", 5, 11, "year of age")),
        ("Prices are up 10-15 dollars.", ("10-15 dollars", 10, 15, "USD")),
        ("Sales rose 3-4% last year.", ("3-4%", 3, 4, "percent")),
    ],
)
def test_pairs_without_a_score_word_are_ranges(nlp, resources, text, expected):
    [(got_text, _, low, high, bound, unit)] = quantities(nlp, resources, text)
    assert (got_text, low, high, bound, unit) == (*expected[:3], "range", expected[3])
