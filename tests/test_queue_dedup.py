"""Queue deduplication: when two numbers are the same claim; the keys of a claim."""

from __future__ import annotations

import pytest

from extractor.queue.dedup import (
    Numbers,
    appearance_key,
    identity_key,
    normalise_name,
    qualifier_stems,
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


def test_keys():
    assert normalise_name("The Pentagon's") == "pentagon"
    # One normaliser for the queue and the scorer: "U.S. Army" is "US Army" (issue #10).
    assert normalise_name("the U.S. Army's") == normalise_name("US Army") == "us army"
    assert qualifier_stems(["U.S."]) == qualifier_stems(["US"]) == frozenset({"us"})
    # Names lose their leading titles, as speakers' names do; a title alone stays.
    assert qualifier_stems(["President Obama"]) == qualifier_stems(["Obama"])
    assert qualifier_stems(["Sen. Ted Cruz"]) == qualifier_stems(["Ted Cruz"])
    assert qualifier_stems(["candidate"]) == frozenset({"cand"})
    assert identity_key(make_claim("a", speaker="U.S. Army", kind="organization")) == (
        identity_key(make_claim("b", speaker="US Army", kind="organization"))
    )
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


def test_the_scorer_compares_names_with_the_same_normaliser():
    from extractor.scoring.fields import FIELDS

    assert FIELDS["speaker"].matches("U.S. Army", "US Army")
    assert FIELDS["via"].matches(["the Washington Post"], "Washington Post's")
    assert not FIELDS["speaker"].matches("US Army", "US Navy")
