"""About, lists of moves whose verb is said once: each verbless entry's number measures
its own item ("Alpha fell 2%, Beta by 3%"), not the subject of the list's verb."""

from __future__ import annotations

import pytest

from extractor.stages.about.listed import listed_item
from extractor.stages.about.measured import Context
from extractor.stages.quantities import find_quantities

from .test_about import abouts, hand_built, quantity_ref


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an entry with "by" and no verb
        (
            "Shares of Alpha and Beta were down 2.3%, Gamma by 2.6% and Delta was down 1.9%.",
            ["Shares", "Gamma", "Delta"],
        ),
        # bare entries after a comma and "and"
        ("Milk prices rose 4%, eggs 6% and bread 2%.", ["Milk prices", "eggs", "bread"]),
        # an entry with a move word and a new level, after "such as"
        (
            "Stocks such as Alpha up 9.4 per cent to $84 and Beta up 4 per cent to $13.60 "
            "led the gains.",
            ["Alpha", "Alpha", "Beta", "Beta"],
        ),
    ],
)
def test_a_verbless_entry_measures_its_item(nlp, resources, text, expected):
    assert [a.entity for a in abouts(nlp, resources, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "with X at N": a verbless clause of its own
        (
            "Analysts said the slowdown came with inflation at 2.4% and unemployment at 5.1%.",
            [("inflation", (), "at"), ("unemployment", (), "at")],
        ),
        ("With oil at $80 a barrel, airlines are struggling.", [("oil", (), "at")]),
        # the move word is what the entry asserts; the list's subject is not its owner
        (
            "Stocks such as Alpha up 9.4 per cent to $84 led the gains.",
            [("Alpha", (), "up"), ("Alpha", (), "up")],
        ),
    ],
)
def test_an_entry_asserts_its_move_of_its_own_item(nlp, resources, text, expected):
    found = [(a.entity, a.qualifiers, a.property) for a in abouts(nlp, resources, text)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex shares fell 4.2% to $31 on Monday, and Quill rose 3% to $12.",
        "He paid $5 for the book and $7 for the pen.",
        "The index rose 2%, and oil was up 3%.",
        "She said he was too friendly with Wall Street over two decades.",
    ],
)
def test_entries_with_their_own_verb_are_left_to_the_other_rules(nlp, resources, text):
    doc = nlp(text)
    refs = find_quantities(doc, resources=resources)
    for ref in refs:
        context = Context(doc, ref, None, None, set(), resources)
        assert listed_item(context) == []


# "Alpha fell 2% , Beta by 3%": the parser hangs "Beta" and "by 3%" on "fell".
ALPHA_BETA = [
    ("Alpha", 1, "nsubj", "PROPN"),
    ("fell", 1, "ROOT", "VERB", "fall"),
    ("2", 3, "nummod", "NUM"),
    ("%", 1, "npadvmod", "NOUN"),
    (",", 1, "punct", "PUNCT"),
    ("Beta", 1, "npadvmod", "PROPN"),
    ("by", 1, "prep", "ADP"),
    ("3", 8, "nummod", "NUM"),
    ("%", 6, "pobj", "NOUN"),
]


def test_listed_item_on_a_hand_built_parse(resources):
    doc = hand_built(ALPHA_BETA)
    first = quantity_ref(doc, 2, 4, root=2, unit="percent", value=2)
    second = quantity_ref(doc, 7, 9, root=7, unit="percent", value=3)
    in_quantity = {2, 3, 7, 8}
    assert listed_item(Context(doc, first, None, doc[0], in_quantity, resources)) == []
    [(item, score, text)] = listed_item(Context(doc, second, None, doc[0], in_quantity, resources))
    assert (item.text, text) == ("Beta", None)
    assert score > 0.8  # above the holder the parse offers ("Alpha")
