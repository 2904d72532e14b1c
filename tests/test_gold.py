"""Gold (hand-labelled fixtures) scored against floors that only rise.

The floors are the scores measured when they were set: raise them as the extractor
improves; never lower them, and never edit gold to make a test pass.
"""

from __future__ import annotations

import pytest

from extractor.scoring import load_gold, score

from .conftest import FIXTURES

DETECTION_F1_FLOOR = 1.0
FIELD_FLOORS = {
    "value": 1.0,
    "bound": 1.0,
    "unit": 1.0,
    "entity": 1.0,
    "speaker": 1.0,
    "via": 1.0,
    "quote": 1.0,
    "qualifiers": 1.0,
    "property": 1.0,
    "dates": 1.0,
}
GOLD_FILES = sorted((FIXTURES / "gold").glob("*.json"))


@pytest.fixture(scope="module")
def gold_score(extractor):
    golds = [load_gold(path) for path in GOLD_FILES]
    predicted = {g.doc_id: extractor(g.text, published=g.published, doc_id=g.doc_id) for g in golds}
    return score(golds, predicted)


def test_there_is_gold():
    assert GOLD_FILES, "fixtures/gold/ has no gold files"


def test_detection_f1_floor(gold_score):
    assert gold_score.f1 >= DETECTION_F1_FLOOR, (gold_score.misses, gold_score.false_positives)


@pytest.mark.parametrize("field", sorted(FIELD_FLOORS))
def test_field_floor(gold_score, field):
    assert gold_score.fields[field].total > 0
    errors = [e for e in gold_score.field_errors if e.field == field]
    assert gold_score.fields[field].accuracy >= FIELD_FLOORS[field], errors


def test_no_claim_from_not_claim_spans(gold_score):
    """ "February 24", "October 4", "a wartime" and the "Read more:" headlines yield nothing."""
    assert gold_score.not_claim_hits == []


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_every_predicted_span_slices_the_article(extractor, path):
    gold = load_gold(path)
    text = gold.text
    for claim in extractor(text, published=gold.published, doc_id=gold.doc_id):
        spans = [claim.sentence, claim.quantity, claim.cue, claim.via, *claim.dates]
        if claim.speaker is not None:
            spans.append(claim.speaker.mention)
        for span in (s for s in spans if s is not None):
            assert text[span.start_char : span.end_char] == span.text


def test_same_input_same_bytes(extractor, seed_text):
    first = [c.model_dump_json() for c in extractor(seed_text, published="2022-11-10")]
    second = [c.model_dump_json() for c in extractor(seed_text, published="2022-11-10")]
    assert first == second
    assert [c.quantity.start_char for c in extractor(seed_text)] == sorted(
        c.quantity.start_char for c in extractor(seed_text)
    )
