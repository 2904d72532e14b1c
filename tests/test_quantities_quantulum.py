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
