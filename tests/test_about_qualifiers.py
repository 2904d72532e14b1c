"""About, qualifiers that say which: named places and organisations of a participle that
modifies the entity ("students studying at Halvorsen University")."""

from __future__ import annotations

import pytest

from .test_about import abouts


@pytest.mark.parametrize(
    ("text", "entity", "qualifier"),
    [
        (
            "There are tens of thousands of students studying at Halvorsen University.",
            "students",
            "Halvorsen University",
        ),
        (
            "About 300 workers employed at Brightline Bank lost their jobs.",
            "workers",
            "Brightline Bank",
        ),
    ],
)
def test_a_participle_names_where_or_whose(nlp, resources, text, entity, qualifier):
    [about] = abouts(nlp, resources, text)
    assert about.entity == entity
    assert qualifier in about.qualifiers


def test_an_unnamed_place_of_a_participle_does_not_qualify(nlp, resources):
    [about] = abouts(nlp, resources, "About 300 workers employed at the plant lost their jobs.")
    assert about.entity == "workers"
    assert not any("plant" in q for q in about.qualifiers)
