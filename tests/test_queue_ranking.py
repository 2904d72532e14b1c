"""Queue ranking: the learned claim score plus what only the queue knows, within [0, 1].

The queue's score is the check-worthiness model's score of an item's records (tested on
fact-checkers' labels: ``tests/test_checkworthy_bench.py`` and the bench) plus spread,
recency and conflicts. The hand-written parts it used to add are kept only as the bench's
reference (``extractor/queue/handwritten.py``): their ordered pairs are checked here
against that reference.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from extractor.queue.handwritten import hand_features, hand_parts, handwritten_score
from extractor.queue.ranking import (
    RANKING,
    WEIGHTS,
    RankFeatures,
    check_worthiness,
    explain,
    score_parts,
)

from .queue_support import make_claim

AS_OF = "2022-11-10"


def item(claim=0.5, *, outlets=1, published=AS_OF, conflicts=0) -> RankFeatures:
    return RankFeatures(claim=claim, outlets=outlets, last_published=published, conflicts=conflicts)


# -- the queue's parts: each moves the score the intended way ------------------------------

QUEUE_PAIRS = [
    ("a higher model score ranks higher", item(0.8), item(0.3)),
    ("printed by more outlets ranks higher", item(outlets=5), item(outlets=1)),
    ("recent beats old", item(published=AS_OF), item(published="2022-06-01")),
    ("a dated claim beats an undated one", item(published=AS_OF), item(published=None)),
    ("a linked conflict ranks higher", item(conflicts=1), item(conflicts=0)),
]


@pytest.mark.parametrize(
    ("reason", "higher", "lower"), QUEUE_PAIRS, ids=[pair[0] for pair in QUEUE_PAIRS]
)
def test_queue_parts_order_pairs(reason, higher, lower):
    assert check_worthiness(higher, as_of=AS_OF) > check_worthiness(lower, as_of=AS_OF), reason


def test_the_model_score_weighs_most_and_the_weights_sum_to_one():
    assert set(WEIGHTS) == {"claim", "spread", "recency", "conflicts"}
    assert sum(WEIGHTS.values()) == pytest.approx(1.0)
    assert max(WEIGHTS, key=WEIGHTS.get) == "claim"
    # The model decides most of the order: the queue's own parts together weigh less.
    assert WEIGHTS["claim"] > WEIGHTS["spread"] + WEIGHTS["recency"] + WEIGHTS["conflicts"]
    assert "checkworthy.v8" in RANKING


def test_scores_stay_in_range():
    for features in (item(1.0, outlets=50, conflicts=3), item(0.0, published=None), item(1.7)):
        assert 0.0 <= check_worthiness(features, as_of=AS_OF) <= 1.0
    assert explain(item(1.7), as_of=AS_OF)["claim"] == 1.0


def test_a_linked_conflict_ranks_higher_by_its_weight():
    alone = check_worthiness(item(), as_of=AS_OF)
    disputed = check_worthiness(item(conflicts=2), as_of=AS_OF)
    assert disputed == pytest.approx(alone + WEIGHTS["conflicts"])


def test_score_parts_add_up_and_say_why():
    features = replace(item(0.6, outlets=3, conflicts=1), claim_reason="model, its record")
    parts = score_parts(features, as_of=AS_OF)
    by_name = {part.name: part for part in parts}
    assert [part.name for part in parts] == list(WEIGHTS)
    assert sum(part.points for part in parts) == pytest.approx(
        check_worthiness(features, as_of=AS_OF), abs=1e-4
    )
    assert by_name["claim"].points == pytest.approx(0.6 * WEIGHTS["claim"])
    assert by_name["claim"].reason == "model, its record"
    assert by_name["conflicts"].reason == "1 conflicting item(s)"
    assert by_name["spread"].reason == "3 outlet(s)"
    assert by_name["recency"].reason == "last printed 2022-11-10, newest in queue 2022-11-10"


# -- the hand-written reference (the bench's "hand-written" row) ---------------------------

HAND_PAIRS = [
    (
        "official beats anonymous",
        make_claim("a", mention="Defence Minister Sergei Shoigu", speaker="Sergei Shoigu"),
        make_claim("b", speaker=None),
    ),
    (
        "official beats an unnamed group",
        make_claim("a", speaker="Ministry of Defence", kind="organization"),
        make_claim("b", speaker="residents", kind="group"),
    ),
    ("money beats a count", make_claim("a", 3.2e9, unit="USD"), make_claim("b", 3.2e9)),
    (
        "percent beats a distance",
        make_claim("a", 12, unit="percent"),
        make_claim("b", 12, unit="kilometre"),
    ),
    ("a billion beats a dozen", make_claim("a", 1e9), make_claim("b", 12)),
    ("precise beats approximate", make_claim("a", 5937), make_claim("b", 5937, bound="approx")),
    (
        "a range beats an approximation",
        make_claim("a", None, low=15e6, high=30e6, bound="range", text="15 to 30 million"),
        make_claim("b", 15e6, bound="approx"),
    ),
    (
        "a direct quote beats reported speech",
        make_claim("a", quote="direct"),
        make_claim("b", quote="indirect"),
    ),
    (
        "recent beats old",
        make_claim("a", published="2022-11-10"),
        make_claim("b", published="2022-06-01"),
    ),
]


@pytest.mark.parametrize(
    ("reason", "higher", "lower"), HAND_PAIRS, ids=[pair[0] for pair in HAND_PAIRS]
)
def test_handwritten_reference_pairs(reason, higher, lower):
    assert handwritten_score(hand_features(higher), as_of=AS_OF) > handwritten_score(
        hand_features(lower), as_of=AS_OF
    ), reason


@pytest.mark.parametrize(
    ("name", "kind", "mention", "score"),
    [
        ("officials", "group", "officials", 0.3),
        ("US officials", "organization", "US officials", 0.3),
        ("a senior official", "person", "a senior official", 0.3),
        ("Ministry of Defence", "organization", "the Ministry of Defence", 1.0),
        ("Sergei Shoigu", "person", "Defence Minister Sergei Shoigu", 1.0),
        ("Mark Milley", "person", "Mark Milley", 0.6),
    ],
)
def test_handwritten_speaker_part(name, kind, mention, score):
    claim = make_claim("a", speaker=name, kind=kind, mention=mention)
    assert hand_parts(hand_features(claim), as_of=None)["speaker"] == score
