"""Numbers written as a multiple of a scale word: "a couple of hundred" (about 200), "a
couple dozen" (about 24), "a dozen and a half" (18), "a million and a half" (1,500,000)."""

from __future__ import annotations

import pytest

from extractor.stages.quantities import find_quantities

# (sentence, text of the quantity, value, bound, unit)
MULTIPLES = [
    ("A couple of hundred people attended.", "A couple of hundred", 200, "approx", None),
    ("A couple hundred fans waited outside.", "A couple hundred", 200, "approx", None),
    ("A couple dozen protesters gathered.", "A couple dozen", 24, "approx", None),
    ("Nearly a couple of thousand jobs went.", "Nearly a couple of thousand", 2000, "approx", None),
    ("A dozen and a half eggs were broken.", "A dozen and a half", 18, "exact", None),
    (
        "The city spent a million and a half dollars.",
        "a million and a half dollars",
        1.5e6,
        "exact",
        "USD",
    ),
    ("It cost US$2 million and a half.", "US$2 million and a half", 2.5e6, "exact", "USD"),
    (
        "They waited three hundred and a half days.",
        "three hundred and a half days",
        350,
        "exact",
        "day",
    ),
]


@pytest.mark.parametrize(("sentence", "text", "value", "bound", "unit"), MULTIPLES)
def test_a_multiple_of_a_scale_word_is_that_multiple(
    nlp, resources, sentence, text, value, bound, unit
):
    refs = find_quantities(nlp(sentence), resources=resources)
    [ref] = [r for r in refs if sentence[r.start_char : r.end_char] == text]
    assert (ref.value, ref.bound, ref.unit) == (value, bound, unit)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Two and a half million people voted.", "Two and a half million", 2.5e6),
        ("A couple of 10-year-olds were hurt.", "10-year", 10),
        ("Two dozen protesters gathered outside.", "Two dozen", 24),
    ],
)
def test_other_half_and_couple_phrases_keep_their_reading(nlp, resources, sentence, text, value):
    refs = find_quantities(nlp(sentence), resources=resources)
    [ref] = [r for r in refs if sentence[r.start_char : r.end_char] == text]
    assert ref.value == value and ref.bound == "exact"
