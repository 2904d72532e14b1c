""" "Respectively": each number of a list gets the name at its own place in the list of
names as its qualifier, not the whole list (CLAIM-SPEC: qualifiers say whose)."""

from __future__ import annotations

import pytest

from .test_about import abouts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the names are the subject
        ("Brixco and Tellamar cut 300 and 450 jobs, respectively.", [["Brixco"], ["Tellamar"]]),
        # the names in apposition to a description, which they replace
        (
            "Shares of energy companies ExxonMobil and Chevron fell by 1.5 and 3 percent, "
            "respectively.",
            [["ExxonMobil"], ["Chevron"]],
        ),
        # the second number continues the first: it takes its own name, not the first's
        (
            "Sales at Brixco and Tellamar rose 4% and 7%, respectively, last year.",
            [["Brixco"], ["Tellamar"]],
        ),
        # the names modify the owner's noun
        (
            "The Dorvan and Kelso mines produced 12,000 and 9,500 tonnes of copper respectively.",
            [["Dorvan"], ["Kelso"]],
        ),
    ],
)
def test_each_number_takes_its_own_name(nlp, resources, text, expected):
    assert [list(a.qualifiers) for a in abouts(nlp, resources, text)] == expected


def test_without_respectively_the_list_stays_whose_both_are(nlp, resources):
    qualifiers = [a.qualifiers for a in abouts(nlp, resources, "Brixco and Tellamar cut 300 jobs.")]
    assert qualifiers == [("Brixco", "Tellamar")]


def test_a_list_of_another_length_is_not_paired(nlp, resources):
    # three names, two numbers: no order to pair them by
    text = "Brixco, Tellamar and Vosk cut 300 and 450 jobs, respectively."
    qualifiers = [a.qualifiers for a in abouts(nlp, resources, text)]
    assert qualifiers == [("Brixco", "Tellamar", "Vosk")] * 2


def test_the_standard_of_a_comparison_is_not_whose(nlp, resources):
    text = "The Lumo costs 300 and 450 dollars less than its Vex and Orin rivals, respectively."
    for about in abouts(nlp, resources, text):
        assert "Vex" not in about.qualifiers and "Orin" not in about.qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the adjective pairs the lists too; the item keeps its compounds
        (
            "Demand for steel tubes and copper wire rose by a respective 4% and 9%.",
            [["steel tubes"], ["copper wire"]],
        ),
        (
            "Brixco sold 300 phone handsets and 20 laptops, implying a respective growth of 8% "
            "and 5%.",
            [["Brixco"], ["Brixco"], ["Brixco", "phone handsets"], ["Brixco", "laptops"]],
        ),
    ],
)
def test_respective_pairs_the_lists_too(nlp, resources, text, expected):
    assert [list(a.qualifiers) for a in abouts(nlp, resources, text)] == expected
