"""quantulum3 behind its adapter (adapters/quantulum.py): offsets, ranges, currencies."""

from __future__ import annotations

import pytest

from extractor.adapters.money import load_currency_prefixes
from extractor.adapters.quantulum import find_money, parse_text, parse_value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("forty", 40),
        ("3.2bn", 3.2e9),
        ("$15", 15),
        ("twenty-five", 25),
        ("£20m", 2e7),
        ("not a number", None),
    ],
)
def test_parse_value(resources, text, value):
    assert parse_value(text, resources=resources) == (
        pytest.approx(value) if value is not None else None
    )


def test_adapter_returns_offsets_and_never_raises(resources):
    text = "between 15 and 30 million refugees"
    [hit] = parse_text(text, resources=resources)
    assert text[hit.start_char : hit.end_char] == "between 15 and 30 million"
    assert (hit.value, hit.low, hit.high) == (None, 15e6, 30e6)
    assert parse_text("", resources=resources) == []
    assert parse_text("\x00\ud7ff ½ ⅔ ٣", resources=resources) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # currency prefixes from models/lexicons/currencies.v1.tsv
        ("It fetched C$4.5bn.", (4.5e9, "CAD")),
        ("It fetched S$12 million.", (12e6, "SGD")),
        ("It fetched $US160 million.", (160e6, "USD")),
        ("It fetched Rs. 450 today.", (450, "INR")),
        ("It fetched RM23.50 today.", (23.5, "MYR")),
        ("It fetched NZ$7 today.", (7, "NZD")),
    ],
)
def test_currency_prefixes(resources, text, expected):
    [hit] = find_money(text, resources=resources)
    assert (hit.value, hit.unit) == (pytest.approx(expected[0]), expected[1])


def test_letter_currency_codes_must_touch_the_number(resources):
    assert find_money("See PS 5 and RM 3 below.", resources=resources) == []
    assert "ps" in load_currency_prefixes(resources).glued_only


def test_adapter_reads_a_falling_range_and_splits_a_comparison(resources):
    [hit] = parse_text("from 6.1 to 5.9 percent", resources=resources)
    assert (hit.low, hit.high, hit.unit) == (5.9, 6.1, "percent")
    assert [
        (h.value, h.unit)
        for h in parse_text("He led 54 percent to 38 percent.", resources=resources)
    ] == [
        (54, "percent"),
        (38, "percent"),
    ]


# A unit letter that is a piece of a word or an abbreviation is no unit: the number stands
# alone (and is not scaled by a prefix quantulum3 read into the word).
@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Here are five key trends.", "five", 5),  # k + ey: 5,000 exayears
        ("one of five U.S. territories", "five", 5),  # u: atomic mass units
        ("at least four U.N. observers", "four", 4),
        ("one P&G employee said", "one", 1),  # P: poise
        ("polls close at 7 p.m. tonight", "7", 7),  # p: pennies
    ],
)
def test_a_unit_inside_a_word_is_no_unit(resources, text, surface, value):
    [hit] = parse_text(text, resources=resources)
    assert (text[hit.start_char : hit.end_char], hit.value, hit.unit) == (surface, value, None)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("it weighs 5 kg", "kilogram"),
        ("ran 5km.", "kilometre"),
        ("at 60 km/h", "kilometre per hour"),
        ("a 45-degree tilt", "degree angle"),
        ("a 5p bag", "penny"),
        ("20 fl oz", "fluid ounce"),
        ("sentenced to two years' probation", "year"),  # quantulum3 writes "year"
    ],
)
def test_units_written_as_words_stay_units(resources, text, unit):
    assert [hit.unit for hit in parse_text(text, resources=resources)] == [unit]


def test_a_unit_written_in_the_singular_beside_its_plural_stays_a_unit(resources):
    # quantulum3 gives both numbers the surface "years"; "5-year" is still years.
    text = "a 5-year-old boy, five years after the war began"
    assert [hit.unit for hit in parse_text(text, resources=resources)] == ["year", "year"]


# The comma after a number ends the clause: it is not part of the number.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("You cannot equate the two, and I did not.", "two"),
        ("grades three through eight, and then", "eight"),
    ],
)
def test_a_comma_after_a_number_word_is_not_its_part(resources, text, surface):
    hit = parse_text(text, resources=resources)[-1]
    assert text[hit.start_char : hit.end_char] == surface


@pytest.mark.parametrize(
    ("text", "surface"), [("chip in $27, which", "$27"), ("earned $675,000, and", "$675,000")]
)
def test_a_comma_after_an_amount_is_not_its_part(resources, text, surface):
    [hit] = find_money(text, resources=resources)
    assert (text[hit.start_char : hit.end_char], hit.unit) == (surface, "USD")
