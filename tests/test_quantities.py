"""Quantities stage: (text, expected) tables, negative cases included."""

from __future__ import annotations

import pytest

from extractor.quantities import find_quantities
from extractor.quantulum_adapter import parse_text, parse_value


def quantities(nlp, lexicons, text):
    doc = nlp(text)
    return [
        (doc.text[q.start_char : q.end_char], q.value, q.low, q.high, q.bound, q.unit)
        for q in find_quantities(doc, lexicons=lexicons)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bound words belong inside the quantity's text (CLAIM-SPEC: bound)
        ("Around 100,000 soldiers were killed.", ("Around 100,000", 100000, None, None, "approx", None)),
        ("About 40,000 civilians died.", ("About 40,000", 40000, None, None, "approx", None)),
        ("He saw well over 100,000 soldiers.", ("well over 100,000", 100000, None, None, "lower", None)),
        ("At least 12 people were hurt.", ("At least 12", 12, None, None, "lower", None)),
        ("Nearly 300 homes were destroyed.", ("Nearly 300", 300, None, None, "upper", None)),
        ("Up to 50 boats sank.", ("Up to 50", 50, None, None, "upper", None)),
        ("Fewer than 20 students passed.", ("Fewer than 20", 20, None, None, "upper", None)),
        ("Some 5,000 troops arrived.", ("Some 5,000", 5000, None, None, "approx", None)),
        ("They hired 100 or more workers.", ("100 or more", 100, None, None, "lower", None)),
        ("Officials counted 5,937 troops.", ("5,937", 5937, None, None, "exact", None)),
        # numbers in words, scale words applied
        ("Forty soldiers died.", ("Forty", 40, None, None, "exact", None)),
        ("A dozen people were there.", ("A dozen", 12, None, None, "exact", None)),
        ("Three million refugees fled.", ("Three million", 3_000_000, None, None, "exact", None)),
        # ranges: low/high, never quantulum3's mean ± uncertainty
        (
            "Between 15 and 30 million refugees fled.",
            ("Between 15 and 30 million", None, 15_000_000, 30_000_000, "range", None),
        ),
        ("It took 10-15 km of road.", ("10-15 km", None, 10, 15, "range", "kilometre")),
        # units and currencies, normalised
        ("It cost $3.2bn last year.", ("$3.2bn", 3_200_000_000, None, None, "exact", "USD")),
        ("They raised £20.1 million.", ("£20.1 million", 20_100_000, None, None, "exact", "GBP")),
        ("Exports reached US$14 billion.", ("US$14 billion", 14_000_000_000, None, None, "exact", "USD")),
        ("The debt is 1.5 trillion yen.", ("1.5 trillion yen", 1.5e12, None, None, "exact", "JPY")),
        ("Turnout was 5.5% this time.", ("5.5%", 5.5, None, None, "exact", "percent")),
        ("Inflation was 3.5 per cent.", ("3.5 per cent", 3.5, None, None, "exact", "percent")),
        ("Support fell 5 percentage points.", ("5 percentage points", 5, None, None, "exact", "percentage point")),
        ("The road is more than 1,000 km long.", ("more than 1,000 km", 1000, None, None, "lower", "kilometre")),
        # NewsQuant classes: decimals are not clock times, currency prefixes, glued scales
        ("A2 Milk rose to $13.60 yesterday.", ("$13.60", 13.6, None, None, "exact", "USD")),
        ("The price of gold is at USD1,700.", ("USD1,700", 1700, None, None, "exact", "USD")),
        ("Profit was HK $3.7 billion.", ("HK $3.7 billion", 3.7e9, None, None, "exact", "HKD")),
        ("The package was worth up to PS2.7m last year.", ("up to PS2.7m", 2.7e6, None, None, "upper", "GBP")),
        ("Amazon has 35m devices installed.", ("35m", 35e6, None, None, "exact", None)),
        ("Tickets cost between $12 and $15.", ("between $12 and $15", None, 12, 15, "range", "USD")),
        ("Crude was at $58.24 per barrel.", ("$58.24 per barrel", 58.24, None, None, "exact", "USD per barrel")),
        ("She met an 18 year-old winger.", ("18 year-old", 18, None, None, "exact", "year of age")),
    ],
)
def test_single_quantity(nlp, lexicons, text, expected):
    found = quantities(nlp, lexicons, text)
    assert len(found) == 1, found
    got = found[0]
    assert got[0] == expected[0]
    for got_number, expected_number in zip(got[1:4], expected[1:4]):
        assert got_number == (pytest.approx(expected_number) if expected_number is not None else None)
    assert got[4:] == expected[4:]


