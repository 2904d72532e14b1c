"""Gold (hand-labelled fixtures) scored against floors that only rise.

Two sets, scored separately: the seed article must score 100% on everything, and the
Wikinews development set (fixtures/gold/wikinews_*.json, see fixtures/README.md) has its
own floors. The floors are the scores measured when they were set, rounded down to two
decimals: floors that only rise. Raise them as the extractor improves; never lower them,
and never edit gold to make a test pass.
"""

from __future__ import annotations

import pytest

from extractor.scoring import load_gold, score

from .conftest import FIXTURES

GOLD_FILES = sorted((FIXTURES / "gold").glob("*.json"))
SEED_FILES = [p for p in GOLD_FILES if not p.stem.startswith("wikinews_")]
WIKINEWS_FILES = [p for p in GOLD_FILES if p.stem.startswith("wikinews_")]

# The seed keeps 100% on detection and every field.
SEED_DETECTION_F1_FLOOR = 1.0
SEED_FIELD_FLOORS = {
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

# Wikinews dev set (26 articles, 217 scored claims): measured scores rounded down to two
# decimals when the set was labelled. Floors that only rise.
WIKINEWS_DETECTION_F1_FLOOR = 0.98  # 0.9864 (P 0.9731, R 1.0): names' numbers (was 0.9254)
WIKINEWS_FIELD_FLOORS = {
    "value": 0.98,  # 0.9862
    "bound": 0.97,  # 0.9724
    "unit": 0.98,  # 0.9821 (was 0.9124)
    "entity": 0.92,  # 0.9216 (issue #10: term adjectives "net profit"; was 0.9124)
    "speaker": 0.94,  # 0.9401 session 8 (#11 rules); 0.9263 with the margin-gated speaker ranker
    "via": 1.0,  # 1.0
    "quote": 0.95,  # 0.9539 session 8 (0.9447)
    "qualifiers": 0.53,  # 0.5346 session 10 (pronouns, measured names, models; was 0.4931)
    "property": 0.74,  # 0.7419 session 9 (frame nouns, worth, comparatives; was 0.6774)
    "dates": 0.89,  # 0.8983
}
# Predictions overlapping spans the Wikinews gold marks as not claims (model numbers, index
# names, a year): a ceiling that only falls.
WIKINEWS_NOT_CLAIM_HITS_CEILING = 8

SETS = {
    "seed": (SEED_FILES, SEED_DETECTION_F1_FLOOR, SEED_FIELD_FLOORS),
    "wikinews": (WIKINEWS_FILES, WIKINEWS_DETECTION_F1_FLOOR, WIKINEWS_FIELD_FLOORS),
}


@pytest.fixture(scope="module")
def set_scores(extractor):
    scores = {}
    for name, (files, _, _) in SETS.items():
        golds = [load_gold(path) for path in files]
        predicted = {
            g.doc_id: extractor(g.text, published=g.published, doc_id=g.doc_id) for g in golds
        }
        scores[name] = score(golds, predicted)
    return scores


def test_there_is_gold():
    assert SEED_FILES, "fixtures/gold/ has no seed gold file"
    assert len(WIKINEWS_FILES) >= 25, "the Wikinews dev set has fewer than 25 articles"


@pytest.mark.parametrize("name", sorted(SETS))
def test_detection_f1_floor(set_scores, name):
    result = set_scores[name]
    assert result.f1 >= SETS[name][1], (result.misses, result.false_positives)


@pytest.mark.parametrize(
    ("name", "field"),
    [(name, field) for name in sorted(SETS) for field in sorted(SETS[name][2])],
)
def test_field_floor(set_scores, name, field):
    result = set_scores[name]
    assert result.fields[field].total > 0
    errors = [e for e in result.field_errors if e.field == field]
    assert result.fields[field].accuracy >= SETS[name][2][field], errors


def test_no_claim_from_not_claim_spans(set_scores):
    """ "February 24", "October 4", "a wartime" and the "Read more:" headlines yield nothing."""
    assert set_scores["seed"].not_claim_hits == []


def test_wikinews_not_claim_hits_ceiling(set_scores):
    hits = set_scores["wikinews"].not_claim_hits
    assert len(hits) <= WIKINEWS_NOT_CLAIM_HITS_CEILING, hits


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
