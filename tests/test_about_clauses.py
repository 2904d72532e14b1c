"""About, issue #10: a clause that repeats an earlier clause's verb with its own subject
counts the same thing but is its own subject's number; a description among the
qualifiers names its organisation; "up from" states the level before a change
(synthetic sentences)."""

from __future__ import annotations

import pytest

from .test_about import abouts


def fields(nlp, resources, text):
    return [(a.entity, a.qualifiers) for a in abouts(nlp, resources, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg has 40 delegates, Tom Lark has 12 and Ivo Mendez has three.",
            [
                ("delegates", ("Anna Berg",)),
                ("delegates", ("Tom Lark",)),
                ("delegates", ("Ivo Mendez",)),
            ],
        ),
        (
            "Including reserves, Berg has 330 seats and Lark has 75.",
            [("seats", ("Berg",)), ("seats", ("Lark",))],
        ),
    ],
)
def test_gapped_clause_is_its_subjects_number(nlp, resources, text, expected):
    assert fields(nlp, resources, text) == expected


def test_gapped_text_names_its_own_subject(nlp, resources):
    found = abouts(nlp, resources, "Berg has 40 delegates and Lark has 12.")
    assert [a.text for a in found] == ["delegates, Berg", "delegates, Lark"]


def test_one_verb_keeps_one_owner(nlp, resources):
    # "5 miles (8 km)": a restatement under the same verb is the same subject's number.
    found = abouts(nlp, resources, "The Halvor tunnel runs 5 miles (8 km) under the bay.")
    assert found[0].qualifiers == found[1].qualifiers


# A description among the qualifiers names the organisation named before with its word.
def qualifiers_of(extractor, text):
    return {c.quantity.text: c.about.qualifiers for c in extractor(text, published="2022-11-10")}


def test_the_foundation_is_the_one_named_before(extractor):
    text = (
        "The Orla Foundation gave 900 grants in Ohio last year, and the Orla Foundation"
        " plans 1,000 this year.\n\n"
        "Analysts at Brinley Partners, which manages 2% of its money, were cautious."
        " The foundation's assets fell 4%."
    )
    assert qualifiers_of(extractor, text)["4%"] == ["Orla Foundation"]


@pytest.mark.parametrize(
    "text",
    [
        # "a firm" is a new one; "the company" has no name with its word.
        "Orla Foods opened a plant with 900 workers.\n\nA firm in Texas cut 300 jobs.",
        "Orla Foods opened a plant with 900 workers.\n\nThe company's shares fell 4%.",
        # A description with a name of its own is another organisation.
        "The Orla Foundation gave 900 grants.\n\nThe Brinley foundation's assets fell 4%.",
    ],
)
def test_a_description_without_a_named_match_stays_as_written(extractor, text):
    found = qualifiers_of(extractor, text)
    assert not any("Orla" in q for quantity, qs in found.items() if quantity != "900" for q in qs)


def test_most_named_before_wins_over_latest():
    from extractor.stages.about.described import most_named

    mentions = [(0, "Halvor"), (40, "Brinley"), (80, "Halvor"), (120, "Brinley")]
    assert most_named(mentions, 100) == "Halvor"
    assert most_named(mentions, 130) == "Brinley"  # a tie: the latest
    assert most_named(mentions, 0) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velko shares rose 4.2% to $31, up from $29 a week ago.",
            ["rose", "rose to", "up from"],
        ),
        ("Unemployment fell to 5.1% in May, down from 5.4% in April.", ["fell to", "down from"]),
    ],
)
def test_up_from_states_the_level_before(nlp, resources, text, expected):
    assert [a.property for a in abouts(nlp, resources, text)] == expected
