"""Numbers a fact-checker would repeat wrongly (issue #15, items 12 and 6), and the
quantulum3 adapter's unknown-unit tails: each case failed before its fix."""

from __future__ import annotations

import pytest

from extractor.adapters import quantulum
from extractor.adapters.quantulum import parse_text

from .test_quantities_find import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A space separates thousands only before groups of exactly three digits.
        ("The number is 9 9957460 in the register.", [("9", 9.0), ("9957460", 9957460.0)]),
        # A no-break space is a thousands separator too: one number, not 45 and 0.
        ("About 45\u00a0000 people marched.", [("About 45\u00a0000", 45000.0)]),
        ("About 45 000 people marched.", [("About 45 000", 45000.0)]),
    ],
)
def test_digit_groups_split_by_spaces(nlp, resources, text, expected):
    found = [(got, value) for got, value, *_ in quantities(nlp, resources, text)]
    assert found == expected


def test_range_scale_is_shared_after_a_previous_sentence(nlp, resources):
    text = "Many people died. Between 15 and 30 million homes were lost."
    [(got, value, low, high, bound, _)] = quantities(nlp, resources, text)
    assert (got, value, low, high, bound) == (
        "Between 15 and 30 million",
        None,
        15e6,
        30e6,
        "range",
    )


def test_range_opening_a_sentence_is_found(nlp, resources):
    text = "Between 15 and 30 people died, officials said."
    [(got, value, low, high, bound, _)] = quantities(nlp, resources, text)
    assert (got, value, low, high, bound) == ("Between 15 and 30", None, 15, 30, "range")


def test_range_opening_a_sentence_is_a_claim(extractor):
    [claim] = extractor("Between 15 and 30 people died, officials said.")
    assert (claim.quantity.low, claim.quantity.high, claim.quantity.bound) == (15, 30, "range")


@pytest.mark.parametrize(
    "text",
    [
        "The Ninth Circle ruled that 5 people lied.",
        "The Ninth Circle ruled on Monday.",
        "The team finished seventh in the league.",
    ],
)
def test_ordinal_in_a_name_is_no_fraction(nlp, resources, text):
    assert all(value != pytest.approx(1 / 9) for _, value, *_ in quantities(nlp, resources, text))
    assert all(value != pytest.approx(1 / 7) for _, value, *_ in quantities(nlp, resources, text))


def test_fraction_word_before_of_is_still_a_fraction(nlp, resources):
    [(got, value, *_)] = quantities(nlp, resources, "A ninth of the budget went on it.")
    assert (got, value) == ("A ninth", pytest.approx(1 / 9))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A known unit followed by an unknown unit part: cut to the known unit.
        ("They pay a 35 percent tax on it.", ("35 percent", 35, "percent")),
        ("Voters backed a 20 percent levy there.", ("20 percent", 20, "percent")),
    ],
)
def test_unknown_unit_tail_is_cut(nlp, resources, text, expected):
    [(got, value, _, _, _, unit)] = quantities(nlp, resources, text)
    assert (got, value, unit) == expected


def test_long_number_words_are_one_number(nlp, resources):
    text = "The city has thirty-one thousand four hundred and six residents."
    [(got, value, low, *_)] = quantities(nlp, resources, text)
    assert (got, value, low) == ("thirty-one thousand four hundred and six", 31406, None)


class _Alarm(TimeoutError):
    """Stands for the batch's ArticleTimeout (a TimeoutError subclass)."""


def test_timeout_propagates_and_is_not_cached(resources, monkeypatch):
    text = "A sentence only this test parses: 77 apples."
    real = quantulum._quantulum_parse

    def alarm(_text):
        raise _Alarm("article timed out")

    monkeypatch.setattr(quantulum, "_quantulum_parse", alarm)
    with pytest.raises(_Alarm):
        parse_text(text, resources=resources)
    monkeypatch.setattr(quantulum, "_quantulum_parse", real)
    assert [hit.value for hit in parse_text(text, resources=resources)] == [77]


def test_failed_parse_is_empty_and_not_cached(resources, monkeypatch):
    text = "Another sentence only this test parses: 88 pears."
    real = quantulum._quantulum_parse

    def broken(_text):
        raise ValueError("quantulum3 bug")

    monkeypatch.setattr(quantulum, "_quantulum_parse", broken)
    assert parse_text(text, resources=resources) == []
    monkeypatch.setattr(quantulum, "_quantulum_parse", real)
    assert [hit.value for hit in parse_text(text, resources=resources)] == [88]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He will be 35 by the end of the year.", ("35", "year of age")),
        ("His son, who was 7, survived.", ("7", "year of age")),
        ("They were 5 in the car.", ("5", None)),
        ("The total is 35.", ("35", None)),
    ],
)
def test_an_age_stated_with_be(nlp, resources, text, expected):
    [(got, _, _, _, _, unit)] = quantities(nlp, resources, text)
    assert (got, unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jet will seat 200-250 people.", [("200-250", 200, 250)]),
        ("Call 555-1234 for tickets.", []),
    ],
)
def test_three_digit_range_is_no_phone_number(nlp, resources, text, expected):
    found = [(got, low, high) for got, _, low, high, *_ in quantities(nlp, resources, text)]
    assert found == expected
