"""About: entity (head noun), qualifiers and property of each number."""

from __future__ import annotations

import pytest

from extractor.about import find_about
from extractor.quantities import find_quantities


def abouts(nlp, lexicons, text):
    doc = nlp(text)
    refs = find_quantities(doc, lexicons=lexicons)
    return [find_about(doc, ref, quantities=refs, lexicons=lexicons) for ref in refs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Around 100,000 Russian and 100,000 Ukrainian soldiers are estimated to have been killed or injured.",
            [("soldiers", ("Russian",), "killed or injured"), ("soldiers", ("Ukrainian",), "killed or injured")],
        ),
        ("About 40,000 civilians died after being caught up in the war.", [("civilians", (), "died")]),
        ("The country said that 5,937 troops had been killed since the start.", [("troops", (), "killed")]),
        ("He believes that between 15 and 30 million refugees have been created.", [("refugees", (), "created")]),
        ("Nearly 300 French fishermen protested in Calais.", [("fishermen", ("French",), "protested")]),
        ("About 40% of voters backed the plan.", [("voters", (), None)]),
    ],
)
def test_entity_qualifiers_property(nlp, lexicons, text, expected):
    got = [(a.entity, a.qualifiers, a.property) for a in abouts(nlp, lexicons, text)]
    assert got == expected


def test_about_text_is_readable(nlp, lexicons):
    [about] = abouts(nlp, lexicons, "About 40,000 civilians died after the floods.")
    assert about.text == "civilians died after the floods"


def test_number_without_a_noun_has_no_entity(nlp, lexicons):
    [about] = abouts(nlp, lexicons, "The total rose to 5,000.")
    assert about.entity is None


def test_numbers_heading_each_other_terminate(nlp, lexicons):
    """Numbers that head each other in the parse once looped forever (tokens compared with `is`)."""
    found = abouts(nlp, lexicons, "Fifty-one, maybe; sixty-two, never.")
    assert len(found) == 2
    assert all(a.entity is None for a in found)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # NewsQuant's referred concepts: whose number it is, not only the counted noun
        ("The US trade deficit increased by $43.6 billion.", "US trade deficit"),
        ("Chris Wood has scored 22 goals this season.", "Chris Wood"),
        ("The government announced a stimulus package of $1 trillion.", "stimulus package"),
    ],
)
def test_about_text_names_the_holder(nlp, lexicons, text, holder):
    [about] = abouts(nlp, lexicons, text)
    assert holder in about.text
