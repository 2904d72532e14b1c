"""About, the entity of every unit kind: the spec's examples (synthetic variants), the
named rules on hand-built parses, and the inspectable candidate scores."""

from __future__ import annotations

import pytest

from extractor.stages.about import find_about
from extractor.stages.about.measured import (
    ENTITY_RULES,
    choose,
    measured_candidates,
    path_length,
)

from .test_about import abouts, hand_built, quantity_ref


def entities(nlp, resources, text):
    return [a.entity for a in abouts(nlp, resources, text)]


# CLAIM-SPEC, "about.entity": its examples, with invented names and numbers.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # subject of a change or level verb, for both numbers
        (
            "Zorvex shares fell 4.2% to $31 on Monday.",
            [("shares", ("Zorvex",)), ("shares", ("Zorvex",))],
        ),
        ("Unemployment rose to 5.1% in May.", [("Unemployment", ())]),
        # a named index measured
        ("The Nikkei closed down 312 points at 9,800.", [("Nikkei", ()), ("Nikkei", ())]),
        # "of" phrases and compounds
        ("The price of copper hit $9,000.", [("price", ("copper",))]),
        ("Norco won a $2bn contract to build the bridge.", [("contract", ("Norco",))]),
        ("Nurses were offered a 3% pay rise.", [("pay rise", ("Nurses",))]),
        # possessives and objects
        ("Brazil's GDP grew 1.2% in the third quarter.", [("GDP", ("Brazil",))]),
        ("The firm cut its forecast to 40,000 cars.", [("cars", ("forecast", "firm"))]),
    ],
)
def test_spec_examples(nlp, resources, text, expected):
    got = [(a.entity, a.qualifiers) for a in abouts(nlp, resources, text)]
    assert got == expected


# Adjectives that belong to the term (about_term_adjectives lexicon) are part of the
# entity, not qualifiers; other adjectives still qualify or are left out.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velko's net profit rose 8% to $2.1 billion.",
            [("net profit", ("Velko",)), ("net profit", ("Velko",))],
        ),
        ("Norco has 85 retail stores across Ohio.", [("retail stores", ("Norco",))]),
        ("Its gross margin fell to 31% in the quarter.", [("gross margin", ())]),
        ("The group's operating income reached $640 million.", [("operating income", ("group",))]),
        ("Velko opened 12 new stores last year.", [("stores", ("new", "Velko"))]),
    ],
)
def test_term_adjectives_belong_to_the_entity(nlp, resources, text, expected):
    got = [(a.entity, a.qualifiers) for a in abouts(nlp, resources, text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "prop"),
    [
        ("Zorvex shares fell 4.2% on Monday.", "fell"),
        ("The Nikkei closed down 312 points.", "closed down"),
        ("The price of copper hit $9,000.", "hit"),
        ("Unemployment rose to 5.1% in May.", "rose to"),
    ],
)
def test_property_is_what_is_asserted(nlp, resources, text, prop):
    [about] = abouts(nlp, resources, text)
    assert about.property == prop


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N% of Y"
        ("About 40% of voters backed the plan.", ["voters"]),
        # a change noun names what changed, or is itself the thing measured
        ("Velko reported a 12% decline in sales.", ["sales"]),
        ("Velko reported a 12% decline.", ["decline"]),
        # "worth" / "valued at"
        ("The deal is worth $3 billion.", ["deal"]),
        # money a verb moves, when no noun names it
        ("Zenco lost $4.8 billion last year.", ["loss"]),
        # a market report listing several indices with their moves
        (
            "The Hang Seng fell 2.1% while the Kospi gained 0.8% and the Sensex rose 1.5%.",
            ["Hang Seng", "Kospi", "Sensex"],
        ),
        # a count keeps its counted noun
        ("The plant employs 1,200 workers.", ["workers"]),
    ],
)
def test_news_shapes(nlp, resources, text, expected):
    assert entities(nlp, resources, text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the fullest name the Doc gives, as for speakers
        (
            "The Dow Jones Industrial Average opened flat. Later the Dow fell 2%.",
            "Dow Jones Industrial Average",
        ),
        ("The Kestrel 50 index rose 1.1% on Friday.", "Kestrel 50 index"),
        # a name in apposition beats the common noun
        ("The main Irish index, the Dunmore 20, rose 3%.", "Dunmore 20"),
    ],
)
def test_names_at_their_fullest(nlp, resources, text, name):
    assert entities(nlp, resources, text)[-1] == name


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex shares fell 4.2% to $31 on Monday.",
        "Revenue at the unit climbed 8% to $2.1 billion.",
        "The strike lasted 3 hours.",
        "The deal is worth $3 billion.",
    ],
)
def test_entity_is_filled_when_the_sentence_names_something(nlp, resources, text):
    assert all(entities(nlp, resources, text))


def test_a_date_is_never_the_entity(nlp, resources):
    assert entities(nlp, resources, "On 3 March the river hit 4.2 metres.") == ["river"]


# -- candidates: explicit, scored, inspectable -------------------------------------------

# "Zorvex shares fell 4 % ." by hand: shares <- fell, 4 % as an npadvmod of fell.
SHARES_FELL = [
    ("Zorvex", 1, "compound", "PROPN"),
    ("shares", 2, "nsubj", "NOUN", "share"),
    ("fell", 2, "ROOT", "VERB", "fall"),
    ("4", 4, "nummod", "NUM"),
    ("%", 2, "npadvmod", "NOUN"),
    (".", 2, "punct", "PUNCT"),
]


def test_candidates_carry_rule_and_score(resources):
    doc = hand_built(SHARES_FELL)
    ref = quantity_ref(doc, 3, 5, root=3, unit="percent", value=4)
    holder = doc[1]
    candidates = measured_candidates(
        doc, ref, counted=None, holder=holder, quantities=[ref], resources=resources
    )
    assert [c.rule for c in candidates][:1] == ["holder"]
    assert candidates == sorted(candidates, key=lambda c: -c.score)
    best = choose(candidates)
    assert best is not None and best.token.text == "shares"
    about = find_about(doc, ref, quantities=[ref], resources=resources)
    assert (about.entity, about.qualifiers, about.property) == ("shares", ("Zorvex",), "fell")


def test_nearer_candidate_wins_a_tie(resources):
    doc = hand_built(SHARES_FELL)
    assert path_length(doc[4], doc[2]) == 1
    assert path_length(doc[4], doc[1]) == 2
    assert path_length(doc[4], doc[0]) == 3


def test_no_candidate_no_entity(resources):
    doc = hand_built([("12", 0, "ROOT", "NUM"), (".", 0, "punct", "PUNCT")])
    ref = quantity_ref(doc, 0, 1, value=12)
    assert (
        choose(
            measured_candidates(
                doc, ref, counted=None, holder=None, quantities=[ref], resources=resources
            )
        )
        is None
    )
    assert find_about(doc, ref, quantities=[ref], resources=resources).entity is None


def test_rules_are_named_functions():
    names = [rule.__name__.lstrip("_") for rule in ENTITY_RULES]
    assert names[0] == "counted" and "holder" in names and names[-1] == "unit_noun"
    assert len(set(names)) == len(names)
