"""Queue ranking: check-worthiness orders pairs of claims as a checker would, within [0, 1]."""

from __future__ import annotations

import pytest

from extractor.queue.ranking import (
    WEIGHTS,
    check_worthiness,
    claim_features,
    explain,
    score_parts,
)

from .queue_support import make_claim

# -- ranking pairs: the first claim of each pair ranks above the second ------------------


features = claim_features  # what ranking reads of a claim as a one-record item


RANKING_PAIRS = [
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
        "a bound beats an approximation",
        make_claim("a", 100000, bound="lower"),
        make_claim("b", 100000, bound="approx"),
    ),
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
        "reported speech beats no attribution",
        make_claim("a", quote="indirect"),
        make_claim("b", quote="none"),
    ),
    (
        "recent beats old",
        make_claim("a", published="2022-11-10"),
        make_claim("b", published="2022-06-01"),
    ),
]


@pytest.mark.parametrize(
    ("reason", "higher", "lower"), RANKING_PAIRS, ids=[pair[0] for pair in RANKING_PAIRS]
)
def test_ranking_pairs(reason, higher, lower):
    as_of = "2022-11-10"
    assert check_worthiness(features(higher), as_of=as_of) > check_worthiness(
        features(lower), as_of=as_of
    ), reason


def test_ranking_spread_and_range():
    claim = make_claim("a")
    assert check_worthiness(features(claim, outlets=5), as_of="2022-11-10") > check_worthiness(
        features(claim), as_of="2022-11-10"
    )
    best = make_claim(
        "a", 5.937e9, unit="USD", quote="direct", mention="President Joe Biden", speaker="Joe Biden"
    )
    for score in (
        check_worthiness(features(best, outlets=50), as_of="2022-11-10"),
        check_worthiness(
            features(make_claim("b", 0, speaker=None, quote="none", published=None)), as_of=None
        ),
    ):
        assert 0.0 <= score <= 1.0
    assert set(explain(features(best), as_of=None)) == {
        "claim",
        "speaker",
        "number",
        "precision",
        "quote",
        "spread",
        "recency",
        "conflicts",
    }


@pytest.mark.parametrize(
    ("name", "kind", "mention", "score"),
    [
        ("officials", "group", "officials", 0.3),
        ("officials", "unknown", "officials", 0.3),
        ("US officials", "organization", "US officials", 0.3),
        ("a senior official", "person", "a senior official", 0.3),
        ("residents", "group", "residents", 0.3),
        ("Ministry of Defence", "organization", "the Ministry of Defence", 1.0),
        ("Sergei Shoigu", "person", "Defence Minister Sergei Shoigu", 1.0),
        ("Mark Milley", "person", "Mark Milley", 0.6),
    ],
)
def test_speaker_score_of_groups_and_anonymous_officials(name, kind, mention, score):
    # Issue #15 item 13: "officials said" scored 1.0, though the README gives a group 0.3.
    claim = make_claim("a", speaker=name, kind=kind, mention=mention)
    assert explain(features(claim), as_of=None)["speaker"] == score


def test_a_linked_conflict_ranks_higher_by_its_weight():
    claim = make_claim("a")
    alone = check_worthiness(features(claim), as_of="2022-11-10")
    disputed = check_worthiness(features(claim, conflicts=2), as_of="2022-11-10")
    assert disputed == pytest.approx(alone + WEIGHTS["conflicts"])
    assert explain(features(claim, conflicts=1), as_of=None)["conflicts"] == 1.0


def test_hand_written_weights_keep_their_proportions():
    # Issue #16: room for conflicts was made by scaling the six hand-written features by
    # 5/6, so without a conflict they order items exactly as before (0.15, 0.12, ...).
    before = {"speaker": 0.15, "number": 0.12, "precision": 0.06, "quote": 0.09}
    before |= {"spread": 0.12, "recency": 0.06}
    assert {name: WEIGHTS[name] for name in before} == pytest.approx(
        {name: weight * 5 / 6 for name, weight in before.items()}
    )
    assert sum(WEIGHTS.values()) == pytest.approx(1.0) and WEIGHTS["claim"] == 0.40


def test_score_parts_add_up_and_say_why():
    claim = make_claim("a", 5937, mention="Defence Minister Sergei Shoigu", speaker="Sergei Shoigu")
    parts = score_parts(features(claim, outlets=3, conflicts=1), as_of="2022-11-10")
    by_name = {part.name: part for part in parts}
    assert [part.name for part in parts] == list(WEIGHTS)
    assert sum(part.points for part in parts) == pytest.approx(
        check_worthiness(features(claim, outlets=3, conflicts=1), as_of="2022-11-10"), abs=1e-4
    )
    assert by_name["conflicts"].reason == "1 conflicting item(s)"
    assert by_name["conflicts"].points == pytest.approx(0.10)
    assert by_name["spread"].reason == "3 outlet(s)"
    assert by_name["number"].reason == "a count, size 5,937"
    assert by_name["speaker"].reason == "Sergei Shoigu: a named official or institution"
    assert by_name["recency"].reason == "last printed 2022-11-10, newest in queue 2022-11-10"
