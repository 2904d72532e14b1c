"""Numbers inside names are no claims (CLAIM-SPEC, "What counts as a claim": model and
product numbers, ordinals used as names): a number inside a run of capitalised words
("Under 70 Auto Sales"), the same run where a sentence opens with it, and digits glued to
a number word ("7-Eleven"). The claims beside them keep their records. Synthetic
articles, records written from the text."""

from __future__ import annotations

import pytest


def records(extractor, text):
    return [
        (
            c.quantity.text,
            c.quantity.value,
            c.quantity.low,
            c.quantity.high,
            c.quantity.bound,
            c.quantity.unit,
        )
        for c in extractor(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound word capitalised inside a sentence belongs to a name
        ("She bought the van at Under 70 Auto Sales in Dayton.", []),
        (
            "The panel met at Forbes' Under 30 Summit with nearly 700 founders.",
            [("nearly 700", 700, None, None, "upper", None)],
        ),
        (
            "Kansas left the Big 12 Conference after 14 seasons.",
            [("14", 14, None, None, "exact", None)],
        ),
        (
            "The store near Route 66 sold 3,000 maps.",
            [("3,000", 3000, None, None, "exact", None)],
        ),
        # digits glued to a number word: a name, not a range from 7 to 11
        (
            "A 7-Eleven clerk stopped 2 robbers.",
            [("2", 2, None, None, "exact", None)],
        ),
        ("The chain opened another 7-Eleven downtown.", []),
        # counts stay: the capital opens the sentence or a quotation, the next word is
        # lower-case, or the run is a title-case headline
        (
            "Under 70 Americans voted for the plan.",
            [("Under 70", 70, None, None, "upper", None)],
        ),
        (
            'She said: "Over 40 Members were absent."',
            [("Over 40", 40, None, None, "lower", None)],
        ),
        (
            "The Senate passed it with 28 Democrats and 3 Republicans.",
            [("28", 28, None, None, "exact", None), ("3", 3, None, None, "exact", None)],
        ),
        (
            "The 28 nations of NATO sent 4,000 troops.",
            [("28", 28, None, None, "exact", None), ("4,000", 4000, None, None, "exact", None)],
        ),
        (
            "Storm Leaves 3 Dead Across Northern Region",
            [("3", 3, None, None, "exact", None)],
        ),
        # ranges written alike at both ends stay ranges
        (
            "Shifts last 7-11 hours and crews haul 5-6 tonnes of ice.",
            [
                ("7-11 hours", None, 7, 11, "range", "hour"),
                ("5-6 tonnes", None, 5, 6, "range", "tonne"),
            ],
        ),
    ],
)
def test_numbers_in_names(extractor, text, expected):
    assert records(extractor, text) == expected


def test_a_run_the_article_wrote_mid_sentence_is_a_name_where_a_sentence_opens(extractor):
    text = (
        "Under 70 Auto Sales gave $7,500 to the campaign. "
        "The phone at Under 70 Auto Sales is disconnected."
    )
    assert records(extractor, text) == [("$7,500", 7500, None, None, "exact", "USD")]


def test_a_count_at_a_sentence_start_stays_when_the_article_writes_no_such_name(extractor):
    text = "Under 70 Auto workers came. The union met at the plant."
    assert records(extractor, text) == [("Under 70", 70, None, None, "upper", None)]
