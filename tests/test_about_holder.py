"""About, the holder: whose number it is, found up the parse."""

from __future__ import annotations

import pytest

from extractor.stages.about import find_about
from extractor.stages.about.holder import find_holder
from extractor.stages.quantities import QuantityRef

from .test_about import about_texts, abouts, hand_built, quantity_ref


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


def test_bracketed_number_is_about_the_name_before_it(nlp, resources):
    texts = about_texts(nlp, resources, "Top scorers: Ann Lee (12 goals), Bo Chan (9 goals).")
    assert "Ann Lee" in texts[0] and "Bo Chan" in texts[1]


def test_speaker_is_not_the_holder(nlp, resources):
    [about] = abouts(nlp, resources, "A third of the seats were empty, said Tom Reed, the manager.")
    assert about.entity == "seats"
    assert "Reed" not in about.text


def test_date_is_not_what_a_number_is_about(nlp, resources):
    [about] = abouts(nlp, resources, "The river level rose to 4.2 metres on 3 March.")
    assert about.text == "river level"
    assert about.entity == "river level"  # the thing measured, never "3 March"


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
    assert about_texts(nlp, resources, text) == expected


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
    texts = about_texts(nlp, resources, text)
    assert texts and all(t == holder for t in texts)


# -- holder rules on hand-built parses ------------------------------------------------

# "The trade gap widened by $ 12 billion ."
TRADE_GAP = [
    ("The", 2, "det", "DET"),
    ("trade", 2, "compound", "NOUN"),
    ("gap", 3, "nsubj", "NOUN"),
    ("widened", 3, "ROOT", "VERB", "widen"),
    ("by", 3, "prep", "ADP"),
    ("$", 4, "pobj", "SYM"),
    ("12", 7, "compound", "NUM"),
    ("billion", 5, "nummod", "NUM"),
    (".", 3, "punct", "PUNCT"),
]
# "The index gained 35 points ."
INDEX_POINTS = [
    ("The", 1, "det", "DET"),
    ("index", 2, "nsubj", "NOUN"),
    ("gained", 2, "ROOT", "VERB", "gain"),
    ("35", 4, "nummod", "NUM"),
    ("points", 2, "dobj", "NOUN", "point"),
    (".", 2, "punct", "PUNCT"),
]
# "Ann Lee ( 12 goals ) ."
ANN_LEE = [
    ("Ann", 1, "compound", "PROPN"),
    ("Lee", 1, "ROOT", "PROPN"),
    ("(", 1, "punct", "PUNCT"),
    ("12", 4, "nummod", "NUM"),
    ("goals", 1, "appos", "NOUN", "goal"),
    (")", 1, "punct", "PUNCT"),
    (".", 1, "punct", "PUNCT"),
]


def _margin(subject, verb, lemma, obj):
    """Rows for "<subject> <verb> <obj> by 5 points ."."""
    return [
        (subject, 1, "nsubj", "PROPN"),
        (verb, 1, "ROOT", "VERB", lemma),
        (obj, 1, "dobj", "NOUN"),
        ("by", 1, "prep", "ADP"),
        ("5", 5, "nummod", "NUM"),
        ("points", 3, "pobj", "NOUN", "point"),
        (".", 1, "punct", "PUNCT"),
    ]


def test_change_verb_is_its_subjects(resources):
    doc = hand_built(TRADE_GAP)
    ref = quantity_ref(doc, 5, 8, unit="USD", value=12e9)
    holder = find_holder(doc, ref, None, [ref], resources)
    assert holder is not None and holder.text == "gap"
    about = find_about(doc, ref, quantities=[ref], resources=resources)
    # CLAIM-SPEC, about.entity: the subject of a change verb is what the number measures.
    assert (about.text, about.entity) == ("trade gap", "trade gap")


def test_unit_noun_points_to_its_holder(resources):
    doc = hand_built(INDEX_POINTS)
    ref = quantity_ref(doc, 3, 4, value=35)
    about = find_about(doc, ref, quantities=[ref], resources=resources)
    # A unit ("points") is not the entity: the index it measures is.
    assert (about.text, about.entity) == ("index", "index")


def test_bracketed_number_beside_a_name(resources):
    doc = hand_built(ANN_LEE)
    ref = quantity_ref(doc, 3, 4, value=12)
    holder = find_holder(doc, ref, doc[4], [ref], resources)
    assert holder is not None and holder.text == "Lee"
    assert find_about(doc, ref, quantities=[ref], resources=resources).text == "goals, Ann Lee"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # A change "by N" applies to the verb's object ...
        (_margin("Acme", "raised", "raise", "prices"), "prices"),
        # ... but a contest's margin is the subject's, not the rival's.
        (_margin("Lee", "leads", "lead", "Park"), "Lee"),
    ],
)
def test_change_object_or_contest_subject(resources, rows, expected):
    doc = hand_built(rows)
    ref = quantity_ref(doc, 4, 5, value=5)
    assert find_about(doc, ref, quantities=[ref], resources=resources).text == expected
