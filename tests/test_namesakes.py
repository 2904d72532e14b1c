"""Namesakes: people of one surname in one article ("Bill Clinton", "Hillary Clinton")
are told apart, never merged into one name (``namesakes.py``)."""

from __future__ import annotations

import pytest

from extractor.stages.attribution.namesakes import person_named

from .test_attribution_sources import _speakers

FIRST_NAMES = {"bill": "male", "hillary": "female", "jane": "female", "bernie": "male"}
# two namesakes, each named in full in its own sentence (sentence = offset // 100)
PEOPLE = {
    "hillary": [(10, ("Hillary", "Clinton")), (420, ("Hillary", "Rodham", "Clinton"))],
    "bill": [(250, ("Bill", "Clinton"))],
}


def _named(words, people=PEOPLE, gender=None):
    return person_named(
        people,
        words,
        first_names=FIRST_NAMES,
        sentence_of=lambda at: at // 100,
        gender=gender,
    )


def test_a_first_name_picks_its_own_person_named_as_fully_as_the_article_does():
    assert _named(("Bill", "Clinton")) == "Bill Clinton"
    assert _named(("Hillary", "Clinton")) == "Hillary Rodham Clinton"


def test_a_bare_surname_is_the_principal_and_an_honorific_chooses_first():
    # the principal is the namesake the article names first, wherever the surname is
    assert _named(("Clinton",)) == "Hillary Rodham Clinton"
    assert _named(("Clinton",), gender="male") == "Bill Clinton"
    assert _named(("Clinton",), gender="female") == "Hillary Rodham Clinton"


def test_an_honorific_no_namesake_fits_leaves_the_surname_as_written():
    # "Mrs. Clinton" where only Bill Clinton is named is not Bill
    assert _named(("Clinton",), {"bill": PEOPLE["bill"]}, gender="female") is None


def test_two_namesakes_first_named_in_one_sentence_leave_the_surname_as_written():
    people = {"hillary": [(10, ("Hillary", "Clinton"))], "bill": [(40, ("Bill", "Clinton"))]}
    assert _named(("Clinton",), people) is None
    assert _named(("Clinton",), people, gender="male") == "Bill Clinton"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative named once mid-article does not take over the principal's surname
        (
            "Bernie Sanders spoke in Vermont on Monday.\n\nHis wife, Jane Sanders, joined him "
            "on stage.\n\nSanders said 40 percent of voters backed him.",
            [("40 percent", "Bernie Sanders", "person")],
        ),
        # a full name is its own person, never the fullest form of the surname
        (
            "On Monday, Hillary Rodham Clinton spoke.\n\nBill Clinton said 30 percent agreed."
            "\n\nMrs. Clinton said 50 percent did.",
            [
                ("30 percent", "Bill Clinton", "person"),
                ("50 percent", "Hillary Rodham Clinton", "person"),
            ],
        ),
    ],
)
def test_namesakes_in_an_article(extractor, text, expected):
    assert _speakers(extractor, text) == expected
