"""Queue deduplication: when two numbers are the same, match or conflict; the keys of a claim."""

from __future__ import annotations

import pytest

from extractor.queue.dedup import (
    Numbers,
    appearance_key,
    identity_key,
    normalise_name,
    qualifier_stems,
    quantities_conflict,
    quantities_match,
    same_number,
)

from .queue_support import make_claim

# -- keys ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (5937, 5937, True),
        (5937, 5900, True),  # 2 significant digits
        (100000, 100500, True),  # within 1%
        (1149, 1150, True),  # within 1% though 2-digit rounding differs
        (5937, 6000, False),
        (100000, 120000, False),
        (3.4, 3.9, False),
        (None, None, True),
        (None, 5, False),
    ],
)
def test_same_number(a, b, same):
    assert same_number(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "match"),
    [
        (Numbers(100000, None, None, "approx"), Numbers(100000, None, None, "exact"), True),
        (
            Numbers(100000, None, None, "lower"),
            Numbers(100000, None, None, "approx"),
            False,
        ),  # bound considered
        (Numbers(None, 15e6, 30e6, "range"), Numbers(None, 15e6, 30e6, "range"), True),
        (
            Numbers(None, 15e6, 30e6, "range"),
            Numbers(None, 15e6, 20e6, "range"),
            False,
        ),  # both ends
    ],
)
def test_quantities_match(a, b, match):
    assert quantities_match(a, b) is match


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (Numbers(5937, None, None, "exact"), Numbers(100000, None, None, "approx"), True),
        (
            Numbers(5937, None, None, "exact"),
            Numbers(5900, None, None, "approx"),
            False,
        ),  # within rounding
        (
            Numbers(120000, None, None, "exact"),
            Numbers(100000, None, None, "lower"),
            False,
        ),  # consistent
        (Numbers(5937, None, None, "exact"), Numbers(100000, None, None, "lower"), True),
        (Numbers(20e6, None, None, "exact"), Numbers(None, 15e6, 30e6, "range"), False),
        (Numbers(40e6, None, None, "exact"), Numbers(None, 15e6, 30e6, "range"), True),
    ],
)
def test_quantities_conflict(a, b, conflict):
    assert quantities_conflict(a, b) is conflict


def test_keys():
    assert normalise_name("The Pentagon's") == "pentagon"
    assert qualifier_stems(["its"], speaker="Russia") == qualifier_stems(["Russian"])
    assert appearance_key(make_claim("d1", start=5)) == "d1#5-12"
    # "Obama" and "Barack Obama" are one speaker; Russian and Ukrainian soldiers are two items.
    assert identity_key(make_claim("a", speaker="Obama")) == identity_key(
        make_claim("b", speaker="Barack Obama")
    )
    assert identity_key(make_claim("a")) != identity_key(make_claim("a", qualifiers=("Ukrainian",)))
    assert identity_key(make_claim("a")) == identity_key(
        make_claim("b", entity="troops")
    )  # entity_concepts
