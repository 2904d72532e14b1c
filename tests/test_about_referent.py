"""About: a pronoun whose name is in an earlier sentence ("It intends to cut that number
to 600", "Its net profit rose 12%") qualifies the number by the name the sentences
before make their topic; a clause without a subject shares the subject of the verb it
hangs on (synthetic sentences)."""

from __future__ import annotations

import pytest

from .test_about import abouts


def qualifiers_of(extractor, text):
    return {c.quantity.text: c.about.qualifiers for c in extractor(text, published="2022-11-10")}


@pytest.mark.parametrize(
    ("text", "quantity", "name"),
    [
        # the main subject of the sentence before
        (
            "At the moment, Halvor Motors has 6,200 dealers in Ohio.\n\n"
            "It cut that number to 3,600 in 2010.",
            "3,600",
            "Halvor Motors",
        ),
        # a chain of "it" subjects hands the question back
        (
            "Halvor Motors cut 300 jobs in May.\n\nIt also closed two plants.\n\n"
            "It now makes 15 brands of cars.",
            "15",
            "Halvor Motors",
        ),
        # a plural subject is not "it": the name that owns it is
        (
            "Brinley Foods's results beat forecasts in 2021.\n\n"
            "Its net profit rose 12% to $40 million.",
            "12%",
            "Brinley Foods",
        ),
        # "he": a person's name
        (
            "Tomas Berg joined Halvor Motors in 2001.\n\nHe received a $5 million bonus in 2020.",
            "$5 million",
            "Tomas Berg",
        ),
    ],
)
def test_a_pronoun_names_the_topic_before(extractor, text, quantity, name):
    assert name in qualifiers_of(extractor, text)[quantity]


@pytest.mark.parametrize(
    ("text", "quantity", "not_name"),
    [
        # the topic before is no name
        (
            "Halvor Motors approved the merger.\n\nThe merger was signed in May 2021.\n\n"
            "It will cost 500 jobs.",
            "500",
            "Halvor Motors",
        ),
        # "its" is not a person
        (
            "Anna Kowalski joined Halvor Motors in 2001.\n\nIts revenue rose 5% last year.",
            "5%",
            "Anna Kowalski",
        ),
        # coordinated main clauses with two subjects: no clear topic
        (
            "Halvor Motors will build the jet in 2006 and the aircraft should fly in 2008.\n\n"
            "It will seat 300 people.",
            "300",
            "Halvor Motors",
        ),
        # a name in the pronoun's own sentence: the sentence's own rules decide
        (
            "Halvor Motors sold 900 cars in May.\n\nBrinley Foods expects its sales to rise 4%.",
            "4%",
            "Halvor Motors",
        ),
    ],
)
def test_a_pronoun_without_a_clear_named_topic_is_left_out(extractor, text, quantity, not_name):
    assert not_name not in qualifiers_of(extractor, text)[quantity]


def test_a_participle_clause_shares_its_verbs_subject(nlp, resources):
    found = abouts(
        nlp,
        resources,
        "Halvor Motors remains the largest carmaker in Ohio, posting sales of $152 billion.",
    )
    assert "Halvor Motors" in found[0].qualifiers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zephyr Studio will be sold in July for US$29.", "Zephyr Studio"),
        ("The Brinley X200 can fly for 9,420 nautical miles.", "X200"),
    ],
)
def test_a_named_things_unwritten_measure_is_the_names(nlp, resources, text, name):
    found = abouts(nlp, resources, text)
    assert any(name in q for q in found[0].qualifiers)
    assert found[0].entity is not None and name in found[0].entity


def test_an_index_level_is_not_qualified_by_its_own_name(nlp, resources):
    for about in abouts(nlp, resources, "The Halvor 30 fell 2.04% to 11,188 points."):
        assert about.qualifiers == ()


def test_names_coordinated_in_the_subject_each_say_whose(nlp, resources):
    found = abouts(nlp, resources, "Halvor and Brinley were given loans worth $17 billion.")
    assert {"Halvor", "Brinley"} <= set(found[0].qualifiers)


def test_a_model_number_subject_says_which(nlp, resources):
    found = abouts(nlp, resources, "The 747-8 holds 410 passengers.")
    assert found[0].qualifiers == ("747-8",)


def test_a_number_word_subject_is_no_model(nlp, resources):
    for about in abouts(nlp, resources, "About one of every 200 users complained."):
        assert "one" not in about.qualifiers
