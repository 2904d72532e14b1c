"""About, amounts moved onto or off a measure: "adds $2,000 to the cost of a car" ->
cost; the verb's subject only caused the move."""

from __future__ import annotations

import pytest

from extractor.stages.about.measured import Context
from extractor.stages.about.shifted import shifted_measure

from .test_about import abouts, hand_built, quantity_ref


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("The rule adds $2,000 to the cost of a new car.", "cost"),
        ("The slump wiped more than $340 million from the company's value.", "value"),
        # not a shift verb, or no measure named after the number: other rules decide
        ("The firm added 300 jobs to its payroll.", "jobs"),
        ("The team added 12 points in the second half.", "team"),
    ],
)
def test_the_measure_an_amount_is_moved_onto(nlp, resources, text, entity):
    [about] = abouts(nlp, resources, text)
    assert about.entity == entity


# "Tolls add $5 to fares": the parser hangs "to fares" on "add".
TOLLS_ADD = [
    ("Tolls", 1, "nsubj", "NOUN", "toll"),
    ("add", 1, "ROOT", "VERB", "add"),
    ("$", 3, "nmod", "SYM"),
    ("5", 1, "dobj", "NUM"),
    ("to", 1, "prep", "ADP"),
    ("fares", 4, "pobj", "NOUN", "fare"),
]


def test_shifted_measure_on_a_hand_built_parse(resources):
    doc = hand_built(TOLLS_ADD)
    ref = quantity_ref(doc, 2, 4, root=3, unit="USD", value=5)
    [(measure, score, text)] = shifted_measure(Context(doc, ref, None, doc[0], {2, 3}, resources))
    assert (measure.text, text) == ("fares", None)
    assert score > 0.8  # above the holder the parse offers ("Tolls")
