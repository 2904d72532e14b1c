"""A subject calling something by a judgement ("Smith called it a $5 billion mistake")
attributes the numbers of what it judges, and only those (PolNeAR train and dev mark
"called" as the cue); "call" stays no cue without a subject or a predicate of its own."""

from __future__ import annotations

import pytest

from .test_attribution_sources import _speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object and its predicate are the judgement
        ("Ana Ruiz called it a $5 billion mistake.", [("$5 billion", "Ana Ruiz", "person")]),
        (
            "Ana Ruiz called half of the senator's supporters “deplorables.”",
            [("half", "Ana Ruiz", "person")],
        ),
        # a number outside the judgement is the article's
        (
            "Fifteen minutes after the vote, Ana Ruiz called the plan “a disaster.”",
            [("Fifteen minutes", None, None)],
        ),
        # what someone calls a thing is a phrase, not a claim about the sentence's numbers
        (
            "Under what Tom Hedge called “the prior model,” the club charged a $100,000 fee.",
            [("$100,000", None, None)],
        ),
        # a name given to a thing, and a call for something, are no judgement
        (
            "The program, called EB-5, requires an investment of $500,000.",
            [("$500,000", None, None)],
        ),
        (
            "Ana Ruiz called for a 28 percent rate.",
            [("28 percent", "Ana Ruiz", "person")],
        ),
    ],
)
def test_a_judgement_speaks_for_what_it_judges(extractor, text, expected):
    assert _speakers(extractor, text) == expected
