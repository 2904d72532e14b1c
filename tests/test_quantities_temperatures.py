"""A bare "degrees" in a sentence about the weather is a temperature whose scale the text
does not state ("degree temperature"); with an angle word, or with no word either way,
it stays quantulum3's "degree angle"; a stated scale keeps its unit
(``stages/quantities/temperatures.py``). Synthetic sentences, records written from the
text."""

from __future__ import annotations

import pytest

T = "degree temperature"
A = "degree angle"


def records(extractor, text):
    return [
        (c.quantity.text, c.quantity.value, c.quantity.bound, c.quantity.unit)
        for c in extractor(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a temperature word in the sentence, no scale written
        ("It was 40 degrees outside when the bus broke down.", [("40 degrees", 40, "exact", T)]),
        ("Temperatures reached 100 degrees in Phoenix.", [("100 degrees", 100, "exact", T)]),
        (
            "Forecasters expect highs of about 95 degrees and 60 percent humidity.",
            [("about 95 degrees", 95, "approx", T), ("60 percent", 60, "exact", "percent")],
        ),
        ("Overnight lows fell to minus 5 degrees.", [("minus 5 degrees", -5, "exact", T)]),
        ("Heat the oven to 350 degrees.", [("350 degrees", 350, "exact", T)]),
        ("It was 40° outside at noon.", [("40°", 40, "exact", T)]),
        # a stated scale is kept
        (
            "Temperatures reached 38 degrees Celsius in Seville.",
            [("38 degrees Celsius", 38, "exact", "degree Celsius")],
        ),
        (
            "The weather turned cold at 20 degrees Fahrenheit.",
            [("20 degrees Fahrenheit", 20, "exact", "degree fahrenheit")],
        ),
        # an angle word, or neither kind of word: an angle
        ("The plane banked 30 degrees to the left.", [("30 degrees", 30, "exact", A)]),
        ("The ramp has a slope of 12 degrees.", [("12 degrees", 12, "exact", A)]),
        ("The valve timing was moved by 18 degrees.", [("18 degrees", 18, "exact", A)]),
        (
            "On the hot deck the crane turned 90 degrees.",
            [("90 degrees", 90, "exact", A)],
        ),
    ],
)
def test_bare_degrees(extractor, text, expected):
    assert records(extractor, text) == expected
