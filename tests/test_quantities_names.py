"""Numbers that are part of a name (CLAIM-SPEC: model and product numbers are no claims),
in place and as the article writes them elsewhere (``stages/quantities/names.py``); the
counts beside them stay. Synthetic sentences."""

from __future__ import annotations

import pytest

from extractor.stages.quantities import find_quantities
from extractor.stages.quantities.names import article_name_numbers


def numbers(nlp, resources, text, *, article=None):
    doc = nlp(text)
    names = None if article is None else article_name_numbers([nlp(article), doc])
    return [
        doc.text[q.start_char : q.end_char]
        for q in find_quantities(doc, resources=resources, names=names)
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a camel-case product before the number
        ("Owners of an iPhone 6 get a free case.", []),
        ("Fewer iPad 3 users complained this year.", []),
        ("The update ships with iOS 9 and fixes 40 bugs.", ["40"]),
        # a variant after a hyphen
        ("The A330-300 seats 277 people; the 767-300 seats 218.", ["277", "218"]),
        ("The 747-8F carries 134 tonnes of cargo.", ["134 tonnes"]),
        # the capitalised singular name the number belongs to
        ("The airline flies the new 350 Skyliner to Asia.", []),
        ("Its 14 Pro sold out within days.", []),
        ("The Big Three carmakers asked for help.", []),
        # counts stay: a plural noun, a scale letter, a person's age, a headline
        ("The airline ordered 350 Skyliners last year.", ["350"]),
        ("The population is about 9 B people.", ["about 9 B"]),
        ("Maria Lopez 61 runs the bakery on the corner.", ["61"]),
        ("Storm Leaves 3 Dead Across Northern Region", ["3"]),
        ("Only 2 FBI agents and 3 Senate aides were there.", ["2", "3"]),
        # a count of a model's plural is no decade ("A380s" ends in "0s")
        ("The carrier ordered 4 A350s and 6 B720s.", ["4", "6"]),
        # a record or a tally is no model and its variant
        ("The bill passed 412-96 in the House.", ["412"]),
        ("The big three of them won 12 medals.", ["12"]),
        # a number word capitalised inside a run of capitalised words
        ('He defended the "Gang of Seven" bill in the Senate.', []),
        ("The group One Texas Now paid for the ads.", []),
        ('She skipped the "Four Friends" summit on Friday.', []),
        # ... but not at the start of a sentence or a quotation, nor in a headline
        ('"Three of them left early," she said.', ["Three"]),
        ("Senator Slams Board And The Press In One Short Answer", ["One"]),
        ("The vote passed, and Eight members abstained.", ["Eight"]),
    ],
)
def test_names_in_place(nlp, resources, text, kept):
    assert numbers(nlp, resources, text) == kept


ARTICLE = (
    "Aerion unveils its new 380 Skyliner. The Skyliner 380 will seat up to 300 people. "
    "The carrier said the iPhone 7 app was ready."
)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the article wrote "380 Skyliner": a bare 380 is the plane
        ("The mid-sized 380 will fly next year.", []),
        ("We plan to use the 380 on long routes, he said.", []),
        # ... unless it counts something, or has a unit or a scale
        ("The firm holds 380 orders.", ["380"]),
        ("The order is worth $380 million.", ["$380 million"]),
        # "iPhone 7" is remembered with its name word only: 7 alone is a number
        ("Some iPhone 7 users saw 7 updates.", ["7"]),
    ],
)
def test_names_the_article_wrote(nlp, resources, text, kept):
    assert numbers(nlp, resources, text, article=ARTICLE) == kept


def test_index_names_read_as_written(nlp, resources):
    text = "The Standard & Poor's 500 index fell 12 points."
    assert numbers(nlp, resources, text) == ["12 points"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # list markers number items; the counts in the items stay
        ("4. BANKS CUT 2 RATES AGAIN.", ["2"]),
        ("5) Can the senator take a punch?", []),
        ("7.", []),
        ("2. Jane Smith (3.)", []),
        ("3. Voters face a gap of 12 points.", ["12 points"]),
        # a number closing a sentence, or counting, is no marker
        ("Sales rose 5. Profits fell.", ["5"]),
        ("He got 1 vote.", ["1"]),
    ],
)
def test_list_markers(nlp, resources, text, kept):
    assert numbers(nlp, resources, text) == kept


def test_numbers_inside_markup_tags(nlp, resources):
    text = '<post author="x" stamp="1468512000" id="75">Another attack left 84 dead.</post>'
    assert numbers(nlp, resources, text) == ["84"]
    assert numbers(nlp, resources, "Of the 5 seats, 3 < 4 > 2 hold.") == ["5", "3", "4", "2"]
