"""About, a whole described by what it consists of ("a fleet consisting of 30 jets"):
the number is asserted by the verb of the whole and is whose the whole is, as for "a
fleet of 30 jets" (CLAIM-SPEC: property is what is asserted, qualifiers say whose)."""

from __future__ import annotations

import pytest

from .test_about import abouts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brixco operates a fleet consisting of 30 jets.", [("jets", ("Brixco",), "operates")]),
        ("Brixco operates a fleet made up of 30 jets.", [("jets", ("Brixco",), "operates")]),
        ("Brixco has a portfolio comprising 40 hotels.", [("hotels", ("Brixco",), "has")]),
        (
            "Brixco owns a portfolio consisting of 30 hotels and 12 casinos.",
            [("hotels", ("Brixco",), "owns"), ("casinos", ("Brixco",), "owns")],
        ),
    ],
)
def test_the_whole_s_verb_asserts_and_its_subject_owns(nlp, resources, text, expected):
    got = [(a.entity, a.qualifiers, a.property) for a in abouts(nlp, resources, text)]
    assert got == expected


def test_a_participle_of_another_verb_is_not_transparent(nlp, resources):
    # "serving" says what the fleet does, not what it holds
    about = abouts(nlp, resources, "Brixco operates a fleet serving 30 airports.")[0]
    assert about.property != "operates"


def test_make_without_of_is_not_composition(nlp, resources):
    # the plant makes the cars; it does not consist of them
    about = abouts(nlp, resources, "Brixco runs a plant making 300 cars a day.")[0]
    assert about.property != "runs"


def test_made_of_is_composition(nlp, resources):
    about = abouts(nlp, resources, "Brixco sells a cake made of 30 ingredients.")[0]
    assert (about.qualifiers, about.property) == (("Brixco",), "sells")
