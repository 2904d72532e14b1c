"""Given names written two ways are one speaker ("Sandra Paradis" ... "Sandy"; "William
Clinton" ... "Bill Clinton"), namesakes stay apart (``attribution/given_names.py``), and
a name opening an unparsed sentence keeps its first name ("Hillary Rodham Clinton")."""

from __future__ import annotations

import pytest
import spacy

from extractor.adapters.nicknames import load_name_variants
from extractor.stages.attribution.given_names import (
    bare_first_name_targets,
    person_key,
    same_given_name,
)
from extractor.stages.attribution.name_clusters import NameCluster
from extractor.stages.attribution.name_runs import capitalised_runs

FIRST_NAMES = {
    "william": "male",
    "bill": "male",
    "hillary": "female",
    "sandra": "female",
    "sandy": "female",
    "alexander": "male",
    "alexandra": "female",
}
VARIANTS = {
    "william": frozenset({"bill", "will"}),
    "bill": frozenset({"william"}),
    "will": frozenset({"william"}),
    "sandra": frozenset({"sandy"}),
    "alexander": frozenset({"sandy", "alex"}),
    "alexandra": frozenset({"sandy"}),
    "sandy": frozenset({"sandra", "alexander", "alexandra"}),
    "alex": frozenset({"alexander"}),
}


def _same(one, other):
    return same_given_name(one, other, first_names=FIRST_NAMES, variants=VARIANTS)


def test_the_packaged_table_links_nicknames_both_ways():
    variants = load_name_variants()
    assert {"bill", "will"} <= variants["william"]
    assert "william" in variants["bill"]
    assert "sandra" in variants["sandy"] and "sandy" in variants["sandra"]
    assert "michael" in variants["mike"] and "robert" in variants["bob"]
    # two nicknames of one name are not each other's
    assert "alex" not in variants["sandy"]


def test_a_nickname_and_its_name_are_one_given_name_unless_genders_differ():
    assert _same("bill", "william") and _same("william", "bill") and _same("bill", "bill")
    assert _same("sandy", "sandra")
    assert not _same("sandy", "alexander")  # a woman's nickname, a man's name
    assert not _same("bill", "hillary")
    assert not _same("sandy", "alex")  # both shorten Alexander: no link between them


def test_a_form_joins_the_one_person_whose_given_name_it_varies():
    people = {"william": [(0, ("William", "Clinton"))], "hillary": [(90, ("Hillary", "Clinton"))]}
    key = person_key(people, "bill", first_names=FIRST_NAMES, variants=VARIANTS)
    assert key == "william"
    assert person_key(people, "hillary", first_names=FIRST_NAMES, variants=VARIANTS) == "hillary"
    # two people it could be: someone new, as written
    both = {"sandra": [(0, ("Sandra", "Lee"))], "alexandra": [(50, ("Alexandra", "Lee"))]}
    assert person_key(both, "sandy", first_names=FIRST_NAMES, variants=VARIANTS) == "sandy"


def _cluster(*forms, titles=(), people=None, labels=None):
    cluster = NameCluster(forms=list(forms), titles=set(titles))
    cluster.first_named = [form for form in forms if len(form) > 1]
    cluster.people = people or {}
    if labels:
        cluster.labels.update(labels)
    return cluster


def test_a_bare_first_name_points_to_the_one_person_fully_named_with_it():
    names = {
        "paradis": _cluster(("Sandra", "Paradis"), people={"sandra": [(0, ("Sandra", "Paradis"))]}),
        "sandy": _cluster(("Sandy",)),
        "ortiz": _cluster(("Luis", "Ortiz"), people={"luis": [(40, ("Luis", "Ortiz"))]}),
    }
    targets = bare_first_name_targets(names, first_names=FIRST_NAMES, variants=VARIANTS)
    assert targets == {"sandy": ("paradis", "sandra")}


