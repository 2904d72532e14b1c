"""Quantities stage, end to end (find.py): (text, expected) tables, negative cases included."""

from __future__ import annotations

import pytest

from extractor.article.offsets import mark_segment
from extractor.stages.quantities import find_quantities


def quantities(nlp, resources, text):
    """(text, value, low, high, bound, unit) of every quantity ``find_quantities`` gives."""
    doc = nlp(text)
    return [
        (doc.text[q.start_char : q.end_char], q.value, q.low, q.high, q.bound, q.unit)
        for q in find_quantities(doc, resources=resources)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bound words belong inside the quantity's text (CLAIM-SPEC: bound)
        (
            "Around 100,000 soldiers were killed.",
            ("Around 100,000", 100000, None, None, "approx", None),
        ),
        ("About 40,000 civilians died.", ("About 40,000", 40000, None, None, "approx", None)),
        (
            "He saw well over 100,000 soldiers.",
            ("well over 100,000", 100000, None, None, "lower", None),
        ),
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
        (
            "Exports reached US$14 billion.",
            ("US$14 billion", 14_000_000_000, None, None, "exact", "USD"),
        ),
        ("The debt is 1.5 trillion yen.", ("1.5 trillion yen", 1.5e12, None, None, "exact", "JPY")),
        ("Turnout was 5.5% this time.", ("5.5%", 5.5, None, None, "exact", "percent")),
        ("Inflation was 3.5 per cent.", ("3.5 per cent", 3.5, None, None, "exact", "percent")),
        (
            "Support fell 5 percentage points.",
            ("5 percentage points", 5, None, None, "exact", "percentage point"),
        ),
        (
            "The road is more than 1,000 km long.",
            ("more than 1,000 km", 1000, None, None, "lower", "kilometre"),
        ),
        # NewsQuant classes: decimals are not clock times, currency prefixes, glued scales
        ("A2 Milk rose to $13.60 yesterday.", ("$13.60", 13.6, None, None, "exact", "USD")),
        ("The price of gold is at USD1,700.", ("USD1,700", 1700, None, None, "exact", "USD")),
        ("Profit was HK $3.7 billion.", ("HK $3.7 billion", 3.7e9, None, None, "exact", "HKD")),
        (
            "The package was worth up to PS2.7m last year.",
            ("up to PS2.7m", 2.7e6, None, None, "upper", "GBP"),
        ),
        ("Amazon has 35m devices installed.", ("35m", 35e6, None, None, "exact", None)),
        (
            "Tickets cost between $12 and $15.",
            ("between $12 and $15", None, 12, 15, "range", "USD"),
        ),
        (
            "Crude was at $58.24 per barrel.",
            ("$58.24 per barrel", 58.24, None, None, "exact", "USD per barrel"),
        ),
        ("She met an 18 year-old winger.", ("18 year-old", 18, None, None, "exact", "year of age")),
    ],
)
def test_single_quantity(nlp, resources, text, expected):
    found = quantities(nlp, resources, text)
    assert len(found) == 1, found
    got = found[0]
    assert got[0] == expected[0]
    for got_number, expected_number in zip(got[1:4], expected[1:4], strict=True):
        assert got_number == (
            pytest.approx(expected_number) if expected_number is not None else None
        )
    assert got[4:] == expected[4:]


def test_final_full_stop_is_not_in_the_quantity(nlp, resources):
    [(got_text, *_)] = quantities(nlp, resources, "The deal was worth PS4.5m.")
    assert got_text == "PS4.5m"


def test_name_number_after_a_space_is_no_negative(nlp, resources):
    assert [
        text for text, *_ in quantities(nlp, resources, "They bought thousands of COVID -19 kits.")
    ] == ["thousands"]


def test_offsets_are_absolute_and_token_indices_doc_relative(nlp, resources):
    """A segment Doc that starts at 1,000 in the article: character offsets are the
    article's, token indices the Doc's own."""
    doc = mark_segment(nlp("The deal was worth PS4.5m."), 1000)
    [ref] = find_quantities(doc, resources=resources)
    assert (ref.start_char, ref.end_char) == (1000 + 19, 1000 + 25)  # the stop left out
    span = doc[ref.start : ref.end]
    assert (span.start_char + 1000, span.end_char + 1000 - 1) == (ref.start_char, ref.end_char)
    assert span.text == "PS4.5m." and ref.start <= ref.root < ref.end
