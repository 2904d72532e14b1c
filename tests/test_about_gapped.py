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
