"""Tests for extractor.stages.dates.find: date spans in parsed sentences, absolute offsets,
values from the sentence's tense and reporting period."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from extractor.article.offsets import mark_segment
from extractor.schema import DateRef
from extractor.stages.dates import find_dates

SEED_PUBLISHED = datetime.date(2022, 11, 10)  # a Thursday, ISO week 2022-W45
SEED_ARTICLE = Path(__file__).parent.parent / "fixtures" / "articles" / "000_555bf5a5852e493d.txt"


def _values(found: list[DateRef]) -> list[tuple[str, str | None]]:
    return [(date.text, date.value) for date in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In the latest update from Moscow in September, the country had said that 5,937 "
            "troops had been killed since the start of the conflict.",
            [("in September", "2022-09")],
        ),
        (
            "He believes that between 15 and 30 million refugees have been created since Russia "
            "invaded Ukraine in what it calls a “special military operation” on February 24.",
            [("on February 24", "2022-02-24")],
        ),
        (
            "Earlier this week, the Washington Post reported that the US has been privately "
            "encouraging Ukraine to signal an openness to negotiate with Russia, citing unnamed "
            "sources.",
            [("Earlier this week", "2022-W45")],
        ),
        (
            "Ukrainian President Volodymyr Zelenskyy signed a decree on October 4 formally "
            "declaring the prospect of any Ukrainian talks with President Vladimir Putin "
            "“impossible”.",
            [("on October 4", "2022-10-04")],
        ),
        (
            "On Tuesday morning, the minister said we may see 50% more by 2030.",
            [("On Tuesday morning", "2022-11-08TMO"), ("by 2030", "2030")],
        ),
        (
            "Sun Microsystems said in May it would hire 100 people yesterday.",
            [("in May", "2022-05"), ("yesterday", "2022-11-09")],
        ),
    ],
)
def test_find_dates_in_sentences(
    nlp, resources, sentence: str, expected: list[tuple[str, str]]
) -> None:
    doc = nlp(sentence)
    found = find_dates(doc, published=SEED_PUBLISHED, resources=resources)
    assert _values(found) == expected
    for date in found:
        assert date.text == sentence[date.start_char : date.end_char]
        assert date.role == "event"


def test_find_dates_keeps_durations_without_value(nlp, resources) -> None:
    sentence = "The 45-year-old, who spent three years in prison, returned as of March 3, 2021."
    found = find_dates(nlp(sentence), published=SEED_PUBLISHED, resources=resources)
    assert _values(found) == [("three years", None), ("as of March 3, 2021", "2021-03-03")]


def test_find_dates_without_published(nlp, resources) -> None:
    sentence = "The ministry said in September that the talks had stalled last week."
    found = find_dates(nlp(sentence), published=None, resources=resources)
    assert _values(found) == [("in September", "XXXX-09"), ("last week", None)]


def test_find_dates_on_seed_article_paragraphs(nlp, resources) -> None:
    article = SEED_ARTICLE.read_text(encoding="utf-8")
    found: list[DateRef] = []
    offset = 0
    for paragraph in article.split("\n\n"):
        start = article.index(paragraph, offset)
        paragraph_doc = mark_segment(nlp(paragraph), start)
        found += find_dates(paragraph_doc, published=SEED_PUBLISHED, resources=resources)
        offset = start + len(paragraph)
    assert _values(found) == [
        ("in September", "2022-09"),
        ("on February 24", "2022-02-24"),
        ("Earlier this week", "2022-W45"),
        ("on October 4", "2022-10-04"),
    ]
    # The spec's worked example: the 5,937 claim's date span, as offsets into the article.
    assert (found[0].start_char, found[0].end_char) == (656, 668)
    for date in found:
        assert article[date.start_char : date.end_char] == date.text
    assert [date.start_char for date in found] == sorted(date.start_char for date in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Coordinations and ranges: one date per part (TimeML annotates each).
        ("Sales grew between 1994 and 1997.", [("1994", "1994"), ("1997", "1997")]),
        (
            "Output fell in the quarter ended Sept. 30.",
            [("in the quarter", "2022-Q3"), ("Sept. 30", "2022-09-30")],
        ),
        # A possessive is not part of the date.
        ("Last year's sales were higher.", [("Last year", "2021")]),
        # Expressions NER leaves out.
        ("Prices are now higher than they were.", [("now", "PRESENT_REF")]),
        # a zoned clock NER tags as a number and an organisation
        ("At 0800 UTC, the bank added cash.", [("At 0800 UTC", "2022-11-10T08:00Z")]),
        ("The index was down 3% at 16:08 UTC.", [("at 16:08 UTC", "2022-11-10T16:08Z")]),
        # part of a century back: one date, even where NER takes it for a number
        ("The plant shut a quarter-century ago.", [("a quarter-century ago", "1997")]),
        # ... with the bound word before it, as TimeML takes a modifier in
        ("It shut more than a half-century ago.", [("more than a half-century ago", "1972")]),
    ],
)
def test_find_dates_splits_and_rule_candidates(
    nlp, resources, sentence: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(nlp(sentence), published=SEED_PUBLISHED, resources=resources)
    assert _values(found) == expected
    for date in found:
        assert date.text == sentence[date.start_char : date.end_char]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Net income rose to $5 million from $4 million a year earlier.",
            [("a year earlier", "2021-Q3")],
        ),
        (
            "In the year-ago quarter, the bakery chain earned $3 million, or 10 cents a share.",
            [("In the year-ago quarter", "2021-Q3")],
        ),
        (
            "For the nine months, revenue was $9 million, up from $8 million a year earlier.",
            [("the nine months", None), ("a year earlier", "2021")],
        ),
        ("Hourly wages were 3 percent higher than a year earlier.", [("a year earlier", "2021")]),
        (
            "Sales for the corresponding period last year were $2 million.",
            [("the corresponding period last year", "2021-Q3")],
        ),
        # The count before "a year ago" is not part of the date ("seven a" is no count).
        (
            "The bakery now has 13 shops, up from nine a year ago.",
            [("now", "PRESENT_REF"), ("a year ago", "2021")],
        ),
    ],
)
def test_find_dates_year_back_in_reports(
    nlp, resources, sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    found = find_dates(nlp(sentence), published=SEED_PUBLISHED, resources=resources)
    assert _values(found) == expected
    for date in found:
        assert date.text == sentence[date.start_char : date.end_char]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The article (SEED_PUBLISHED) is of Thursday 2022-11-10. A weekday, month or
        # holiday without a year lies where the tense of its verb puts it.
        ("The board will meet on Monday.", [("on Monday", "2022-11-14")]),
        ("The board met on Monday.", [("on Monday", "2022-11-07")]),
        ("The delegation plans to leave on Saturday.", [("on Saturday", "2022-11-12")]),
        # A purpose is no plan: "to mark" does not move the date ahead.
        (
            "Hundreds gathered at the square to mark the anniversary on Tuesday.",
            [("on Tuesday", "2022-11-08")],
        ),
        ("The company will list its shares in March.", [("in March", "2023-03")]),
        ("The company listed its shares in March.", [("in March", "2022-03")]),
        # A date of the last two months stays in the past even under "will".
        ("The lender said it will be repaid by Nov. 5.", [("by Nov. 5", "2022-11-05")]),
        # A past-tense verb keeps a near-ahead month or holiday in the past...
        (
            "The firm changed its fiscal year in December.",
            [("fiscal year", None), ("in December", "2021-12")],
        ),
        (
            "The ferry was found adrift on Thanksgiving Day.",
            [("on Thanksgiving Day", "2021-11-25")],
        ),
        # ... but not a deadline.
        (
            "Regulators gave the bank until mid-December to respond.",
            [("until mid-December", "2022-12")],
        ),
        ("The shop will open on Thanksgiving Day.", [("on Thanksgiving Day", "2022-11-24")]),
    ],
)
def test_find_dates_direction_from_tense(
    nlp, resources, sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    found = find_dates(nlp(sentence), published=SEED_PUBLISHED, resources=resources)
    assert _values(found) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # NER labels a holiday EVENT: it is still a date.
        ("Rescuers found the boat on Thanksgiving Day.", [("on Thanksgiving Day", "2021-11-25")]),
        # A bare day after a month and day is a day of that month.
        (
            "Ministers will meet in Oslo on April 24 and 25.",
            [("on April 24", "2023-04-24"), ("25", "2023-04-25")],
        ),
        # Named periods NER labels DATE or misses.
        ("Shares rose 5% in the quarter.", [("in the quarter", "2022-Q3")]),
        ("In the past, the firm sold its goods abroad.", [("In the past", "PAST_REF")]),
    ],
)
def test_find_dates_holidays_days_and_periods(
    nlp, resources, sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    found = find_dates(nlp(sentence), published=SEED_PUBLISHED, resources=resources)
    assert _values(found) == expected
    for date in found:
        assert date.text == sentence[date.start_char : date.end_char]


# --- Find rules on hand-built Docs: NER labels given, no parser. ---


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # A range NER labels whole: one date per part, "between" left out.
        (
            ["Sales", "grew", "between", "1994", "and", "1997", "."],
            ["O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O"],
            [("1994", "1994"), ("1997", "1997")],
        ),
        # A preposition directly before a date is part of it (CLAIM-SPEC: "in September").
        (
            ["Talks", "stalled", "in", "September", "."],
            ["O", "O", "O", "B-DATE", "O"],
            [("in September", "2022-09")],
        ),
        # Expressions NER leaves out: TimeML's vague references.
        (["Prices", "are", "now", "higher", "."], ["O"] * 5, [("now", "PRESENT_REF")]),
        # A holiday NER labels EVENT is a date.
        (
            ["Shops", "open", "on", "Thanksgiving", "Day", "."],
            ["O", "O", "O", "B-EVENT", "I-EVENT", "O"],
            [("on Thanksgiving Day", "2022-11-24")],
        ),
        # Numbers with scale words are quantities, even when NER labels them DATE.
        (
            ["between", "15", "and", "30", "million"],
            ["B-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE"],
            [],
        ),
    ],
)
def test_find_dates_on_hand_built_docs(
    resources, words: list[str], ents: list[str], expected: list[tuple[str, str]]
) -> None:
    vocab = spacy.blank("en").vocab
    doc = mark_segment(Doc(vocab, words=words, ents=ents), 40)
    found = find_dates(doc, published=SEED_PUBLISHED, resources=resources)
    assert _values(found) == expected
    for date in found:
        assert doc.text[date.start_char - 40 : date.end_char - 40] == date.text
