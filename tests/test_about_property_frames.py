"""About, the property around a number's frame: a bare noun that only frames the number
("reached a level of", "brought the total to"), the period a level closes ("ended the
session at") and the preposition of the counted noun ("fell to 9 million cars") belong
to what is asserted."""

from __future__ import annotations

import pytest

from .test_about import abouts


def _properties(nlp, resources, text):
    return [a.property for a in abouts(nlp, resources, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kospi reached a level of 2,480.5 in afternoon trade.", "reached a level of"),
        ("The Brixton index now has a value of 7,102 points.", "has a value of"),
        ("Coal exports have been down by a total of nine percent.", "down by a total of"),
        (
            "The new mill produces steel at the rate of 400 tonnes per day.",
            "produces at the rate of",
        ),
    ],
)
def test_a_frame_noun_of_the_number_is_part_of_the_property(nlp, resources, text, expected):
    assert expected in _properties(nlp, resources, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kospi gained 1.2% to end the session at 2,480.", "end the session at"),
        ("The Brixton index ended the week at 7,102.", "ended the week at"),
        ("The latest deal brought the total to 318 orders.", "brought the total to"),
    ],
)
def test_a_closing_period_or_bare_total_object_stays_in_the_property(
    nlp, resources, text, expected
):
    assert expected in _properties(nlp, resources, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The verb's other objects stay out, as before.
        ("The firm intends to cut that figure to 2,400 by next year.", "cut to"),
        ("Claims rose 12,000 last week to 301,000.", "rose to"),
        # A framing noun with words of its own is what the number is about.
        ("The unemployment rate reached 5.1% in May.", "reached"),
    ],
)
def test_other_objects_and_named_frames_stay_out(nlp, resources, text, expected):
    assert expected in _properties(nlp, resources, text)


def test_the_counted_noun_brings_its_number_in(nlp, resources):
    properties = _properties(
        nlp, resources, "Car sales fell 12% last year to 9.4 million vehicles."
    )
    assert properties[-1] == "fell to"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The passive agent did it: "by" does not bring a level in.
        ("The rally was attended by 12,000 farmers.", "attended"),
        # A preposition inside the quantity is its bound, not the verb's.
        ("The ferry carries up to 600 passengers.", "carries"),
    ],
)
def test_an_agent_or_a_bound_is_not_the_numbers_preposition(nlp, resources, text, expected):
    assert _properties(nlp, resources, text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The navy will buy six frigates in a deal worth $3.1 billion.", "worth"),
        ("The city approved the purchase of 40 buses worth $22 million.", "worth"),
        # A verb asserts something of the noun: the verb, not the value word.
        ("Northco was given loans worth $4 billion by the state.", "given"),
    ],
)
def test_the_value_word_is_the_property_when_no_verb_asserts_one(nlp, resources, text, expected):
    assert _properties(nlp, resources, text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new boiler burns 30 percent less gas than the old one.", "less"),
        ("The upgraded line carries 15% more freight each year.", "more"),
        # A comparative after "be" was already what is asserted.
        ("Tickets are 10% cheaper this year.", "cheaper"),
    ],
)
def test_the_comparative_an_amount_measures_is_the_property(nlp, resources, text, expected):
    assert _properties(nlp, resources, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A particle completes the verb; a preposition of a date is no part of it.
        (
            "The state bought back the old steel mill from its owners in 2019 for $40 million.",
            "bought back for",
        ),
        # A far preposition still brings the number in.
        (
            "The software will be shipped in July through the online store to all users for $29.",
            "shipped for",
        ),
    ],
)
def test_a_particle_or_a_far_preposition_completes_the_verb(nlp, resources, text, expected):
    assert _properties(nlp, resources, text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new jet will have a range of 8,000 miles.", "have a range of"),
        ("Brixco will take delivery of six new freighters next year.", "take delivery of"),
        ("The town had a population of 12,000 people.", "had a population of"),
    ],
)
def test_a_bare_object_bringing_in_the_number_is_part_of_the_property(
    nlp, resources, text, expected
):
    assert _properties(nlp, resources, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object with a possessor of its own is not bare: the verb alone
        ("Tellamar cut its forecast of 40,000 cars.", "cut"),
        # a change noun is asserted itself
        ("Vosk reported a loss of $3 million.", "loss"),
    ],
)
def test_an_object_with_modifiers_or_a_change_stays_out(nlp, resources, text, expected):
    assert _properties(nlp, resources, text) == [expected]
