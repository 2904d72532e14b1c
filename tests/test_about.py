"""About: entity (head noun), qualifiers and property of each number."""

from __future__ import annotations

import pytest

from extractor.about import find_about
from extractor.stages.quantities import QuantityRef, find_quantities


def abouts(nlp, resources, text):
    doc = nlp(text)
    refs = find_quantities(doc, resources=resources)
    return [find_about(doc, ref, quantities=refs, resources=resources) for ref in refs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Around 100,000 Russian and 100,000 Ukrainian soldiers are estimated"
            " to have been killed or injured.",
            [
                ("soldiers", ("Russian",), "killed or injured"),
                ("soldiers", ("Ukrainian",), "killed or injured"),
            ],
        ),
        (
            "About 40,000 civilians died after being caught up in the war.",
            [("civilians", (), "died")],
        ),
        (
            "The country said that 5,937 troops had been killed since the start.",
            [("troops", (), "killed")],
        ),
        (
            "He believes that between 15 and 30 million refugees have been created.",
            [("refugees", (), "created")],
        ),
        (
            "Nearly 300 French fishermen protested in Calais.",
            [("fishermen", ("French",), "protested")],
        ),
        ("About 40% of voters backed the plan.", [("voters", (), None)]),
    ],
)
def test_entity_qualifiers_property(nlp, resources, text, expected):
    got = [(a.entity, a.qualifiers, a.property) for a in abouts(nlp, resources, text)]
    assert got == expected


def test_about_text_is_readable(nlp, resources):
    [about] = abouts(nlp, resources, "About 40,000 civilians died after the floods.")
    assert about.text == "civilians died after the floods"


def test_number_without_a_noun_has_no_entity(nlp, resources):
    [about] = abouts(nlp, resources, "The total rose to 5,000.")
    assert about.entity is None


def test_numbers_heading_each_other_terminate(nlp, resources):
    """Numbers that head each other in the parse once looped forever (tokens compared with `is`)."""
    found = abouts(nlp, resources, "Fifty-one, maybe; sixty-two, never.")
    assert len(found) == 2
    assert all(a.entity is None for a in found)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # NewsQuant's referred concepts: whose number it is, not only the counted noun
        ("The national trade gap widened by $12 billion.", "national trade gap"),
        ("Maria Lopez has scored 14 goals this season.", "Maria Lopez"),
        ("The council announced a relief package of $2 billion.", "relief package"),
    ],
)
def test_about_text_names_the_holder(nlp, resources, text, holder):
    [about] = abouts(nlp, resources, text)
    assert holder in about.text


def _texts(nlp, resources, text):
    return [a.text for a in abouts(nlp, resources, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A unit or score noun is not what the number is about: its holder is.
        ("The benchmark index gained 35 points on Tuesday.", ["benchmark index"]),
        # The verb whose object is counted stays out of the text (property keeps it).
        ("The bakery has 40 employees.", ["employees, bakery"]),
        # Possessive pronouns and determiners go; words stay as written ("start-up").
        ("The retailer said its profit rose 12%.", ["profit"]),
        ("The start-up's revenue rose 5% last quarter.", ["start-up's revenue"]),
        # A change applies to the verb's object: "boost X by N".
        ("The update boosts the battery life by 20 percent.", ["battery life"]),
        # A framing noun ("a close of") passes to the clause's subject.
        ("The index fell 2% to a close of 1,500 points.", ["index", "index"]),
        # Money "in" a noun is counted in that noun; "in exchange" is an idiom.
        ("The fund holds $3 billion in bonds.", ["bonds"]),
        ("The fund gave the startup $50,000 in exchange for shares.", ["fund"]),
        # "some of the top offers": the partitive's object.
        ("Some of the top offers include $200 off a phone.", ["top offers"]),
        # The modifiers of a unit noun name what it measures.
        ("The Pixel Pro 6 inch costs $700.", ["Pixel Pro", "Pixel Pro"]),
        # A pronoun subject takes the noun subject of the reporting clause.
        ("The bank said it has more than 5,000 clients.", ["clients, bank"]),
    ],
)
def test_about_text_names_the_concept(nlp, resources, text, expected):
    assert _texts(nlp, resources, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The trail runs 6 miles (10 kilometres) through the forest.",  # a conversion
        "The flight lasts 11 hours, 20 minutes and 5 seconds.",  # a continued measure
    ],
)
def test_restated_numbers_share_the_about(nlp, resources, text):
    texts = _texts(nlp, resources, text)
    assert len(texts) >= 2
    assert texts[0] and all(t == texts[0] for t in texts)


