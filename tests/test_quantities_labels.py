"""Labels that are no quantity (CLAIM-SPEC): street numbers before a name and a street
noun (``street_nouns.v1.txt``), a number before an ordinal street name, model names after
a counted number; the counts beside them stay. Synthetic sentences."""

from __future__ import annotations

import pytest

from extractor.stages.quantities import find_quantities


def numbers(nlp, resources, text):
    doc = nlp(text)
    return [
        (doc.text[q.start_char : q.end_char], q.value)
        for q in find_quantities(doc, resources=resources)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The office moved to 1 Infinite Loop.",
        "The firm is based at 500 Fifth Avenue, New York.",
        "He lives at 742 Evergreen Terrace in Springfield.",
        "They met at 12 Elm Ct on Sunday.",
        # a digit and one capital letter name a thing (spaCy splits "5G" into two tokens)
        "The phone supports 5G networks.",
        "The TV shows 4K video in 3D.",
    ],
)
def test_labels_are_no_quantity(nlp, resources, text):
    assert numbers(nlp, resources, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ten Boeing": quantulum3 reads a unit prefix in the name; the count stays ten
        ("The airline ordered ten Boeing 777X planes.", [("ten", 10)]),
        ("They drove 12 miles down Main Street.", [("12 miles", 12)]),
        # a capital letter that is a unit of the tables stays a unit
        ("It was 38C in Seville.", [("38C", 38)]),
        ("The bulb uses 60W.", [("60W", 60)]),
    ],
)
def test_counts_beside_labels(nlp, resources, text, expected):
    assert numbers(nlp, resources, text) == expected
