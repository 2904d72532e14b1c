"""Bounds (bounds.py): bound words, and where a bound scopes over a second number."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from extractor.article.offsets import mark_segment
from extractor.stages.quantities.bounds import share_bounds_across_coordination, with_bound
from extractor.stages.quantities.refs import make_ref

from .test_quantities_find import quantities


def test_distributive_coordination_shares_the_bound(nlp, resources):
    """ "Around 100,000 Russian and 100,000 Ukrainian soldiers": two claims, both approximate."""
    found = quantities(
        nlp, resources, "Around 100,000 Russian and 100,000 Ukrainian soldiers died."
    )
    assert [(text, bound) for text, _, _, _, bound, _ in found] == [
        ("Around 100,000", "approx"),
        ("100,000", "approx"),
    ]


def test_coordination_without_bound_stays_exact(nlp, resources):
    found = quantities(nlp, resources, "Some 20 British and 30 French sailors.")
    assert [bound for *_, bound, _ in found] == ["approx", "approx"]
    found = quantities(nlp, resources, "In all, 20 British and 30 French sailors drowned.")
    assert [bound for *_, bound, _ in found] == ["exact", "exact"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bounds: comparatives, a glued tilde, prefixes, conversions in brackets
        ("Strength was lower than 9.5 ksi overall.", ("lower than 9.5 ksi", 9.5, "upper")),
        ("Prices were higher than $40 all week.", ("higher than $40", 40, "lower")),
        ("The gap was ~2.5mm wide.", ("~2.5mm", 2.5, "approx")),
        ("Firms make sub-5 nanometer chips.", ("sub-5 nanometer", 5, "upper")),
        # "-plus" and a glued "+" after the number: more than it
        ("The chain has 12,000-plus stores.", ("12,000-plus", 12000, "lower")),
        ("The chain has 12,000+ stores.", ("12,000+", 12000, "lower")),
        (
            "Nights fall to minus-40 degrees Fahrenheit.",
            ("minus-40 degrees Fahrenheit", -40, "exact"),
        ),
        ("The deficit grew to $-12.5bn in May.", ("$-12.5bn", -12.5e9, "exact")),
    ],
)
def test_bounds_and_signs(nlp, resources, text, expected):
    [(got_text, value, _, _, bound, _)] = quantities(nlp, resources, text)
    assert (got_text, bound) == (expected[0], expected[2])
    assert value == pytest.approx(expected[1])


def test_conversion_in_brackets_keeps_the_bound(nlp, resources):
    found = quantities(nlp, resources, "The birds fly more than 50 kilometres (31 miles) a day.")
    assert [(text, bound) for text, _, _, _, bound, _ in found][:2] == [
        ("more than 50 kilometres", "lower"),
        ("31 miles", "lower"),
    ]
    found = quantities(nlp, resources, "It makes just under 150 hp (112 kW / 152 PS) today.")
    assert [(text, bound, unit) for text, _, _, _, bound, unit in found] == [
        ("just under 150 hp", "upper", "horsepower"),
        ("112 kW", "upper", "kilowatt"),
        ("152 PS", "upper", "horsepower"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The lake is about 30 miles wide and 80 miles long.",
        "It will cost around 15k or 20k more.",
    ],
)
def test_bound_does_not_spread_to_separate_amounts(nlp, resources, text):
    found = quantities(nlp, resources, text)
    assert [bound for *_, bound, _ in found] == ["approx", "exact"]


# Rules on hand-built Docs: no parser, so each test states exactly the parse it needs.


@pytest.mark.parametrize(
    ("words", "number", "expected"),
    [
        (["At", "least", "12", "people"], 2, ((0, 3), "lower")),
        (["They", "hired", "100", "or", "more", "workers"], 2, ((2, 5), "lower")),
        (["Some", "5,000", "troops"], 1, ((0, 2), "approx")),
        (["Officials", "counted", "5,937", "troops"], 2, ((2, 3), "exact")),
    ],
)
def test_bound_words_on_hand_built_docs(nlp, resources, words, number, expected):
    doc = Doc(nlp.vocab, words=words)
    ref = make_ref(doc[number : number + 1], 1.0, None, None, "exact", None)
    bounded = with_bound(doc, ref, resources)
    assert ((bounded.start, bounded.end), bounded.bound) == expected


def test_bound_offsets_are_absolute_in_a_marked_segment(nlp, resources):
    doc = mark_segment(Doc(nlp.vocab, words=["At", "least", "12", "people"]), 100)
    ref = with_bound(doc, make_ref(doc[2:3], 12, None, None, "exact", None), resources)
    assert (ref.start_char, ref.end_char, ref.start, ref.end) == (100, 111, 0, 3)


def test_a_bound_scopes_over_a_distributive_coordination(nlp, resources):
    words = ["Around", "100,000", "Russian", "and", "100,000", "Ukrainian", "soldiers"]
    pos = ["ADV", "NUM", "ADJ", "CCONJ", "NUM", "ADJ", "NOUN"]
    doc = Doc(nlp.vocab, words=words, pos=pos)
    first = with_bound(doc, make_ref(doc[1:2], 1e5, None, None, "exact", None), resources)
    second = make_ref(doc[4:5], 1e5, None, None, "exact", None)
    shared = share_bounds_across_coordination(doc, [first, second])
    assert [ref.bound for ref in shared] == ["approx", "approx"]
    doc = Doc(nlp.vocab, words=["around", "25k", "or", "40k"], pos=["ADV", "NUM", "CCONJ", "NUM"])
    first = with_bound(doc, make_ref(doc[1:2], 25e3, None, None, "exact", None), resources)
    second = make_ref(doc[3:4], 40e3, None, None, "exact", None)
    shared = share_bounds_across_coordination(doc, [first, second])
    assert [ref.bound for ref in shared] == ["approx", "exact"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "then" for "than", a common misspelling, is still a bound
        ("Sales were more then 300 units.", ("more then 300", "lower")),
        ("It took less then 5 minutes.", ("less then 5 minutes", "upper")),
        ("They said then 300 people came.", ("300", "exact")),
    ],
)
def test_misspelt_bound_words(nlp, resources, text, expected):
    [(got_text, *_, bound, _)] = quantities(nlp, resources, text)
    assert (got_text, bound) == expected
