"""About, verbs of handing over (``about_transfer_verbs``): what passes to or from the
counted people is neither whose nor which they are ("offered buyouts to 22,000 workers"
-> workers, not the buyouts' workers); a verb of motion or result keeps its object as
whose ("propelled the club to a 20-5 record"). Synthetic sentences."""

from __future__ import annotations

import pytest


def _qualifiers(extractor, text):
    return {c.quantity.text: c.about.qualifiers for c in extractor(text, published="2022-11-10")}


@pytest.mark.parametrize(
    ("text", "quantity", "handed"),
    [
        ("Brixco will offer buyouts to 22,000 employees in Ohio.", "22,000", "buyouts"),
        ("Halvor Air has received nine orders from two customers.", "two", "orders"),
        ("The agency gave grants to 300 schools last year.", "300", "grants"),
    ],
)
def test_what_is_handed_over_does_not_qualify_the_count(extractor, text, quantity, handed):
    assert handed not in _qualifiers(extractor, text)[quantity]


@pytest.mark.parametrize(
    ("text", "quantity", "owner"),
    [
        ("Brixco will offer buyouts to 22,000 employees in Ohio.", "22,000", "Brixco"),
        ("Halvor Air has received nine orders from two customers.", "two", "Halvor Air"),
    ],
)
def test_the_subject_still_says_whose(extractor, text, quantity, owner):
    assert owner in _qualifiers(extractor, text)[quantity]
