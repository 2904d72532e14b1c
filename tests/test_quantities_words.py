"""Long number words with a unit (text2num adapter), "between X and Y" in words, bare
currency names and glued Fahrenheit from the generated tables. Synthetic sentences;
negative cases included."""

from __future__ import annotations

import pytest

from extractor.adapters.text2num import leading_number_words
from extractor.stages.quantities import find_quantities


def quantities(nlp, resources, text):
    doc = nlp(text)
    return [
        (doc.text[q.start_char : q.end_char], q.value, q.low, q.high, q.unit)
        for q in find_quantities(doc, resources=resources)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thirty-one thousand dollars", (31000.0, len("thirty-one thousand"))),
        ("two hundred and six people", (206.0, len("two hundred and six"))),
        ("forty-two", (42.0, len("forty-two"))),
        ("twenty to thirty dollars", None),  # a range: another number follows
        ("dollars", None),
        ("and six", None),
    ],
)
def test_leading_number_words(text, expected):
    assert leading_number_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # long number words with a unit are one number, not a range from "thirty" to "one"
        (
            "The bill was thirty-one thousand dollars.",
            ("thirty-one thousand dollars", 31000, None, None, "USD"),
        ),
        ("He ran twenty-six miles.", ("twenty-six miles", 26, None, None, "mile")),
        (
            "They paid twenty to thirty dollars each.",
            ("twenty to thirty dollars", None, 20, 30, "USD"),
        ),
        (
            "Between twenty and thirty people came.",
            ("Between twenty and thirty", None, 20, 30, None),
        ),
        # a currency's name alone (CLDR's English name, last word), singular or plural
        ("The fee is 3,000 baht.", ("3,000 baht", 3000, None, None, "THB")),
        ("The fine was 2,000 zlotys.", ("2,000 zlotys", 2000, None, None, "PLN")),
        ("He paid 500 forints.", ("500 forints", 500, None, None, "HUF")),
        # a capital F glued to the number is Fahrenheit
        ("It was 102F in Phoenix.", ("102F", 102, None, None, "degree fahrenheit")),
        ("His temperature was 98.6f.", ("98.6f", 98.6, None, None, "degree fahrenheit")),
    ],
)
def test_one_quantity(nlp, resources, text, expected):
    [got] = quantities(nlp, resources, text)
    assert (got[0], got[4]) == (expected[0], expected[4])
    for got_number, want in zip(got[1:4], expected[1:4], strict=True):
        assert got_number == (pytest.approx(want) if want is not None else None)


@pytest.mark.parametrize(
    ("text", "not_unit"),
    [
        ("The charge was 2.5 F across it.", "degree fahrenheit"),  # spaced: farads too
        ("The stamp cost 30c then.", "degree Celsius"),  # "30c" is as often cents
        ("She scored 5 marks in the test.", "BAM"),  # a common word, not the mark
        ("He has 3 dinars left.", "KWD"),  # many currencies' name: none chosen
    ],
)
def test_no_such_unit(nlp, resources, text, not_unit):
    assert all(unit != not_unit for *_, unit in quantities(nlp, resources, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The defense gave up 517 rushing yards.", ("517 rushing yards", "yard")),
        ("They walked ten more miles that day.", ("ten more miles", "mile")),
        # an adjective may make another unit: left unitless, never the wrong one
        ("It flew 10 Roman miles.", ("10 Roman miles", None)),
        # unless the lexicon knows the unit the two words make
        ("It flew 10 nautical miles.", ("10 nautical miles", "nautical mile")),
        # a counted noun is no unit
        ("They sold 40 used cars.", ("40", None)),
    ],
)
def test_unit_after_a_modifier(nlp, resources, text, expected):
    [(got_text, *_, unit)] = quantities(nlp, resources, text)
    assert (got_text, unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # scale words quantulum3 does not read: wire abbreviations, Indian lakh and crore
        ("Exports hit $5 bln last year.", ("$5 bln", 5e9, "USD")),
        ("The firm sold 3 mln shares.", ("3 mln", 3e6, None)),
        ("She sold it for Rs 4 lakh.", ("Rs 4 lakh", 4e5, "INR")),
        ("The scam cost Rs 2,000 crore.", ("Rs 2,000 crore", 2e10, "INR")),
        ("Investors lost Rs 3 lakh crore.", ("Rs 3 lakh crore", 3e12, "INR")),
        # a multiple written with "x", as "five times"
        ("Sales grew 4x in a year.", ("4x", 4, None)),
        # an ISO code may stand apart from the amount
        ("It costs CHF 20 now.", ("CHF 20", 20, "CHF")),
        ("The deal is worth USD 1.5 billion.", ("USD 1.5 billion", 1.5e9, "USD")),
        ("The fee is EUR 5m.", ("EUR 5m", 5e6, "EUR")),
    ],
)
def test_scales_and_codes(nlp, resources, text, expected):
    [(got_text, value, _low, _high, unit)] = quantities(nlp, resources, text)
    assert (got_text, unit) == (expected[0], expected[2])
    assert value == pytest.approx(expected[1])


@pytest.mark.parametrize(
    "text",
    [
        "The TOP 10 list is out.",  # an ISO code that is a common word: only glued
        "It was an ALL 5 line-up.",
    ],
)
def test_code_like_words_are_no_money(nlp, resources, text):
    assert all(unit not in ("TOP", "ALL") for *_, unit in quantities(nlp, resources, text))
