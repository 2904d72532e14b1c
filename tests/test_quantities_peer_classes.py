"""Classes of unit expressions that peer suites test (glued and abbreviated units,
temperatures, currencies, number words, ranges, slash pairs, ages and durations) and
labels that are no quantity, one synthetic sentence each. The whole table is parsed once."""

from __future__ import annotations

import pytest

from extractor.stages.quantities import find_quantities

# (sentence, text of the quantity, value or (low, high), unit)
FOUND = [
    # units glued or abbreviated: data sizes and rates, volumes, areas, speeds
    ("The phone stores 250GB of photos.", "250GB", 250, "gigabyte"),
    ("A 2TB drive was on sale.", "2TB", 2, "terabyte"),
    ("The line runs at 100Mbps now.", "100Mbps", 100, "megabit per second"),
    ("Add 20mL of water to the mix.", "20mL", 20, "millilitre"),
    ("The flat has 45m2 of floor space.", "45m2", 45, "square metre"),
    ("The shop covers 1,200sq m in the centre.", "1,200sq m", 1200, "square metre"),
    ("He drove at 80km/hr on the road.", "80km/hr", 80, "kilometre per hour"),
    ("The battery holds 4,000mAh of charge.", "4,000mAh", 4000, "milliampere-hour"),
    ("The desk is 150cm wide.", "150cm", 150, "centimetre"),
    # temperatures: spelled, abbreviated, misspelt, signed
    ("It was 101 degrees F on Tuesday.", "101 degrees F", 101, "degree fahrenheit"),
    ("The water was 20 deg C at dawn.", "20 deg C", 20, "degree Celsius"),
    ("It reached 30 degrees celcius at noon.", "30 degrees celcius", 30, "degree Celsius"),
    ("It hit 95 degrees farenheit on Monday.", "95 degrees farenheit", 95, "degree fahrenheit"),
    ("It was -10C overnight.", "-10C", -10, "degree Celsius"),
    ("Temperatures dropped to minus 12C overnight.", "minus 12C", -12, "degree Celsius"),
    # currencies: country-marked dollars, letter signs, names after the number, pence
    ("The firm raised $US12m from investors.", "$US12m", 12e6, "USD"),
    ("The deal is worth $A40m to the state.", "$A40m", 40e6, "AUD"),
    ("A meal costs RM45 in the capital.", "RM45", 45, "MYR"),
    ("The ticket costs C$30 this year.", "C$30", 30, "CAD"),
    ("He was fined 3 million Swedish crowns.", "3 million Swedish crowns", 3e6, "SEK"),
    ("He paid 500 Norwegian kroner for it.", "500 Norwegian kroner", 500, "NOK"),
    ("Profits rose 12pc in the year.", "12pc", 12, "percent"),
    ("The stock closed at 250p on Friday.", "250p", 250, "penny"),
    ("Rent is RM45 a month in the village.", "RM45 a month", 45, "MYR per month"),
    ("A new coat costs 60 pounds in the sale.", "60 pounds", 60, "GBP"),
    # long number words
    (
        "The estate was worth thirty-one thousand four hundred and six dollars.",
        "thirty-one thousand four hundred and six dollars",
        31406,
        "USD",
    ),
    # ranges with a hyphenated "to", and a time aside between the ends
    ("The car does 0-to-60-mph very quickly.", "0-to-60-mph", (0, 60), "mile per hour"),
    (
        "The coin fell from $400 at 9am to $350 by the evening.",
        "from $400 at 9am to $350",
        (350, 400),
        "USD",
    ),
    # durations and ages
    ("They took out a loan over thirty years.", "over thirty years", 30, "year"),
    ("His son, who was 7, was unhurt.", "7", 7, "year of age"),
    ("The 40-year-old driver was unhurt.", "40-year-old", 40, "year of age"),
    ("Ruth Evans 58 runs the shop.", "58", 58, "year of age"),
    # a poll's two shares, high first, the unit written once at the end
    ("The survey had Ruiz ahead 47-39 percent.", "47", 47, "percent"),
    ("The survey had Ruiz ahead 47-39 percent.", "39 percent", 39, "percent"),
    ("Ruiz led Moreno 52 to 44 percent in May.", "52", 52, "percent"),
    # a whole number and a fraction after it are one number
    ("The hikers walked 4 1/2 miles.", "4 1/2 miles", 4.5, "mile"),
    ("She spent 3 1/2 years abroad.", "3 1/2 years", 3.5, "year"),
]

# (sentence, text of a quantity) pairs where that text is found, a pair's halves
SLASH_PAIRS = [
    ("Tickets cost $3/$5 for members and guests.", ["$3", "$5"]),
    ("The motion passed 61%-39% on Monday.", ["61%", "39%"]),  # a split, not a range
]

# (sentence, number) where the number is a label, a score or a year, never a quantity
NOT_FOUND = [
    ("The S&P 500 rose 1.1% on Friday.", 500),
    ("She lives at 42 Elm Road in town.", 42),
    ("He bought an iPhone 14 and a 14 Pro for his kids.", 14),
    ("The home side were 3-1 up at the break.", 3),
    ("They took a 4-2 lead in the second half.", 4),
    ("The walls were built between A.D. 400 and 650.", 650),
    ("The town was founded in 300 BC.", 300),
    ("The players went off at half-time.", 0.5),
]


@pytest.fixture(scope="module")
def read(nlp, resources):
    """Every table sentence read once: sentence -> [(text, value, low, high, unit)]."""
    not_found = [getattr(row, "values", row) for row in NOT_FOUND]
    sentences = sorted({row[0] for row in FOUND + SLASH_PAIRS + not_found})
    found = {}
    for doc in nlp.pipe(sentences):
        found[doc.text] = [
            (doc.text[q.start_char : q.end_char], q.value, q.low, q.high, q.unit)
            for q in find_quantities(doc, resources=resources)
        ]
    return found


@pytest.mark.parametrize(("text", "quantity", "value", "unit"), FOUND, ids=[r[0] for r in FOUND])
def test_expression_is_read(read, text, quantity, value, unit):
    low, high = value if isinstance(value, tuple) else (None, None)
    expected = (quantity, None if low is not None else value, low, high, unit)
    assert expected in [(got, v, lo, hi, u) for got, v, lo, hi, u in read[text]], read[text]


@pytest.mark.parametrize(("text", "parts"), SLASH_PAIRS)
def test_slash_pair_is_two_quantities(read, text, parts):
    assert [got for got, *_ in read[text]] == parts


@pytest.mark.parametrize(("text", "number"), NOT_FOUND)
def test_label_is_no_quantity(read, text, number):
    assert all(value != number for _, value, *_ in read[text]), read[text]
