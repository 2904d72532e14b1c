"""About, clauses that share another clause's subject: a verb in a list of verbs asserts
its own number ("tripled in 2004, doubled in 2005 and rose 16% in 2006" -> rose), and an
infinitive after a verb of intent is its subject's doing ("It intends to cut that number
to 600" -> whose: the name "It" stands for), or its named object's ("forced Brixco to cut
500 jobs" -> Brixco). Synthetic sentences."""

from __future__ import annotations

import pytest


def _properties(extractor, text):
    return {c.quantity.text: c.about.property for c in extractor(text, published="2022-11-10")}


def _qualifiers(extractor, text):
    return {c.quantity.text: c.about.qualifiers for c in extractor(text, published="2022-11-10")}


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        (
            "The revenue of Brixco tripled in 2004, doubled in 2005 and increased by "
            "16 percent in 2006.",
            "16 percent",
            "increased by",
        ),
        ("Coal output fell in May, recovered in June and rose 4% in July.", "4%", "rose"),
        # Verbs that share one number stay together, as before.
        (
            "Around 500 soldiers were killed or injured last year.",
            "Around 500",
            "killed or injured",
        ),
    ],
)
def test_a_verb_in_a_list_of_verbs_asserts_its_own_number(extractor, text, quantity, expected):
    assert _properties(extractor, text)[quantity] == expected


@pytest.mark.parametrize(
    ("text", "quantity", "name"),
    [
        (
            "At the moment, Halvor Motors has 6,200 dealers in Ohio.\n\n"
            "It intends to reduce that number to 3,600 by 2012.",
            "3,600",
            "Halvor Motors",
        ),
        (
            "Brinley Foods reported a loss in May.\n\n"
            "It hopes to sell 40 stores and a warehouse next year.",
            "40",
            "Brinley Foods",
        ),
    ],
)
def test_an_infinitive_after_a_verb_of_intent_shares_its_subject(extractor, text, quantity, name):
    assert name in _qualifiers(extractor, text)[quantity]


def test_an_infinitive_after_it_is_shares_no_subject(extractor):
    text = "Lena Moss asked how it is wise to add $2 billion in new spending."
    assert "Lena Moss" not in _qualifiers(extractor, text)["$2 billion"]


@pytest.mark.parametrize(
    ("text", "quantity", "doer", "not_doer"),
    [
        ("Regulators forced Brixco to cut 500 jobs.", "500", "Brixco", "Regulators"),
        ("The union urged Halvor Motors to hire 300 workers.", "300", "Halvor Motors", "union"),
    ],
)
def test_a_named_object_before_an_infinitive_does_what_it_says(
    extractor, text, quantity, doer, not_doer
):
    qualifiers = _qualifiers(extractor, text)[quantity]
    assert doer in qualifiers
    assert not_doer not in qualifiers


@pytest.mark.parametrize(
    ("text", "quantity", "not_doer"),
    [
        # The counted subject asks; the object does what it is asked, not whose it is.
        (
            "Two House committees on Monday asked the Justice Department to investigate it.",
            "Two",
            "Justice Department",
        ),
        # A day is no doer.
        ("Clinton aides spent Saturday delivering pep talks in 99 counties.", "99", "Saturday"),
    ],
)
def test_no_controller_outside_the_infinitive_nor_a_date(extractor, text, quantity, not_doer):
    assert not_doer not in _qualifiers(extractor, text)[quantity]
