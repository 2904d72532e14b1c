"""Unit expressions as news writes them (see test_quantities_expressions.py): durations,
numbers and fractions in words, counts with scale letters, bound phrases ("30-plus",
"40-odd", "north of", "<50%"), ranges, and "went up to X" (the level a change reached,
exact, where "up to X" alone is an upper bound)."""

from __future__ import annotations

import pytest

from .test_quantities_expressions import check_row, read_table

R = "range"

# (sentence, text of the quantity, value or (low, high), unit, bound)
WORDED = [
    # durations
    ("He has 30-plus years of experience.", "30-plus years", 30, "year", "lower"),
    ("The strike lasted 6 months.", "6 months", 6, "month", "exact"),
    ("The talks went on for 90 minutes.", "90 minutes", 90, "minute", "exact"),
    ("The store is open 24 hours a day.", "24 hours a day", 24, "hour per day", "exact"),
    ("Rescuers searched for 3 weeks.", "3 weeks", 3, "week", "exact"),
    ("The trial lasted 10 days.", "10 days", 10, "day", "exact"),
    ("The flight took two and a half hours.", "two and a half hours", 2.5, "hour", "exact"),
    ("She served 20-plus years in the army.", "20-plus years", 20, "year", "lower"),
    ("He was jailed for 15 years.", "15 years", 15, "year", "exact"),
    ("The race took under 3 hours.", "under 3 hours", 3, "hour", "upper"),
    ("It took 45 seconds to load.", "45 seconds", 45, "second", "exact"),
    ("The closure lasted 8 decades.", "8 decades", 8, "decade", "exact"),
    ("She waited more than 4 hours in A&E.", "more than 4 hours", 4, "hour", "lower"),
    ("He worked 50-plus hours a week.", "50-plus hours a week", 50, "hour per week", "lower"),
    ("It has been 100-plus days since the vote.", "100-plus days", 100, "day", "lower"),
    ("The band has toured for 40-odd years.", "40-odd years", 40, "year", "approx"),
    # number words
    ("A quarter of a million people marched.", "A quarter of a million", 250000, None, "exact"),
    ("Half a million homes lost power.", "Half a million", 500000, None, "exact"),
    ("A dozen houses were damaged.", "A dozen", 12, None, "exact"),
    ("Three million people live there.", "Three million", 3e6, None, "exact"),
    ("Two-thirds of voters agreed.", "Two-thirds", 2 / 3, "fraction", "exact"),
    ("A third of pupils were absent.", "A third", 1 / 3, "fraction", "exact"),
    ("One and a half million visitors came.", "One and a half million", 1.5e6, None, "exact"),
    ("Some two dozen protesters gathered.", "Some two dozen", 24, None, "approx"),
    ("Nearly three-quarters of firms agreed.", "Nearly three-quarters", 0.75, "fraction", "upper"),
    ("About a third of the budget went on wages.", "About a third", 1 / 3, "fraction", "approx"),
    ("Twenty-five people were hurt.", "Twenty-five", 25, None, "exact"),
    ("Seventeen thousand fans attended.", "Seventeen thousand", 17000, None, "exact"),
    ("A hundred people came to the vigil.", "A hundred", 100, None, "exact"),
    ("Police arrested a couple of dozen people.", "a couple of dozen", 24, None, "approx"),
    # counts with scale abbreviations and bounds
    ("The show drew 5m viewers.", "5m", 5e6, None, "exact"),
    ("The race had 10k runners.", "10k", 10000, None, "exact"),
    ("The film was seen by 1.2bn people.", "1.2bn", 1.2e9, None, "exact"),
    ("At least 12 people were killed.", "At least 12", 12, None, "lower"),
    ("Over 1,000 homes were flooded.", "Over 1,000", 1000, None, "lower"),
    ("Roughly 2 million people voted.", "Roughly 2 million", 2e6, None, "approx"),
    ("No more than 50 guests are allowed.", "No more than 50", 50, None, "upper"),
    ("As many as 300 jobs could go.", "As many as 300", 300, None, "upper"),
    ("Upwards of 400 people attended.", "Upwards of 400", 400, None, "lower"),
    ("Fewer than 10 people turned up.", "Fewer than 10", 10, None, "upper"),
    ("An estimated 20,000 people fled.", "An estimated 20,000", 20000, None, "approx"),
    ("The airline ordered 12 787s last year.", "12", 12, None, "exact"),
    ("The carrier took delivery of 20 A350s.", "20", 20, None, "exact"),
    ("They bought 3 F-35s for the navy.", "3", 3, None, "exact"),
    (
        "Between 10 and 15 million people watched.",
        "Between 10 and 15 million",
        (10e6, 15e6),
        None,
        R,
    ),
    ("From 200 to 300 people were there.", "From 200 to 300", (200, 300), None, R),
    ("Some 300-400 workers walked out.", "Some 300-400", (300, 400), None, R),
    # verbs of change with "to": the value reached is exact
    ("Unemployment went up to 8% in May.", "8%", 8, "percent", "exact"),
    ("The share price went up to $45 on Friday.", "$45", 45, "USD", "exact"),
    ("Inflation rose to 5.1% in April.", "5.1%", 5.1, "percent", "exact"),
    ("The death toll climbed to 40 on Sunday.", "40", 40, None, "exact"),
    ("Rates have gone up to 6% this year.", "6%", 6, "percent", "exact"),
    ("Output shot up to 2 million barrels.", "2 million barrels", 2e6, "barrel", "exact"),
    ("The plan gives up to 40% off.", "up to 40%", 40, "percent", "upper"),
    # fractions with glyphs and words
    ("The walk takes 2½ hours.", "2½ hours", 2.5, "hour", "exact"),
    ("The school is ½ mile away.", "½ mile", 0.5, "mile", "exact"),
    ("The trail is 1¾ miles long.", "1¾ miles", 1.75, "mile", "exact"),
    ("He served two-and-a-half years.", "two-and-a-half years", 2.5, "year", "exact"),
    ("They walked three and a half miles.", "three and a half miles", 3.5, "mile", "exact"),
    ("The lake is a mile and a half wide.", "a mile and a half", 1.5, "mile", "exact"),
    ("The wait was half an hour.", "half an hour", 0.5, "hour", "exact"),
    # ranges
    ("Parcels weigh 3 to 5 kg.", "3 to 5 kg", (3, 5), "kilogram", R),
    ("Parcels weigh 3–5 kg.", "3–5 kg", (3, 5), "kilogram", R),
    ("Parcels weigh from 3 kg to 5 kg.", "from 3 kg to 5 kg", (3, 5), "kilogram", R),
    ("Recovery takes two to three weeks.", "two to three weeks", (2, 3), "week", R),
    ("The trip takes 3-4 days.", "3-4 days", (3, 4), "day", R),
    ("Prices were $5-$10 a ticket.", "$5-$10 a ticket", (5, 10), "USD per ticket", R),
    ("It costs between $1m and $2m.", "between $1m and $2m", (1e6, 2e6), "USD", R),
    ("Lows of 5-10C are expected.", "5-10C", (5, 10), "degree Celsius", R),
    (
        "Somewhere between 3 and 5 million people watched.",
        "between 3 and 5 million",
        (3e6, 5e6),
        None,
        R,
    ),
    # bounds
    ("The trip took just over 2 hours.", "just over 2 hours", 2, "hour", "lower"),
    ("Growth was well under 1% last year.", "well under 1%", 1, "percent", "upper"),
    ("The road runs some 30 km north.", "some 30 km", 30, "kilometre", "approx"),
    ("The box weighs approximately 5 kg.", "approximately 5 kg", 5, "kilogram", "approx"),
    ("The sale raised close to $2 million.", "close to $2 million", 2e6, "USD", "upper"),
    ("The bill is in the region of £5m.", "in the region of £5m", 5e6, "GBP", "approx"),
    ("The firm is worth north of $1bn.", "north of $1bn", 1e9, "USD", "lower"),
    ("The deal fell just shy of $100 million.", "just shy of $100 million", 1e8, "USD", "upper"),
    ("It was a little over 3 metres long.", "a little over 3 metres", 3, "metre", "lower"),
    ("Discounts of upto 40% were offered.", "upto 40%", 40, "percent", "upper"),
    ("Bags weigh a maximum of 23 kg.", "a maximum of 23 kg", 23, "kilogram", "upper"),
    ("Turnout was <50% in most seats.", "<50%", 50, "percent", "upper"),
    ("Margins above 20% are rare.", "above 20%", 20, "percent", "lower"),
    ("The cost was approx. $300.", "approx. $300", 300, "USD", "approx"),
    ("Crowds of roughly 10,000 gathered.", "roughly 10,000", 10000, None, "approx"),
    ("The vote was won by around 2 per cent.", "around 2 per cent", 2, "percent", "approx"),
    ("The walk is no more than 5 km.", "no more than 5 km", 5, "kilometre", "upper"),
    ("The tax hits people earning over £100,000.", "over £100,000", 100000, "GBP", "lower"),
    ("Fines of as much as $10,000 apply.", "as much as $10,000", 10000, "USD", "upper"),
    ("Rents have risen by more than 10 per cent.", "more than 10 per cent", 10, "percent", "lower"),
    ("Almost half of adults agreed.", "Almost half", 0.5, "fraction", "upper"),
    ("Over 3 million visitors came.", "Over 3 million", 3e6, None, "lower"),
    ("The firm has 1,000-odd staff.", "1,000-odd", 1000, None, "approx"),
    # a second set, one row per class again, written after the rules it tests
    ("She has 25-plus years of teaching behind her.", "25-plus years", 25, "year", "lower"),
    ("The company employs 400-odd people.", "400-odd", 400, None, "approx"),
    ("He spent 20-odd years abroad.", "20-odd years", 20, "year", "approx"),
    ("The vigil drew 10,000-plus mourners.", "10,000-plus", 10000, None, "lower"),
    ("The surgery took six hours.", "six hours", 6, "hour", "exact"),
    ("The appeal took 18 months.", "18 months", 18, "month", "exact"),
    ("He held his breath for 11 minutes.", "11 minutes", 11, "minute", "exact"),
    ("The flight lasted an hour and a half.", "an hour and a half", 1.5, "hour", "exact"),
    ("They waited half an hour for the bus.", "half an hour", 0.5, "hour", "exact"),
    ("Half a billion people use the app.", "Half a billion", 5e8, None, "exact"),
    (
        "Three quarters of a million homes lost power.",
        "Three quarters of a million",
        750000,
        None,
        "exact",
    ),
    ("Half a dozen ministers resigned.", "Half a dozen", 6, None, "exact"),
    ("Nearly half a million people signed.", "Nearly half a million", 500000, None, "upper"),
    ("The fund has 2.5m members.", "2.5m", 2.5e6, None, "exact"),
    ("The march drew 50k people.", "50k", 50000, None, "exact"),
    ("The carrier ordered 30 A321s in June.", "30", 30, None, "exact"),
    ("The navy bought 8 P-8s last year.", "8", 8, None, "exact"),
    ("More than a million people fled.", "More than a million", 1e6, None, "lower"),
    ("Around a quarter of adults smoke.", "Around a quarter", 0.25, "fraction", "approx"),
    ("Almost a dozen firms bid.", "Almost a dozen", 12, None, "upper"),
    ("Waits of up to 12 hours were reported.", "up to 12 hours", 12, "hour", "upper"),
    ("Job losses could be in the region of 2,000.", "in the region of 2,000", 2000, None, "approx"),
    ("Sales were just above 1 million units.", "just above 1 million", 1e6, None, "lower"),
    ("She has run the firm for 12 yrs.", "12 yrs", 12, "year", "exact"),
    ("The goal came after 30 secs.", "30 secs", 30, "second", "exact"),
    ("The rally attracted 5,000 people.", "5,000", 5000, None, "exact"),
    ("Some 40 ships were in port.", "Some 40", 40, None, "approx"),
]


@pytest.fixture(scope="module")
def worded(nlp, resources):
    return read_table(nlp, resources, WORDED)


@pytest.mark.parametrize(
    ("text", "quantity", "value", "unit", "bound"), WORDED, ids=[row[0] for row in WORDED]
)
def test_expression_is_read(worded, text, quantity, value, unit, bound):
    check_row(worded, text, quantity, value, unit, bound)
