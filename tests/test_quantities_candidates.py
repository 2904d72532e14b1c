"""The stage's own readers (candidates.py): fractions, vague plurals, "one"."""

from __future__ import annotations

import pytest

from .test_quantities_find import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CLAIM-SPEC: "half" is 0.5 with unit "fraction"
        ("Half the town left.", ("Half", 0.5, "fraction")),
        ("A third of voters backed him.", ("A third", 1 / 3, "fraction")),
        ("Two thirds of them left.", ("Two thirds", 2 / 3, "fraction")),
        ("One-third of voters stayed home.", ("One-third", 1 / 3, "fraction")),
        ("A quarter of the staff quit.", ("A quarter", 0.25, "fraction")),
        # hyphenated, without "of": the tokenizer splits "two-thirds" at the hyphen
        ("Output fell by two-thirds.", ("two-thirds", 2 / 3, "fraction")),
        ("Costs were cut one-third this year.", ("one-third", 1 / 3, "fraction")),
    ],
)
def test_fractions(nlp, resources, text, expected):
    [(got_text, value, _, _, _, unit)] = quantities(nlp, resources, text)
    assert (got_text, unit) == (expected[0], expected[2])
    assert value == pytest.approx(expected[1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # vague plurals: one order of magnitude (NewsQuant gives ranges)
        ("Dozens of fans were hurt.", ("Dozens", 12, 120)),
        ("Hundreds of fans waited outside.", ("Hundreds", 100, 1000)),
        ("Thousands of workers marched.", ("Thousands", 1000, 10000)),
        ("Tens of thousands of tourists came.", ("Tens of thousands", 10000, 100000)),
        ("Hundreds of thousands of homes lost power.", ("Hundreds of thousands", 100000, 1000000)),
        ("It reached millions of homes.", ("millions", 1e6, 1e7)),
        # a unit after "of" is the range's unit
        ("It adds thousands of dollars to the bill.", ("thousands of dollars", 1000, 10000, "USD")),
        ("The plume rose hundreds of miles high.", ("hundreds of miles", 100, 1000, "mile")),
    ],
)
def test_vague_plurals_are_ranges(nlp, resources, text, expected):
    [(got_text, value, low, high, bound, unit)] = quantities(nlp, resources, text)
    assert (got_text, value, bound, unit) == (
        expected[0],
        None,
        "range",
        expected[3] if len(expected) > 3 else None,
    )
    assert (low, high) == (pytest.approx(expected[1]), pytest.approx(expected[2]))


def test_year_then_number_is_no_range(nlp, resources):
    found = quantities(nlp, resources, "Sales rose in 2018 to 4.2 million units.")
    assert [(text, value) for text, value, *_ in found] == [("4.2 million", pytest.approx(4.2e6))]
