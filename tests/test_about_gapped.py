"""About, issue #10: a clause that repeats an earlier clause's verb with its own subject
counts the same thing, but is its own subject's number (synthetic sentences)."""

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


# A description among the qualifiers names the organisation the article is about.
def qualifiers_of(extractor, text):
    return {c.quantity.text: c.about.qualifiers for c in extractor(text, published="2022-11-10")}


def test_the_company_is_the_organisation_named_before(extractor):
    text = (
        "Halvor Motors opened a plant with 900 workers in Ohio on Monday. Halvor Motors"
        " sold 40,000 trucks last year.\n\n"
        "Analysts at Brinley Partners, who own 2% of it, were cautious. The company's shares"
        " fell 4%."
    )
    assert qualifiers_of(extractor, text)["4%"] == ["Halvor Motors"]


def test_an_indefinite_description_is_someone_new(extractor):
    text = "Halvor Motors opened a plant on Monday.\n\nA firm in Texas cut 300 jobs."
    assert "Halvor Motors" not in qualifiers_of(extractor, text)["300"]


def test_most_named_before_wins_over_latest(nlp, resources):
    from extractor.stages.about.described import most_named

    mentions = [(0, "Halvor"), (40, "Brinley"), (80, "Halvor"), (120, "Brinley")]
    assert most_named(mentions, 100) == "Halvor"
    assert most_named(mentions, 130) == "Brinley"  # a tie: the latest
    assert most_named(mentions, 0) is None
