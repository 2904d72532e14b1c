"""Check-worthiness: which queue items a fact-checker should see first, a score in [0, 1].

The score is a weighted sum of four features, each in [0, 1] (README, "Ranking:
check-worthiness"). ``claim`` is the learned check-worthiness model
(``extractor/checkworthy``, ``models/checkworthy.v8.json``, trained on fact-checkers'
labels): the mean over the item's records of what the record and its sentence say
(the number's kind, bound and size, what it is about, the sentence's words); a record of
a speaker who asks in its article (a moderator's figure, put in a question:
``checkworthy/roles.py``, read from all of the article's queued records) scores 0. ``spread``,
``recency`` and ``conflicts`` are what only the queue knows (issue #16): outlets repeating
the claim, how new it is, other items that contradict it.

=========== ====== ================================================================
feature     weight 1.0 when ...
=========== ====== ================================================================
claim       0.75   the model's score of the records (the mean over the appearances)
spread      0.10   8+ outlets print it (log2 of the outlet count over 3; one outlet 0)
recency     0.05   published on the queue's newest day, halving every 30 days; 0 undated
conflicts   0.10   another item gives a conflicting number for the same thing
                   (``conflicts.py``); 0 without a linked conflict
=========== ====== ================================================================

The hand-written parts the queue used to add (who speaks, the kind of number, its
precision, the quote) are gone from the score: against fact-checkers' labels they ranked
worse than the model alone and pulled the sum below it (``handwritten.py`` keeps them as
the bench's reference). ``claim`` took their weight; the queue's own parts kept theirs.

Recency is measured against the newest publication date in the queue (``as_of``), never
against today, so the same feeds give the same ranking on any day.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .dedup import parse_day
from .models import QueueItem

WEIGHTS = {
    "claim": 0.75,
    "spread": 0.10,
    "recency": 0.05,
    "conflicts": 0.10,
}
# Stored in a queue's meta: a queue scored by another formula or model is rescored once
# by its next feed.
RANKING = (
    "claim 0.75 (checkworthy.v8, mean of records, askers' left out), spread 0.10,"
    " recency 0.05, conflicts 0.10"
)
RECENCY_HALF_LIFE_DAYS = 30
SPREAD_SATURATION = 8  # outlets at which spread scores 1
_QUOTE_RANK = {"none": 0, "indirect": 1, "direct": 2}


@dataclass(frozen=True)
class RankFeatures:
    """What ranking reads of a queue item: the model's score of its records, and what the
    queue knows of its appearances."""

    claim: float  # the check-worthiness model's score of the records (claim_score)
    outlets: int
    last_published: str | None
    conflicts: int = 0  # items linked to this one as giving a conflicting number
    claim_reason: str = "check-worthiness model, mean of the records"


def claim_score(records, *, askers=None) -> float:
    """The check-worthiness model's score of an item: the mean over its records
    (``Claim`` objects, dicts or JSON text); with ``askers`` (who asks in each article),
    the records of speakers who ask score 0."""
    from ..checkworthy.score import claim_score as score_records

    return score_records(records, askers=askers)


def strongest_quote(quotes: list[str]) -> str:
    return max(quotes, key=lambda quote: _QUOTE_RANK.get(quote, 0), default="none")


def spread_feature(outlets: int) -> float:
    """How many outlets print it: 0 for one, 1 for ``SPREAD_SATURATION`` or more."""
    if outlets <= 1:
        return 0.0
    return min(1.0, math.log2(outlets) / math.log2(SPREAD_SATURATION))


def recency_feature(last_published: str | None, *, as_of: str | None) -> float:
    """1 on the queue's newest day, halving every ``RECENCY_HALF_LIFE_DAYS``; 0 undated."""
    published, newest = parse_day(last_published), parse_day(as_of)
    if published is None or newest is None:
        return 0.0
    age = max((newest - published).days, 0)
    return 0.5 ** (age / RECENCY_HALF_LIFE_DAYS)


def conflicts_feature(features: RankFeatures) -> float:
    """1.0 when another item contradicts this one: a checker settles both at once."""
    return 1.0 if features.conflicts > 0 else 0.0


def explain(features: RankFeatures, *, as_of: str | None) -> dict[str, float]:
    """Each feature's value in [0, 1] (before weighting)."""
    return {
        "claim": min(1.0, max(0.0, features.claim)),
        "spread": spread_feature(features.outlets),
        "recency": recency_feature(features.last_published, as_of=as_of),
        "conflicts": conflicts_feature(features),
    }


def check_worthiness(features: RankFeatures, *, as_of: str | None) -> float:
    """The weighted sum of the features: a score in [0, 1], rounded to 4 decimals."""
    parts = explain(features, as_of=as_of)
    total = sum(WEIGHTS[name] * value for name, value in parts.items())
    return round(min(1.0, max(0.0, total)), 4)


@dataclass(frozen=True)
class ScorePart:
    """One feature's share of an item's score, with what it read ("why is this here")."""

    name: str
    value: float  # in [0, 1]
    weight: float
    reason: str

    @property
    def points(self) -> float:
        return self.value * self.weight


def reasons(features: RankFeatures, *, as_of: str | None) -> dict[str, str]:
    """What each feature read of the item, in a few words."""
    published = features.last_published
    age = (
        f"last printed {published[:10]}, newest in queue {as_of[:10]}"
        if published and as_of
        else "undated"
    )
    return {
        "claim": features.claim_reason,
        "spread": f"{features.outlets} outlet(s)",
        "recency": age,
        "conflicts": f"{features.conflicts} conflicting item(s)"
        if features.conflicts
        else "no conflicting item",
    }


def score_parts(features: RankFeatures, *, as_of: str | None) -> list[ScorePart]:
    """Each feature's value, weight, points and reason, in ``WEIGHTS`` order."""
    values, why = explain(features, as_of=as_of), reasons(features, as_of=as_of)
    return [ScorePart(name, values[name], WEIGHTS[name], why[name]) for name in WEIGHTS]


def item_features(item: QueueItem) -> RankFeatures:
    """What ranking reads of a full queue item (``get_item``: appearances included), with
    what the model read in its best record."""
    from ..checkworthy.score import scored_with_reason

    claim, reason = scored_with_reason(
        (appearance.claim for appearance in item.appearances), askers=item.askers
    )
    return RankFeatures(
        claim=claim,
        outlets=item.outlets,
        last_published=item.last_published,
        conflicts=item.conflict_count,
        claim_reason=reason,
    )