@pytest.mark.parametrize(
    "text",
    [
        # dates and times are not quantities (seed fixture: "February 24", "October 4")
        "Russia invaded Ukraine on February 24.",
        "He signed a decree on October 4 formally.",
        "They met on 4 October in Paris.",
        "The law was passed in 2019.",
        "It was popular in the 1960s.",
        "The meeting starts at 10:30 am.",
        # ordinals and names with numbers
        "It was the 2nd round of talks.",
        "World War II ended long ago.",
        "The Boeing 737 was grounded.",
        "COVID-19 spread fast.",
        "The G7 summit opened.",
        "See page 4 for details.",
        # NewsQuant: model numbers after names, periods named by fractions, merged dates
        "Apple showed the iPhone 11 yesterday.",
        "Revenue rose in the fourth quarter.",
        "By Jerry Brewer September 22 2019 at noon.",
        # "a wartime" is not 1 "watt year south african rand" (seed fixture)
        "A wartime victor was maybe not achievable.",
        # no number at all
        "Same thing probably on the Ukrainian side.",
        "One of the victims said no one was hurt.",
    ],
)
def test_not_a_quantity(nlp, lexicons, text):
    assert quantities(nlp, lexicons, text) == []


def test_distributive_coordination_shares_the_bound(nlp, lexicons):
    """"Around 100,000 Russian and 100,000 Ukrainian soldiers": two claims, both approximate."""
    found = quantities(nlp, lexicons, "Around 100,000 Russian and 100,000 Ukrainian soldiers died.")
    assert [(text, bound) for text, _, _, _, bound, _ in found] == [("Around 100,000", "approx"), ("100,000", "approx")]


def test_coordination_without_bound_stays_exact(nlp, lexicons):
    found = quantities(nlp, lexicons, "Some 20 British and 30 French sailors.")
    assert [bound for *_, bound, _ in found] == ["approx", "approx"]
    found = quantities(nlp, lexicons, "In all, 20 British and 30 French sailors drowned.")
    assert [bound for *_, bound, _ in found] == ["exact", "exact"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("forty", 40), ("3.2bn", 3.2e9), ("$15", 15), ("twenty-five", 25), ("£20m", 2e7), ("not a number", None)],
)
def test_parse_value(text, value):
    assert parse_value(text) == (pytest.approx(value) if value is not None else None)


def test_adapter_returns_offsets_and_never_raises():
    text = "between 15 and 30 million refugees"
    [hit] = parse_text(text)
    assert text[hit.start_char : hit.end_char] == "between 15 and 30 million"
    assert (hit.value, hit.low, hit.high) == (None, 15e6, 30e6)
    assert parse_text("") == []
    assert parse_text("\x00\ud7ff ½ ⅔ ٣") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CLAIM-SPEC: "half" is 0.5 with unit "fraction"
        ("Half the town left.", ("Half", 0.5, "fraction")),
        ("A third of voters backed him.", ("A third", 1 / 3, "fraction")),
        ("Two thirds of them left.", ("Two thirds", 2 / 3, "fraction")),
        ("One-third of voters stayed home.", ("One-third", 1 / 3, "fraction")),
        ("A quarter of the staff quit.", ("A quarter", 0.25, "fraction")),
    ],
)
def test_fractions(nlp, lexicons, text, expected):
    [(got_text, value, _, _, _, unit)] = quantities(nlp, lexicons, text)
    assert (got_text, unit) == (expected[0], expected[2])
    assert value == pytest.approx(expected[1])


@pytest.mark.parametrize("text", ["He finished third in the race.", "The Ninth Circle opened.", "It was the fourth time."])
def test_ordinals_are_not_fractions(nlp, lexicons, text):
    assert quantities(nlp, lexicons, text) == []
