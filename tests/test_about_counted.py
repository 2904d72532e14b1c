"""About, the counted thing: entity (head noun), qualifiers and property of each number."""

from __future__ import annotations

import pytest

from extractor.stages.about import find_about
from extractor.stages.about.counted import entity_token, predicate_token, qualifier_tokens

from .test_about import abouts, hand_built, quantity_ref


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
        ("About 40% of voters backed the plan.", [("voters", (), "backed")]),
    ],
)
def test_entity_qualifiers_property(nlp, resources, text, expected):
    got = [(a.entity, a.qualifiers, a.property) for a in abouts(nlp, resources, text)]
    assert got == expected


# "40 % of voters backed the plan ."
SHARE_OF_VOTERS = [
    ("40", 1, "nummod", "NUM"),
    ("%", 4, "nsubj", "NOUN"),
    ("of", 1, "prep", "ADP"),
    ("voters", 2, "pobj", "NOUN", "voter"),
    ("backed", 4, "ROOT", "VERB", "back"),
    ("the", 6, "det", "DET"),
    ("plan", 4, "dobj", "NOUN"),
    (".", 4, "punct", "PUNCT"),
]
# "300 French troops were estimated to be killed ."
ESTIMATED_KILLED = [
    ("300", 2, "nummod", "NUM"),
    ("French", 2, "amod", "ADJ"),
    ("troops", 4, "nsubjpass", "NOUN", "troop"),
    ("were", 4, "auxpass", "AUX", "be"),
    ("estimated", 4, "ROOT", "VERB", "estimate"),
    ("to", 7, "aux", "PART"),
    ("be", 7, "auxpass", "AUX"),
    ("killed", 4, "xcomp", "VERB", "kill"),
    (".", 4, "punct", "PUNCT"),
]


def test_n_percent_of_y_counts_y():
    doc = hand_built(SHARE_OF_VOTERS)
    entity = entity_token(doc, quantity_ref(doc, 0, 2, root=1, unit="percent"))
    assert entity is not None and entity.text == "voters"


def test_percent_of_y_is_about_y_alone(resources):
    doc = hand_built(SHARE_OF_VOTERS)
    ref = quantity_ref(doc, 0, 2, root=1, unit="percent")
    about = find_about(doc, ref, quantities=[ref], resources=resources)
    # CLAIM-SPEC, about.entity: "N% of Y" is about Y; the verb is what is asserted of it.
    assert (about.text, about.entity, about.qualifiers, about.property) == (
        "voters",
        "voters",
        (),
        "backed",
    )


def test_reporting_verb_passes_to_its_complement(resources):
    doc = hand_built(ESTIMATED_KILLED)
    ref = quantity_ref(doc, 0, 1)
    entity = entity_token(doc, ref)
    assert entity is not None and entity.text == "troops"
    assert [q.text for q in qualifier_tokens(doc, entity, ref, [ref])] == ["French"]
    predicate = predicate_token(entity, resources)
    assert predicate is not None and predicate.text == "killed"
