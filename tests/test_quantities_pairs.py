"""Several numbers written as one (pairs.py) and units shared between numbers (merge.py):
slash pairs, chained ranges, index and score points, a level in its change's unit.
Synthetic sentences; negative cases included (fractions, dates, idioms)."""

from __future__ import annotations

import pytest

from extractor.stages.quantities import find_quantities


def quantities(nlp, resources, text):
    """(text, value, low, high, unit) of every quantity ``find_quantities`` gives."""
    doc = nlp(text)
    return [
        (doc.text[q.start_char : q.end_char], q.value, q.low, q.high, q.unit)
        for q in find_quantities(doc, resources=resources)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # slash pairs: each amount its own, the unit written once shared
        ("Tickets cost $3/$5 for children.", [("$3", 3, "USD"), ("$5", 5, "USD")]),
        ("Fares are £2/£3.50 now.", [("£2", 2, "GBP"), ("£3.50", 3.5, "GBP")]),
        (
            "The limit is 20/25 mph there.",
            [("20", 20, "mile per hour"), ("25 mph", 25, "mile per hour")],
        ),
        ("It grew 20/30% last year.", [("20", 20, "percent"), ("30%", 30, "percent")]),
        ("It cost $3/$5bn in all.", [("$3", 3e9, "USD"), ("$5bn", 5e9, "USD")]),
        # chained ranges: a series of levels, not a range and a number
        (
            "Prices went from $10 to $12 to $15 over the year.",
            [("$10", 10, "USD"), ("$12", 12, "USD"), ("$15", 15, "USD")],
        ),
        (
            "Rates went from 5% to 7% to 9% in a decade.",
            [("5%", 5, "percent"), ("7%", 7, "percent"), ("9%", 9, "percent")],
        ),
        # index and score points are a unit, like percentage and basis points
        ("The Dow lost 190 points on Friday.", [("190 points", 190, "point")]),
        ("The team built a 12-point lead.", [("12-point", 12, "point")]),
        # a level after a change in an amount is in the change's unit
        (
            "The index rose 64.06 points to 4,577.10.",
            [("64.06 points", 64.06, "point"), ("4,577.10", 4577.1, "point")],
        ),
        (
            "Temperatures fell 5 degrees Celsius to 12 overnight.",
            [("5 degrees Celsius", 5, "degree Celsius"), ("12", 12, "degree Celsius")],
        ),
        # a bare level after a share change, beside an index level in points, is in points
        (
            "The Nikkei fell 1.2% to 21,410.20 points, while the Topix rose 0.4% to 1,566.90.",
            [
                ("1.2%", 1.2, "percent"),
                ("21,410.20 points", 21410.2, "point"),
                ("0.4%", 0.4, "percent"),
                ("1,566.90", 1566.9, "point"),
            ],
        ),
        # with no level in points, a share change says nothing of the level's unit
        ("Sales rose 5% to 200 last year.", [("5%", 5, "percent"), ("200", 200, None)]),
    ],
)
def test_numbers_with_a_shared_unit(nlp, resources, text, expected):
    got = [(t, value, unit) for t, value, _low, _high, unit in quantities(nlp, resources, text)]
    assert len(got) == len(expected), got
    for (got_text, got_value, got_unit), (want_text, want_value, want_unit) in zip(
        got, expected, strict=True
    ):
        assert (got_text, got_unit) == (want_text, want_unit)
        assert got_value == pytest.approx(want_value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fraction with a unit stays one number
        ("The pipe is 1/2 inch wide.", [("1/2 inch", 0.5, "inch")]),
        # a change in a share says nothing of the level's unit
        ("Sales rose 5% to 200 units.", [("5%", 5, "percent"), ("200", 200, None)]),
        # a plain range followed by nothing chained stays a range
        ("Tickets cost between $12 and $15.", [("between $12 and $15", None, "USD")]),
    ],
)
def test_what_stays_as_it_was(nlp, resources, text, expected):
    got = [(t, value, unit) for t, value, _low, _high, unit in quantities(nlp, resources, text)]
    assert [(t, u) for t, _, u in got] == [(t, u) for t, _, u in expected]
    for (_, got_value, _), (_, want_value, _) in zip(got, expected, strict=True):
        assert got_value == (pytest.approx(want_value) if want_value is not None else None)


@pytest.mark.parametrize(
    "text",
    [
        "The store is open 24/7 now.",  # an idiom
        "The attacks of 9/11 changed things.",  # a date
        "At one point last year it traded higher.",  # "one point" is no score
    ],
)
def test_no_quantity(nlp, resources, text):
    assert quantities(nlp, resources, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scale word after a range scales both ends (quantulum3 leaves it out)
        ("Some 10-15 million people fled.", ("Some 10-15 million", 10e6, 15e6, None)),
        ("Some 10 to 15 million people fled.", ("Some 10 to 15 million", 10e6, 15e6, None)),
        ("They lost 10-15 million euros.", ("10-15 million euros", 10e6, 15e6, "EUR")),
        # a hyphenated range with a scale and a unit is no sum (quantulum3: 68 billion)
        ("The plan costs 33-35 billion euros.", ("33-35 billion euros", 33e9, 35e9, "EUR")),
        ("It costs 5-7 dollars.", ("5-7 dollars", 5, 7, "USD")),
    ],
)
def test_scaled_ranges(nlp, resources, text, expected):
    [(got_text, value, low, high, unit)] = quantities(nlp, resources, text)
    assert (got_text, value, unit) == (expected[0], None, expected[3])
    assert (low, high) == (pytest.approx(expected[1]), pytest.approx(expected[2]))


def test_a_score_is_no_range(nlp, resources):
    assert quantities(nlp, resources, "The score was 9-2 in the end.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dimensions: the unit written once belongs to both sides
        ("The room is 20 x 30 feet.", [("20", 20, "foot"), ("30 feet", 30, "foot")]),
        ("The room is 20 by 30 feet.", [("20", 20, "foot"), ("30 feet", 30, "foot")]),
        # a minus sign glued to a number with a unit of the tables
        ("Temperatures fell to -5C overnight.", [("-5C", -5, "degree Celsius")]),
    ],
)
def test_dimensions_and_negative_units(nlp, resources, text, expected):
    got = [(t, value, unit) for t, value, _low, _high, unit in quantities(nlp, resources, text)]
    assert [(t, u) for t, _, u in got] == [(t, u) for t, _, u in expected]
    assert [v for _, v, _ in got] == pytest.approx([v for _, v, _ in expected])


def test_a_range_inside_a_hyphenated_word_is_no_negative(nlp, resources):
    """ "0-to-60-mph": the 60 is no negative number with a unit."""
    assert all(
        value is None or value >= 0
        for _t, value, *_ in quantities(nlp, resources, "It does 0-to-60-mph in 4 seconds.")
    )
