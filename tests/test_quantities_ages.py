"""Ages as quantities ("year of age"): after a noun for one person between commas
(``person_nouns.v1.txt``), after "age"/"aged"/"the age of". Synthetic sentences; negative
cases: a number after an organisation, a section, a plural noun."""

from __future__ import annotations

import pytest

from extractor.stages.quantities import find_quantities


def units(nlp, resources, text):
    doc = nlp(text)
    return [
        (doc.text[q.start_char : q.end_char], q.unit)
        for q in find_quantities(doc, resources=resources)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her daughter, 12, was at home.", ("12", "year of age")),
        ("The suspect, 19, was arrested.", ("19", "year of age")),
        ("The mother-of-three, 41, was released.", ("41", "year of age")),
        ("He died at the age of 86.", ("86", "year of age")),
        ("He started work at age 15.", ("15", "year of age")),
        ("A man aged 30 was charged.", ("30", "year of age")),
        # commas stripped: a whole number between a full name and a verb
        ("Maria Lopez 61 runs the bakery on the corner.", ("61", "year of age")),
        ("Tom Baker 35 said the plan was sound.", ("35", "year of age")),
        # a time adverb glued to the number
        ("She lives with her now-4 year-old son.", ("now-4 year-old", "year of age")),
        ("The then-25-year-old striker scored twice.", ("then-25-year-old", "year of age")),
    ],
)
def test_age(nlp, resources, text, expected):
    assert expected in units(nlp, resources, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The company, 150, employs many.", "150"),  # no person
        ("Section 5, 12, covers it.", "12"),
        ("The victims, 12, were named.", "12"),  # plural: may count people
        ("The Mars Rover 2 was launched.", "2"),  # a name's number before a verb
        ("Windows Vista 7 is out.", "7"),
    ],
)
def test_no_age(nlp, resources, text, number):
    assert (number, "year of age") not in units(nlp, resources, text)