@pytest.mark.parametrize(
    ("bare", "why"),
    [
        (_cluster(("Sandy",), titles={"sen."}), "a title makes it a surname"),
        (_cluster(("Sandy",), labels={"GPE": 2}), "a place is no person"),
        (_cluster(("Sandy",), ("Hurricane", "Sandy")), "a surname or a longer name"),
    ],
)
def test_a_bare_first_name_that_is_not_one_is_left_alone(bare, why):
    names = {
        "paradis": _cluster(("Sandra", "Paradis"), people={"sandra": [(0, ("Sandra", "Paradis"))]}),
        "sandy": bare,
    }
    assert bare_first_name_targets(names, first_names=FIRST_NAMES, variants=VARIANTS) == {}, why


def _speakers(extractor, text):
    return [
        (claim.quantity.text, claim.speaker.name if claim.speaker else None)
        for claim in extractor(text, published="2016-03-01")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a diminutive later in the article is the person named in full before
        (
            "Sandra Paradis runs the food bank in Lowell.\n\n"
            "Demand rose 40 percent this year, Sandy said.",
            [("40 percent", "Sandra Paradis")],
        ),
        (
            "Robert Menendez, the senator from New Jersey, spoke on Monday.\n\n"
            "Bob said 12 states had agreed.",
            [("12", "Robert Menendez")],
        ),
        # a nickname with the surname is the same person, named as fully as the article does
        (
            "William Jefferson Clinton spoke in Little Rock on Monday.\n\n"
            "Bill Clinton said 300 jobs were lost.",
            [("300", "William Jefferson Clinton")],
        ),
        (
            "Michael Pence spoke in Indiana.\n\n"
            "Mike Pence said 12 states agreed. Michael said 14 states did not.",
            [("12", "Michael Pence"), ("14", "Michael Pence")],
        ),
        # namesakes stay apart, each first name to its own person
        (
            "Hillary Clinton and her husband Bill Clinton toured Ohio on Monday.\n\n"
            "Hillary said 40 percent of voters were undecided. Bill said 300 people came.",
            [("40 percent", "Hillary Clinton"), ("300", "Bill Clinton")],
        ),
        # two people "Sandy" could shorten, or a man's name for a woman's nickname: as written
        (
            "Sandra Paradis and Alexandra Reyes run the food bank.\n\n"
            "Demand rose 40 percent this year, Sandy said.",
            [("40 percent", "Sandy")],
        ),
        (
            "Alexander Reyes runs the food bank.\n\nDemand rose 40 percent this year, Sandy said.",
            [("40 percent", "Sandy")],
        ),
        # a title before a first name makes it a surname: not Warren Buffett
        (
            "Warren Buffett spoke in Omaha on Monday.\n\n"
            "Sen. Warren said 40 percent of voters agreed.",
            [("40 percent", "Warren")],
        ),
    ],
)
def test_given_names_in_an_article(extractor, text, expected):
    assert _speakers(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first sentence has no number or cue, so it is only split, not parsed
        (
            "Hillary Rodham Clinton campaigned across Iowa on Monday with her husband.\n\n"
            "Clinton said 40 percent of voters there were undecided.",
            [("40 percent", "Hillary Rodham Clinton")],
        ),
        # a sentence-initial role word is still no part of the name
        (
            "Analyst Rita Moreno spoke in Orlando on Monday.\n\n"
            "Moreno said 40 percent of clubs lose money.",
            [("40 percent", "Rita Moreno")],
        ),
    ],
)
def test_a_name_opening_an_unparsed_sentence(extractor, text, expected):
    assert _speakers(extractor, text) == expected


def test_capitalised_runs_keep_a_first_name_that_opens_the_sentence(resources):
    nlp = spacy.blank("en")
    opening = nlp("Hillary Rodham Clinton campaigned in Iowa.")
    assert [run.text for run in capitalised_runs(opening[:], resources)] == [
        "Hillary Rodham Clinton",
        "Iowa",
    ]
    role = nlp("Analyst Rita Moreno spoke in Orlando.")
    assert [run.text for run in capitalised_runs(role[:], resources)] == [
        "Rita Moreno",
        "Orlando",
    ]
