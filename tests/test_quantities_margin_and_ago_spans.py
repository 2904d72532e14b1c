"""Spans that keep their cue words (CLAIM-SPEC, bound: "the cue words belong inside
quantity.text"): a margin's "plus or minus", "±", "+/-" is in the quantity, with no sign
and no bound; a bound word before a time back from now is in the date ("more than a
half-century ago"), as TimeML takes it in. Synthetic sentences, records written from the
text."""

from __future__ import annotations

import pytest


def quantities(extractor, text):
    return [
        (c.quantity.text, c.quantity.value, c.quantity.bound, c.quantity.unit)
        for c in extractor(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The poll has a margin of error of plus or minus 5.5 percentage points.",
            [("plus or minus 5.5 percentage points", 5.5, "exact", "percentage point")],
        ),
        (
            "Its margin of error is plus or minus 3 percentage points.",
            [("plus or minus 3 percentage points", 3, "exact", "percentage point")],
        ),
        (
            "The survey is accurate to plus or minus four points.",
            [("plus or minus four points", 4, "exact", "point")],
        ),
        (
            "The margin of error is ± 2.5 percent.",
            [("± 2.5 percent", 2.5, "exact", "percent")],
        ),
        (
            "The margin of error is +/- 4 points.",
            [("+/- 4 points", 4, "exact", "point")],
        ),
        # a sign word alone still negates
        (
            "Growth was minus 2 percent last year.",
            [("minus 2 percent", -2, "exact", "percent")],
        ),
    ],
)
def test_margin_words_are_in_the_quantity(extractor, text, expected):
    assert quantities(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        (
            "The dam, built more than a half-century ago, holds 40 billion gallons.",
            "more than a half-century ago",
            "1970",
        ),
        (
            "The mill, which closed over a decade ago, employed 300 people.",
            "over a decade ago",
            "201",
        ),
        (
            "The firm, founded well over two decades ago, has 12 stores.",
            "well over two decades ago",
            "200",
        ),
        (
            "The chain opened some 40 years ago and now has 500 shops.",
            "some 40 years ago",
            "1980",
        ),
    ],
)
def test_bound_words_are_in_a_date_back_from_now(extractor, text, date, value):
    [claim] = extractor(text, published="2020-06-01")
    assert (date, value) in [(d.text, d.value) for d in claim.dates]


def test_a_date_that_is_no_time_back_from_now_keeps_its_own_words(extractor):
    [claim] = extractor("Over the weekend, 300 people marched.", published="2020-06-01")
    assert [d.text for d in claim.dates] == ["the weekend"]


def test_a_comparison_with_a_time_back_is_no_modifier_of_it(extractor):
    [claim] = extractor("Sales were 5% higher than a year ago.", published="2020-06-01")
    assert [d.text for d in claim.dates] == ["a year ago"]
