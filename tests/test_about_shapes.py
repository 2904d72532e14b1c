"""About, the news shapes of issue #10 on synthetic sentences: names at their fullest,
changes, prices, restated and elided numbers, contrasted counts."""

from __future__ import annotations

import pytest

from extractor.stages.about import find_about
from extractor.stages.about.naming import fullest_name
from extractor.stages.quantities import find_quantities

from .test_about import abouts


def described(nlp, resources, text):
    return [(a.entity, a.qualifiers, a.property) for a in abouts(nlp, resources, text)]


def test_name_at_its_fullest_in_another_segment(nlp, resources):
    first = nlp("The Harlow Composite Average, a broad index, closed higher on Monday.")
    doc = nlp("Harlow falls 40 points.")
    refs = find_quantities(doc, resources=resources)
    [about] = [
        find_about(doc, ref, quantities=refs, resources=resources, article=[first]) for ref in refs
    ]
    assert about.entity == "Harlow Composite Average"


def test_a_name_elsewhere_stops_before_a_title(nlp, resources):
    first = nlp("Toyota Motor CEO Akio Toyoda spoke on Monday.")
    doc = nlp("Toyota lost 40 points.")
    refs = find_quantities(doc, resources=resources)
    [about] = [
        find_about(doc, ref, quantities=refs, resources=resources, article=[first]) for ref in refs
    ]
    assert about.entity == "Toyota Motor"


def test_a_number_inside_an_index_name(nlp, resources):
    found = abouts(nlp, resources, "The Standard & Poor's 500 index rose 0.8% on Tuesday.")
    assert found[-1].entity == "Standard & Poor's 500 index"  # "500" may be a quantity too


def test_nationality_before_an_index_qualifies_it(nlp, resources):
    [about] = abouts(nlp, resources, "The French Cac index gained 2.2% on Friday.")
    assert (about.entity, about.qualifiers) == ("Cac index", ("French",))


def test_names_after_an_of_phrase_are_its_object(nlp, resources):
    found = described(
        nlp, resources, "Shares of carmakers Zorvex and Brightline fell by 2 and 4 percent."
    )
    assert [entity for entity, _, _ in found] == ["Shares", "Shares"]


def test_a_reported_clause_names_its_own_noun(nlp, resources):
    [about] = abouts(
        nlp,
        resources,
        "The minister announced that 300 billion rubles would be pumped into the banks.",
    )
    assert about.entity == "banks"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zorvex reported a 12% decline in sales.", ("sales", "decline")),
        ("Brightline posted a one penny loss in its stock.", ("stock", "loss")),
    ],
)
def test_a_measured_change_is_the_property(nlp, resources, text, expected):
    [about] = abouts(nlp, resources, text)
    assert (about.entity, about.property) == expected


def test_a_change_set_off_by_a_comma_is_the_subjects(nlp, resources):
    found = described(nlp, resources, "The Harlow index was up 2.1%, an increase of 40.5.")
    assert found[-1] == ("Harlow index", (), "increase")


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("The city had to pay another $5 million for repairs.", "repairs"),
        ("The state bought the steel mill from Orion in 2004 for $30 million.", "steel mill"),
        ("Zorvex sold it to a rival for $30 million.", "sale"),
        ("The shops are creating $40 million yearly in revenue.", "revenue"),
    ],
)
def test_what_money_pays_for(nlp, resources, text, entity):
    [about] = abouts(nlp, resources, text)
    assert about.entity == entity


def test_the_same_noun_counted_twice_is_the_entity(nlp, resources):
    found = described(
        nlp, resources, "About 500 assembly jobs will go in Ohio and 200 office jobs in Texas."
    )
    assert [(entity, qualifiers[:1]) for entity, qualifiers, _ in found] == [
        ("jobs", ("assembly",)),
        ("jobs", ("office",)),
    ]


def test_a_hyphenated_description_qualifies_a_counted_noun(nlp, resources):
    [about] = abouts(nlp, resources, "The airline flies 12 long-haul jets.")
    assert about.entity == "jets"
    assert "long-haul" in about.qualifiers


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("The index rose by 2.5%, which is 60 points.", ["index", "index"]),
        ("Orion sold 60% of its stake, keeping the other 40%.", ["stake", "stake"]),
        (
            "The small model seats 150 passengers; the large model seats 240.",
            ["passengers", "passengers"],
        ),
    ],
)
def test_a_number_restating_or_continuing_another(nlp, resources, text, entities):
    assert [a.entity for a in abouts(nlp, resources, text)] == entities


def test_names_elsewhere_that_disagree_are_not_a_fuller_name(nlp, resources):
    others = [nlp("Orvex Studio Pro ships in July."), nlp("The Orvex Cloud store opens.")]
    doc = nlp("Orvex grew 12% last year.")
    refs = find_quantities(doc, resources=resources)
    found = [
        find_about(doc, ref, quantities=refs, resources=resources, article=others) for ref in refs
    ]
    assert found[0].entity == "Orvex"


def test_an_index_in_apposition_keeps_its_description_as_qualifier(nlp, resources):
    found = abouts(nlp, resources, "The main Dutch index, the AEX, rose by 1.2% on Monday.")
    assert (found[0].entity, found[0].qualifiers) == ("AEX", ("Dutch",))


def test_a_duration_with_a_pronoun_subject_is_its_unit(nlp, resources):
    [about] = abouts(nlp, resources, "She has worked with Orion Motors for 33 years.")
    assert about.entity == "years"


def test_a_rate_is_not_a_duration(nlp, resources):
    found = abouts(nlp, resources, "I work 40 to 50 hours a week.")
    assert found[-1].entity != "week"


@pytest.mark.parametrize(
    ("text", "prop"),
    [
        ("There were 3,800 visitors.", "There were"),
        ("The Harlow index was up 3.1% on Monday.", "up"),
        ("Shares of Orion and Zorvex fell by 1.5 and 3 percent, respectively.", "fell by"),
        ("The number of claims rose 15,000 last week to 444,000.", "rose to"),
        ("The firm wants to reduce that number to 3,000.", "reduce to"),
        ("At the list price, these orders are worth $5.6 billion.", "worth"),
    ],
)
def test_what_is_asserted(nlp, resources, text, prop):
    assert abouts(nlp, resources, text)[-1].property == prop


def test_model_names_counted_in_brackets(nlp, resources):
    found = abouts(
        nlp, resources, "Orion flies 30 short-haul aircraft (24 A320s and 6 A321s) today."
    )
    assert [a.entity for a in found] == ["aircraft", "A320s", "A321s"]


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("Orion owns a 25 percent share in Brightline Bank.", {"Orion", "Brightline Bank"}),
        ("The Irish government holds a 25 percent share.", {"Irish government"}),
    ],
)
def test_whose_share(nlp, resources, text, qualifiers):
    [about] = abouts(nlp, resources, text)
    assert set(about.qualifiers) == qualifiers


def test_a_noun_the_unit_measures_at_the_end_of_the_span(nlp, resources):
    [about] = abouts(nlp, resources, "Hosmer added a 30 degree homer to tie the game.")
    assert about.entity == "homer"


def test_a_fuller_name_elsewhere_found_only_as_an_entity(nlp):
    # A longer named entity with no longer run of name words ("University of Texas")
    # stopped a news-dump article with "max() arg is an empty sequence".
    elsewhere = nlp("He studied at the University of Texas for years.")
    doc = nlp("The University said on Monday it would grow.")
    assert fullest_name([doc, elsewhere], [doc[1]]) == "University of Texas"
