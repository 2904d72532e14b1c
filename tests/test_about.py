"""About: the entry point, find_about, and the helpers the about tests share."""

from __future__ import annotations

from functools import lru_cache

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from extractor.stages.about import find_about
from extractor.stages.quantities import QuantityRef, find_quantities


def abouts(nlp, resources, text):
    doc = nlp(text)
    refs = find_quantities(doc, resources=resources)
    return [find_about(doc, ref, quantities=refs, resources=resources) for ref in refs]


def about_texts(nlp, resources, text):
    return [a.text for a in abouts(nlp, resources, text)]


@lru_cache(maxsize=1)
def english_vocab():
    """An English vocabulary without a pipeline: the lexical attributes the rules read
    ("lower_", "like_num") are set, the parse is whatever a test writes."""
    return English().vocab


def hand_built(rows):
    """A Doc from ``(word, head, dep, pos[, lemma])`` rows, so that a rule is tested on
    the parse it reads, not on what the parser makes of a sentence."""
    words = [row[0] for row in rows]
    lemmas = [row[4] if len(row) > 4 else row[0].lower() for row in rows]
    return Doc(
        english_vocab(),
        words=words,
        heads=[row[1] for row in rows],
        deps=[row[2] for row in rows],
        pos=[row[3] for row in rows],
        lemmas=lemmas,
    )


def quantity_ref(doc, start, end, *, root=None, unit=None, value=1.0):
    """A quantity over tokens ``start``..``end - 1`` of a hand-built Doc."""
    span = doc[start:end]
    return QuantityRef(
        start_char=span.start_char,
        end_char=span.end_char,
        value=value,
        low=None,
        high=None,
        bound="exact",
        unit=unit,
        start=start,
        end=end,
        root=start if root is None else root,
    )


def test_number_without_a_noun_has_no_entity(nlp, resources):
    [about] = abouts(nlp, resources, "The total rose to 5,000.")
    assert about.entity is None


def test_numbers_heading_each_other_terminate(nlp, resources):
    """Numbers that head each other in the parse once looped forever (tokens compared with `is`)."""
    found = abouts(nlp, resources, "Fifty-one, maybe; sixty-two, never.")
    assert len(found) == 2
    assert all(a.entity is None for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "The trail runs 6 miles (10 kilometres) through the forest.",  # a conversion
        "The flight lasts 11 hours, 20 minutes and 5 seconds.",  # a continued measure
    ],
)
def test_restated_numbers_share_the_about(nlp, resources, text):
    texts = about_texts(nlp, resources, text)
    assert len(texts) >= 2
    assert texts[0] and all(t == texts[0] for t in texts)


def test_property_stays_in_the_field_when_left_out_of_text(nlp, resources):
    [about] = abouts(nlp, resources, "The bakery has 40 employees.")
    assert (about.entity, about.property) == ("employees", "has")
