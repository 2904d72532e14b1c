"""Merging and joining (merge.py): ranges, a change and a level, ratios, shared units."""

from __future__ import annotations

import pytest

from .test_quantities_find import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range written high end first is still a range
        (
            "Growth will slow from 3.9 to 3.6 percent next year.",
            ("from 3.9 to 3.6 percent", 3.6, 3.9, "percent"),
        ),
        # two amounts read apart that state one range
        (
            "Sales may see a two per cent to 15 per cent gain.",
            ("two per cent to 15 per cent", 2, 15, "percent"),
        ),
        (
            "Flats range from 500 sq ft up to 800 sq ft in size.",
            ("from 500 sq ft up to 800 sq ft", 500, 800, "square foot"),
        ),
        (
            "A density from 2.5 A/cm2 to 0.5 A/cm2 was used.",
            ("from 2.5 A/cm2 to 0.5 A/cm2", 0.5, 2.5, "ampere per square centimetre"),
        ),
        # two close numbers sharing one unit after a change verb: a range of the change
        (
            "Prices rose by 10 to 15 percent last year.",
            ("10 to 15 percent", 10, 15, "percent"),
        ),
        ("Sales fell 3 to 4 per cent in March.", ("3 to 4 per cent", 3, 4, "percent")),
        ("Exports climbed 20 to 25% in 2021.", ("20 to 25%", 20, 25, "percent")),
        # counts after a passive's "by": who did it, not a change
        ("It was vetted by 15 to 20 people first.", ("15 to 20", 15, 20, None)),
        # a range keeps its rate
        (
            "Shares were priced between $20 and $24 per share.",
            ("between $20 and $24 per share", 20, 24, "USD per share"),
        ),
        (
            "They work 30 to 35 hours a week there.",
            ("30 to 35 hours a week", 30, 35, "hour per week"),
        ),
        # a hyphenated "to", glued by the tokenizer to a number ("to-60,000")
        (
            "The car goes 0-to-100-km/h very quickly.",
            ("0-to-100-km/h", 0, 100, "kilometre per hour"),
        ),
        (
            "They found a 40,000 to-60,000 year-old bone in the cave.",
            ("40,000 to-60,000 year-old", 40000, 60000, "year of age"),
        ),
        (
            "The camp takes 10-to-12-year-old children.",
            ("10-to-12-year-old", 10, 12, "year of age"),
        ),
        # a time aside between the ends of a "from X to Y" range says when, not how much
        (
            "The coin fell from $400 at 9am on Monday to $350 by the evening.",
            ("from $400 at 9am on Monday to $350", 350, 400, "USD"),
        ),
        (
            "Output dropped from 200 tonnes last year to 150 tonnes.",
            ("from 200 tonnes last year to 150 tonnes", 150, 200, "tonne"),
        ),
    ],
)
def test_ranges(nlp, resources, text, expected):
    [(got_text, value, low, high, bound, unit)] = quantities(nlp, resources, text)
    assert (got_text, value, bound, unit) == (expected[0], None, "range", expected[3])
    assert (low, high) == (pytest.approx(expected[1]), pytest.approx(expected[2]))


def test_a_rate_between_from_and_to_is_no_time_aside(nlp, resources):
    found = quantities(nlp, resources, "Output must rise from three a week to eight.")
    assert [bound for *_, bound, _ in found] == ["exact", "exact"]


def test_a_clause_between_from_and_to_is_no_time_aside(nlp, resources):
    found = quantities(
        nlp, resources, "It fell from 5 on Monday, and analysts said it may go to 7."
    )
    assert [(text, bound) for text, _, _, _, bound, _ in found] == [("5", "exact"), ("7", "exact")]


def test_change_then_level_is_no_range(nlp, resources):
    found = quantities(nlp, resources, "Profit grew more than fourfold to $2.5 billion.")
    assert [(text, bound) for text, _, _, _, bound, _ in found] == [
        ("more than fourfold", "lower"),
        ("$2.5 billion", "exact"),
    ]
    assert found[0][1] == 4


def test_unit_written_once_is_shared(nlp, resources):
    found = quantities(nlp, resources, "A meal costs six or seven euros.")
    assert [(text, unit) for text, *_, unit in found] == [("six", "EUR"), ("seven euros", "EUR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trend verb before "X to Y": a change and the level reached, not a range
        ("Prices rose 0.3% to 4.1% in June.", [("0.3%", 0.3, "percent"), ("4.1%", 4.1, "percent")]),
        ("Shares fell 7 cents to 90 cents.", [("7 cents", 7, "cent"), ("90 cents", 90, "cent")]),
        # the unit written once, but the ends far apart: a change and a level still
        ("Inflation rose 0.2 to 2.5% in May.", [("0.2", 0.2, "percent"), ("2.5%", 2.5, "percent")]),
        # no unit at all: a change and a level
        ("The number of cases fell 4 to 12 last week.", [("4", 4, None), ("12", 12, None)]),
        (
            "The index gained 1.2 percent to 3,210.50.",
            [("1.2 percent", 1.2, "percent"), ("3,210.50", 3210.5, None)],
        ),
    ],
)
def test_change_and_level_are_two_numbers(nlp, resources, text, expected):
    found = quantities(nlp, resources, text)
    assert [(t, b, u) for t, _, _, _, b, u in found] == [(t, "exact", u) for t, _, u in expected]
    assert [v for _, v, *_ in found] == [pytest.approx(v) for _, v, _ in expected]


def test_comparison_written_high_first_is_no_range(nlp, resources):
    found = quantities(nlp, resources, "In the poll, Smith led Jones 61 percent to 29 percent.")
    assert [(text, bound) for text, _, _, _, bound, _ in found] == [
        ("61 percent", "exact"),
        ("29 percent", "exact"),
    ]


def test_count_comparison_is_no_range(nlp, resources):
    found = quantities(nlp, resources, "The club won 4 to 2 at home.")
    assert found and all(bound == "exact" and low is None for _, _, low, _, bound, _ in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("About 4 in 10 voters backed the plan.", [("About 4 in 10", 0.4, "approx")]),
        ("One in five adults smokes.", [("One in five", 0.2, "exact")]),
        (
            "The rate is 177 out of every 100,000 people.",
            [("177 out of every 100,000", 0.00177, "exact")],
        ),
        ("Seven out of 10 doctors agree.", [("Seven out of 10", 0.7, "exact")]),
        ("More than 1 in 4 homes flooded.", [("More than 1 in 4", 0.25, "lower")]),
    ],
)
def test_ratios_are_one_share(nlp, resources, text, expected):
    found = quantities(nlp, resources, text)
    assert [(q[0], q[4]) for q in found] == [(t, b) for t, _, b in expected]
    assert [q[1] for q in found] == pytest.approx([v for _, v, _ in expected])
    assert {q[5] for q in found} == {"fraction"}


@pytest.mark.parametrize(
    "text, values",
    [
        ("He won 3 in 2016.", [3]),  # a year is no base
        ("She scored 30 in 5 games.", [30, 5]),  # the top is not below the base
    ],
)
def test_in_between_numbers_is_not_always_a_ratio(nlp, resources, text, values):
    assert [q[1] for q in quantities(nlp, resources, text)] == values
