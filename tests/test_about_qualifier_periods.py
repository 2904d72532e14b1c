"""About, qualifiers that say which period ("its annual dividend", "Acme's 2019 revenue")
and the part a share's subject is ("the dealers represent 18% of the network": not whose
the network is)."""

from __future__ import annotations

import pytest

from .test_about import abouts


@pytest.mark.parametrize(
    ("text", "entity", "period"),
    [
        ("The board will halve its $2.4 billion annual dividend.", "dividend", "annual"),
        ("Brixco reported $40 million in quarterly profit.", "profit", "quarterly"),
        ("Refunds made up 3% of Brixco's 2019 revenue.", "revenue", "2019"),
    ],
)
def test_a_period_modifier_of_the_entity_qualifies_it(nlp, resources, text, entity, period):
    [about] = abouts(nlp, resources, text)
    assert about.entity == entity
    assert period in about.qualifiers


def test_a_date_elsewhere_in_the_sentence_is_not_a_qualifier(nlp, resources):
    [about] = abouts(nlp, resources, "Brixco paid a $2 dividend in 2019.")
    assert "2019" not in about.qualifiers


@pytest.mark.parametrize(
    ("text", "entity", "part"),
    [
        ("Women make up 40% of the workforce.", "workforce", "Women"),
        ("Exports account for 30% of the economy.", "economy", "Exports"),
        ("The closed branches represent 12% of the network.", "network", "branches"),
    ],
)
def test_the_subject_of_a_verb_of_parts_is_not_whose_the_whole_is(
    nlp, resources, text, entity, part
):
    [about] = abouts(nlp, resources, text)
    assert about.entity == entity
    assert not any(part in q for q in about.qualifiers)


def test_the_subject_of_another_verb_still_says_whose(nlp, resources):
    [about] = abouts(nlp, resources, "Acme sold 40% of its stake in Brixco.")
    assert about.entity == "stake"
    assert "Acme" in about.qualifiers


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        (
            "The Swedish furniture maker Brixco has reported a 12 percent rise in its sales.",
            "Brixco",
            "maker",
        ),
        (
            "One large chain that reported a gain in sales was Target, with a 5 percent boost.",
            "Target",
            "chain",
        ),
        (
            "The retailer that gained most was Tesco, with a 5 percent boost in sales.",
            "Tesco",
            "retailer",
        ),
    ],
)
def test_a_description_named_in_the_sentence_qualifies_by_its_name(
    nlp, resources, text, name, description
):
    about = abouts(nlp, resources, text)[-1]  # "One big retailer" is a count of its own
    assert name in about.qualifiers
    assert not any(description in q for q in about.qualifiers)


def test_places_in_apposition_do_not_name_a_description(nlp, resources):
    text = "A poll of 900 voters conducted in Norway Denmark and Finland found wide support."
    for about in abouts(nlp, resources, text):
        assert "Denmark" not in about.qualifiers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officials from the Republic of Korea agreed to buy 40 patrol boats.",
            "Republic of Korea",
        ),
        ("Executives at Brixco Holdings plan to close 30 stores.", "Brixco Holdings"),
    ],
)
def test_people_acting_for_a_country_or_company_qualify_by_its_name(nlp, resources, text, name):
    [about] = abouts(nlp, resources, text)
    assert name in about.qualifiers
    assert not any(word in q for q in about.qualifiers for word in ("Officials", "Executives"))


@pytest.mark.parametrize(
    ("text", "framing"),
    [
        ("The overall annual revenue of Brixco reached $7 billion.", "overall"),
        ("The prominent Korean Kospi index fell 2.1% on Monday.", "prominent"),
    ],
)
def test_a_framing_adjective_is_not_a_qualifier(nlp, resources, text, framing):
    [about] = abouts(nlp, resources, text)
    assert about.qualifiers
    assert not any(framing in q for q in about.qualifiers)
