"""What is not a quantity (filters.py): dates, ordinals, labels, the pronoun "one"."""

from __future__ import annotations

import pytest

from .test_quantities_find import quantities


@pytest.mark.parametrize(
    "text",
    [
        # dates and times are not quantities (seed fixture: "February 24", "October 4")
        "Russia invaded Ukraine on February 24.",
        "He signed a decree on October 4 formally.",
        "They met on 4 October in Paris.",
        "The law was passed in 2019.",
        "It was popular in the 1960s.",
        "The meeting starts at 10:30 am.",
        # ordinals and names with numbers
        "It was the 2nd round of talks.",
        "World War II ended long ago.",
        "The Boeing 737 was grounded.",
        "COVID-19 spread fast.",
        "The G7 summit opened.",
        "See page 4 for details.",
        # NewsQuant: model numbers after names, periods named by fractions, merged dates
        "Apple showed the iPhone 11 yesterday.",
        "Revenue rose in the fourth quarter.",
        "By Jerry Brewer September 22 2019 at noon.",
        # "a wartime" is not 1 "watt year south african rand" (seed fixture)
        "A wartime victor was maybe not achievable.",
        # no number at all
        "Same thing probably on the Ukrainian side.",
        # pronoun "one" is no count (counting "one" is tested in test_counting_one)
        "No one was hurt and the neighbours helped one another.",
        "This is the one they wanted, not that one.",
        "The news was on BBC One last night.",
        # a span of time before "ago" places a date
        "He was in trouble two weeks ago and 3 years ago.",
        # slash numbers that are dates or idioms, not fractions
        "Security spending grew after 9/11.",
        "The 24/7 news cycle never stops, and the vote is on 11/8.",
        # indefinite "one" before discourse nouns
        "At one point the crowd cheered, and one thing was clear.",
        "The plan is cheap; one reason is the new design.",
        # a year before a number is no range start; "2018s" is a year, not seconds
        "Healthcare, 2018s best performing sector, slipped.",
    ],
)
def test_not_a_quantity(nlp, resources, text):
    assert quantities(nlp, resources, text) == []


@pytest.mark.parametrize(
    "text",
    ["He finished third in the race.", "The Ninth Circle opened.", "It was the fourth time."],
)
def test_ordinals_are_not_fractions(nlp, resources, text):
    assert quantities(nlp, resources, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NewsQuant counts "one" as a number: one noun, one member of a set
        ("She lifted one hand above her head.", "one"),
        ("It is one of the best laptops on sale.", "one"),
        ("Their problems lie in just one area.", "one"),
    ],
)
def test_counting_one(nlp, resources, text, expected):
    [(got_text, value, *_)] = quantities(nlp, resources, text)
    assert (got_text, value) == (expected, 1)