def test_bracketed_number_is_about_the_name_before_it(nlp, resources):
    texts = _texts(nlp, resources, "Top scorers: Ann Lee (12 goals), Bo Chan (9 goals).")
    assert "Ann Lee" in texts[0] and "Bo Chan" in texts[1]


def test_speaker_is_not_the_holder(nlp, resources):
    [about] = abouts(nlp, resources, "A third of the seats were empty, said Tom Reed, the manager.")
    assert about.entity == "seats"
    assert "Reed" not in about.text


def test_date_is_not_what_a_number_is_about(nlp, resources):
    [about] = abouts(nlp, resources, "The river level rose to 4.2 metres on 3 March.")
    assert about.text == "river level"
    assert about.entity is None


def test_property_stays_in_the_field_when_left_out_of_text(nlp, resources):
    [about] = abouts(nlp, resources, "The bakery has 40 employees.")
    assert (about.entity, about.property) == ("employees", "has")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A price or value "at" N belongs to the verb's object.
        ("The investors valued the startup at $2 billion.", ["startup"]),
        # A coordinated verb without its own subject shares the first verb's.
        ("Acme shares rose 3% and closed at $12.", ["Acme shares", "Acme shares"]),
        # A counted noun keeps its "of" phrase.
        ("Three new series of the drama will air next year.", ["new series of drama air"]),
        # "N points, or M%": both measure the same holder.
        ("The index was up 40 points, or 1.2%, at noon.", ["index", "index"]),
        # A range measures the subject of the verb it completes.
        ("Flat sizes range from 300 sq ft to 700 sq ft.", ["Flat sizes"]),
        # A predicate noun after "is" only describes the subject, which holds the number.
        ("Springfield is the main depot for 45 delivery vans.", ["delivery vans, Springfield"]),
        # A relative clause the parse hung on the wrong word: the noun before "that".
        (
            "Everyone knows everyone on the tiny island that is about 12 miles long.",
            ["tiny island"],
        ),
    ],
)
def test_about_text_follows_the_clause(nlp, resources, text, expected):
    assert _texts(nlp, resources, text) == expected


def _span_ref(doc, first, last, unit):
    """A quantity over tokens ``first``..``last`` (as quantities.py would give it)."""
    span = doc[first : last + 1]
    return QuantityRef(
        start_char=span.start_char,
        end_char=span.end_char,
        value=float(doc[first].text),
        low=None,
        high=None,
        bound="exact",
        unit=unit,
        start=first,
        end=last + 1,
        root=first,
    )


@pytest.mark.parametrize(
    ("text", "span", "unit", "expected"),
    [
        # The span took in the noun the unit measures: that noun is what it is about.
        ("He skied a 40 degree slope.", (3, 5), "degree angle", "slope"),
        ("She paid a 7 per cent fee.", (3, 6), "percent", "fee"),
        # A unit at the end of the span is not the thing; the holder is.
        ("The wind reached 40 knots.", (3, 4), "knot", "wind"),
    ],
)
def test_noun_inside_the_quantity_span(nlp, resources, text, span, unit, expected):
    doc = nlp(text)
    ref = _span_ref(doc, *span, unit)
    assert find_about(doc, ref, quantities=[ref], resources=resources).text == expected


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # In a contest the margin is the subject's, not the rival's (one number or two,
        # however the quantity stage splits "52 percent to 39 percent").
        ("Lee leads Park by 5 points in the latest poll.", "Lee"),
        ("In a new poll, Smith led Jones 52 percent to 39 percent.", "Smith"),
    ],
)
def test_contest_margin_is_the_subjects(nlp, resources, text, holder):
    texts = _texts(nlp, resources, text)
    assert texts and all(t == holder for t in texts)
