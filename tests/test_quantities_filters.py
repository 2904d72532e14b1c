"""What is not a quantity (filters.py): dates, ordinals, labels, the pronoun "one"."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from extractor.stages.quantities.filters import (
    is_bare_ordinal,
    is_pronoun_one,
    is_quantity,
    is_slash_name,
)
from extractor.stages.quantities.refs import make_ref

from .test_quantities_find import quantities


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
        # pronoun "one" is no count (counting "one" is tested in test_counting_one)
        "No one was hurt and the neighbours helped one another.",
        "This is the one they wanted, not that one.",
        "The news was on BBC One last night.",
        # a span of time before "ago" places a date
        "He was in trouble two weeks ago and 3 years ago.",
        # so does part of a century before "ago": no 0.5 of anything
        "The plant closed more than a half-century ago.",
        "The treaty was signed a quarter-century ago.",
        "Half a century ago, the town was poor.",
        # slash numbers that are dates or idioms, not fractions
        "Security spending grew after 9/11.",
        "The 24/7 news cycle never stops, and the vote is on 11/8.",
        # indefinite "one" before discourse nouns
        "At one point the crowd cheered, and one thing was clear.",
        "The plan is cheap; one reason is the new design.",
        # a year before a number is no range start; "2018s" is a year, not seconds
        "Healthcare, 2018s best performing sector, slipped.",
    ],
)
def test_not_a_quantity(nlp, resources, text):
    assert quantities(nlp, resources, text) == []


@pytest.mark.parametrize(
    "text",
    ["He finished third in the race.", "The Ninth Circle opened.", "It was the fourth time."],
)
def test_ordinals_are_not_fractions(nlp, resources, text):
    assert quantities(nlp, resources, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NewsQuant counts "one" as a number: one noun, one member of a set
        ("She lifted one hand above her head.", "one"),
        ("It is one of the best laptops on sale.", "one"),
        ("Their problems lie in just one area.", "one"),
    ],
)
def test_counting_one(nlp, resources, text, expected):
    [(got_text, value, *_)] = quantities(nlp, resources, text)
    assert (got_text, value) == (expected, 1)


# Rules on hand-built Docs: no parser, so each test states exactly the parse it needs.


def _ref(doc, start, end, value):
    return make_ref(doc[start:end], value, None, None, "exact", None)


@pytest.mark.parametrize(
    ("words", "number", "value", "expected"),
    [
        (["See", "page", "4", "."], 2, 4, False),  # a label noun before the number
        (["The", "law", "passed", "in", "2019", "."], 4, 2019, False),  # a year
        (["They", "met", "on", "February", "24", "."], 4, 24, False),  # a day of a month
        (["It", "was", "the", "2nd", "round", "."], 3, 2, False),  # an ordinal
        (["It", "was", "popular", "in", "the", "1960s"], 5, 1960, False),  # a decade
        (["Officials", "counted", "5,937", "troops", "."], 2, 5937, True),
    ],
)
def test_is_quantity_on_hand_built_docs(nlp, resources, words, number, value, expected):
    doc = Doc(nlp.vocab, words=words)
    assert is_quantity(doc, _ref(doc, number, number + 1, value), resources) is expected


def test_a_year_that_counts_a_plural_noun_is_a_quantity(nlp, resources):
    words = ["It", "sold", "2019", "cars", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 3, 1, 1],
        deps=["nsubj", "ROOT", "nummod", "dobj", "punct"],
    )
    doc[3].tag_ = "NNS"
    assert is_quantity(doc, _ref(doc, 2, 3, 2019), resources)
    doc[3].tag_ = "NN"
    assert not is_quantity(doc, _ref(doc, 2, 3, 2019), resources)


@pytest.mark.parametrize(
    ("words", "index", "expected"),
    [
        (["He", "finished", "third", "."], 2, True),
        (["A", "third", "of", "voters"], 1, False),
        (["Two", "thirds", "left"], 1, False),
        (["Half", "the", "town"], 0, False),  # "half" is never an ordinal
    ],
)
def test_bare_ordinal(nlp, words, index, expected):
    doc = Doc(nlp.vocab, words=words)
    assert is_bare_ordinal(doc, doc[index]) is expected


@pytest.mark.parametrize(
    ("text", "expected"), [("9/11", True), ("24/7", True), ("7/4", True), ("3/4", False)]
)
def test_slash_name(text, expected):
    assert is_slash_name(text) is expected


def test_pronoun_one_on_hand_built_docs(nlp):
    doc = Doc(nlp.vocab, words=["No", "one", "came", "."])
    assert is_pronoun_one(doc, doc[1])
    doc = Doc(nlp.vocab, words=["one", "hand"], heads=[1, 1], deps=["nummod", "ROOT"])
    assert not is_pronoun_one(doc, doc[0])


@pytest.mark.parametrize(
    "text",
    [
        "The walls were built between A.D. 400 and 650 by farmers.",
        "The city was founded in 300 BC and grew.",
        "The kings ruled from 1200 to 1150 B.C. in the valley.",
        "The fort dates from AD 43 to 410.",
        "The site was used around 2500 BCE.",
    ],
)
def test_years_with_an_era_mark_are_dates(nlp, resources, text):
    assert quantities(nlp, resources, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The index is at its lowest level since '82 after the slide.",
        "The class of \u201998 met again.",
        "He won in '08 and '12 by wide margins.",
    ],
)
def test_clipped_years_are_dates(nlp, resources, text):
    assert quantities(nlp, resources, text) == []


def test_a_single_quote_before_a_count_opens_speech(nlp, resources):
    found = quantities(nlp, resources, "'40 people died,' she said.")
    assert [text for text, *_ in found] == ["40"]


def test_an_advert_is_no_era(nlp, resources):
    found = quantities(nlp, resources, "The ad cost 400 dollars.")
    assert [(text, value, unit) for text, value, *_, unit in found] == [("400 dollars", 400, "USD")]


@pytest.mark.parametrize(
    "text", ["His half-brother lives in Leeds.", "They reached the quarter-final."]
)
def test_fraction_word_in_a_compound_name_is_no_quantity(nlp, resources, text):
    assert quantities(nlp, resources, text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [("The walk takes a half-hour.", "hour"), ("She ran a half-mile.", "mile")],
)
def test_fraction_word_before_a_unit_is_a_measure(nlp, resources, text, unit):
    [(*_, value_unit)] = [(q[1], q[5]) for q in quantities(nlp, resources, text)]
    assert value_unit == unit
