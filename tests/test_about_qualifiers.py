"""About, qualifiers that say which: the group a number is for ("2% for women"), and the
named places and organisations of a participle that modifies the entity ("students
studying at Halvorsen University")."""

from __future__ import annotations

import pytest

from .test_about import abouts


@pytest.mark.parametrize(
    ("text", "entity", "qualifier"),
    [
        (
            "There are tens of thousands of students studying at Halvorsen University.",
            "students",
            "Halvorsen University",
        ),
        (
            "About 300 workers employed at Brightline Bank lost their jobs.",
            "workers",
            "Brightline Bank",
        ),
    ],
)
def test_a_participle_names_where_or_whose(nlp, resources, text, entity, qualifier):
    [about] = abouts(nlp, resources, text)
    assert about.entity == entity
    assert qualifier in about.qualifiers


def test_an_unnamed_place_of_a_participle_does_not_qualify(nlp, resources):
    [about] = abouts(nlp, resources, "About 300 workers employed at the plant lost their jobs.")
    assert about.entity == "workers"
    assert not any("plant" in q for q in about.qualifiers)


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        (
            "Employment rose 2.2 per cent for women, compared to an increase of one per cent "
            "for men.",
            [["women"], ["men"]],
        ),
        ("Tickets cost $10 for women and $4 for children.", [["women"], ["children"]]),
    ],
)
def test_the_group_a_number_is_for_qualifies_it(nlp, resources, text, qualifiers):
    found = abouts(nlp, resources, text)
    assert len(found) == len(qualifiers)
    for about, expected in zip(found, qualifiers, strict=True):
        assert [q for q in about.qualifiers if q in expected] == expected


@pytest.mark.parametrize("text", ["He paid $5 for the book.", "Sales rose 5% for the year."])
def test_a_thing_paid_for_or_a_time_is_not_a_group(nlp, resources, text):
    [about] = abouts(nlp, resources, text)
    assert about.qualifiers == ()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Brixco will cut 1,200 jobs in Portugal.", "Portugal"),
        ("About 400 jobs will be lost in Scotland.", "Scotland"),
        ("Northco sold 2.9 million vehicles in China last year.", "China"),
    ],
)
def test_a_named_place_of_the_verb_says_where(nlp, resources, text, place):
    [about] = abouts(nlp, resources, text)
    assert place in about.qualifiers


@pytest.mark.parametrize(
    "text",
    [
        "Brixco will cut 1,200 jobs in the coming months.",
        "Brixco will cut 1,200 jobs in its factories.",
    ],
)
def test_an_unnamed_place_or_a_time_of_the_verb_does_not_qualify(nlp, resources, text):
    [about] = abouts(nlp, resources, text)
    assert not any(word in q for q in about.qualifiers for word in ("months", "factories"))


@pytest.mark.parametrize(
    ("text", "container"),
    [
        ("Brixco published a list of 212 branches that it will close.", "list"),
        ("Northco holds options on a further batch of 14 turbines.", "batch"),
        ("The navy runs a fleet of 40 frigates.", "fleet"),
    ],
)
def test_what_only_holds_the_counted_things_does_not_qualify_them(nlp, resources, text, container):
    [about] = abouts(nlp, resources, text)
    assert not any(container in q for q in about.qualifiers)


def test_a_survey_of_the_counted_things_still_says_which(nlp, resources):
    [about] = abouts(nlp, resources, "A Brixco survey of 12 countries found broad support.")
    assert about.entity == "countries"
    assert any("survey" in q for q in about.qualifiers)


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        (
            "The new ferry burns 15 percent less diesel per crossing than the old one.",
            "per crossing",
        ),
        ("The museum draws 4,000 visitors per week.", "per week"),
        ("The plant makes 40 cars per working day.", "per working day"),
    ],
)
def test_the_per_phrase_of_the_entity_says_which(nlp, resources, text, rate):
    [about] = abouts(nlp, resources, text)
    assert rate in about.qualifiers


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("Sales of tractors in Kenya fell 12% last year.", {"tractors", "Kenya"}),
        ("Exports of coffee in Brazil rose by 8% in May.", {"coffee", "Brazil"}),
    ],
)
def test_the_place_of_the_of_object_says_which_too(nlp, resources, text, qualifiers):
    [about] = abouts(nlp, resources, text)
    assert qualifiers <= set(about.qualifiers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name compound of the "of" object stays with it: which programs, which shares
        ("There are 3,000 developers of Brixco programs.", ("Brixco programs",)),
        ("The price of Brixco shares rose 4% on Monday.", ("Brixco shares",)),
        ("The price of copper hit $9,000.", ("copper",)),
    ],
)
def test_the_of_object_keeps_its_compounds(nlp, resources, text, expected):
    assert abouts(nlp, resources, text)[0].qualifiers == expected
