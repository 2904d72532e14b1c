"""About, the text: the counted thing and the holder written as noun phrases."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from extractor.stages.about.phrases import as_written, joined, kept

from .test_about import about_texts, abouts, english_vocab


def test_about_text_is_readable(nlp, resources):
    [about] = abouts(nlp, resources, "About 40,000 civilians died after the floods.")
    assert about.text == "civilians died after the floods"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A unit or score noun is not what the number is about: its holder is.
        ("The benchmark index gained 35 points on Tuesday.", ["benchmark index"]),
        # The verb whose object is counted stays out of the text (property keeps it).
        ("The bakery has 40 employees.", ["employees, bakery"]),
        # Possessive pronouns and determiners go; words stay as written ("start-up").
        ("The retailer said its profit rose 12%.", ["profit"]),
        ("The start-up's revenue rose 5% last quarter.", ["start-up's revenue"]),
        # A change applies to the verb's object: "boost X by N".
        ("The update boosts the battery life by 20 percent.", ["battery life"]),
        # A framing noun ("a close of") passes to the clause's subject.
        ("The index fell 2% to a close of 1,500 points.", ["index", "index"]),
        # Money "in" a noun is counted in that noun; "in exchange" is an idiom.
        ("The fund holds $3 billion in bonds.", ["bonds"]),
        ("The fund gave the startup $50,000 in exchange for shares.", ["fund"]),
        # "some of the top offers": the partitive's object.
        ("Some of the top offers include $200 off a phone.", ["top offers"]),
        # The modifiers of a unit noun name what it measures.
        ("The Pixel Pro 6 inch costs $700.", ["Pixel Pro", "Pixel Pro"]),
        # A pronoun subject takes the noun subject of the reporting clause.
        ("The bank said it has more than 5,000 clients.", ["clients, bank"]),
    ],
)
def test_about_text_names_the_concept(nlp, resources, text, expected):
    assert about_texts(nlp, resources, text) == expected


def _e_commerce_sales():
    return Doc(
        english_vocab(),
        words=["its", "e", "-", "commerce", "sales"],
        spaces=[True, False, False, True, False],
        pos=["PRON", "NOUN", "PUNCT", "NOUN", "NOUN"],
        heads=[4, 3, 3, 4, 4],
        deps=["poss", "compound", "punct", "compound", "ROOT"],
    )


def test_words_are_spaced_as_written():
    doc = _e_commerce_sales()
    assert as_written(doc, [t for t in doc if kept(t)]) == "e-commerce sales"
    # A hyphen whose neighbour was left out goes with it.
    assert as_written(doc, list(doc[2:])) == "commerce sales"


def test_possessive_pronouns_are_not_kept():
    doc = _e_commerce_sales()
    assert not kept(doc[0])


@pytest.mark.parametrize(
    ("counted", "holder", "expected"),
    [
        ("workers", "Ford", "workers, Ford"),
        ("", "index", "index"),
        ("delivery vans", "vans", "delivery vans"),  # the holder repeats the counted thing
    ],
)
def test_counted_thing_then_holder(counted, holder, expected):
    assert joined(counted, holder) == expected
