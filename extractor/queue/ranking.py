"""Check-worthiness: which queue items a fact-checker should see first, a score in [0, 1].

The score is a weighted sum of eight features, each in [0, 1] (README, "Claim queue:
ranking"). ``claim`` is the learned check-worthiness model (``extractor/checkworthy``,
``models/checkworthy.v7.json``, trained on fact-checkers' labels), the highest over the
item's records. ``spread``, ``recency`` and ``conflicts`` are what only the queue knows
(outlets repeating the claim, how new it is, other items that contradict it). The six
hand-written features keep their first proportions (scaled by 5/6 to make room for
``conflicts``), so with ``claim`` and ``conflicts`` at 0 they order items as before:

=========== ====== ================================================================
feature     weight 1.0 when ...
=========== ====== ================================================================
claim       0.40   the model's score of the records (the highest over the appearances)
speaker     0.125  a named official or institution (``officials.v1.tsv``); 0.6 another
                   named person or organisation, 0.5 a place (a government by
                   metonym: "Moscow"), 0.3 a group, an anonymous or plural mention
                   ("officials", "a senior official") or unknown kind, 0 no speaker
number      0.10   half kind (money 1, percent 0.8, a count 0.6, another unit 0.4),
                   half magnitude (log10 of the value over 9: a billion scores 1)
precision   0.05   an exact number with 3+ significant digits (5,937); a range 0.8,
                   a bound 0.7, a round exact number 0.6, an approximation 0.4
quote       0.075  a direct quote in some appearance; 0.6 reported speech; 0 none
spread      0.10   8+ outlets print it (log2 of the outlet count over 3; one outlet 0)
recency     0.05   published on the queue's newest day, halving every 30 days; 0 undated
conflicts   0.10   another item gives a conflicting number for the same thing
                   (``conflicts.py``); 0 without a linked conflict
=========== ====== ================================================================

Recency is measured against the newest publication date in the queue (``as_of``), never
against today, so the same feeds give the same ranking on any day.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ..resources import load_resources
from .dedup import _words, parse_day, singular
from .models import QueueItem

WEIGHTS = {
    "claim": 0.40,
    "speaker": 0.125,
    "number": 0.10,
    "precision": 0.05,
    "quote": 0.075,
    "spread": 0.10,
    "recency": 0.05,
    "conflicts": 0.10,
}
RECENCY_HALF_LIFE_DAYS = 30
SPREAD_SATURATION = 8  # outlets at which spread scores 1
MAGNITUDE_SATURATION = 9  # log10: a billion scores 1
_MONEY_NAMES = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rupee", "ruble", "rouble"})
_QUOTE_RANK = {"none": 0, "indirect": 1, "direct": 2}


@dataclass(frozen=True)
class RankFeatures:
    """What ranking reads of a queue item (its first record plus its appearances)."""

    speaker_name: str | None
    speaker_kind: str | None
    speaker_mention: str | None
    value: float | None
    low: float | None
    high: float | None
    bound: str
    unit: str | None
    quote: str  # the strongest over the appearances: direct > indirect > none
    outlets: int
    last_published: str | None
    claim: float = 0.0  # the check-worthiness model's score of the records (claim_score)
    conflicts: int = 0  # items linked to this one as giving a conflicting number


def claim_score(records) -> float:
    """The check-worthiness model's score of an item: the highest over its records
    (``Claim`` objects, dicts or JSON text)."""
    from ..checkworthy.score import claim_score as score_records

    return score_records(records)


@lru_cache(maxsize=1)
def load_officials() -> dict[str, str]:
    """Word -> "title" | "institution" (``models/lexicons/officials.v1.tsv``)."""
    return dict(load_resources().officials)


def strongest_quote(quotes: list[str]) -> str:
    return max(quotes, key=lambda quote: _QUOTE_RANK.get(quote, 0), default="none")


def is_money(unit: str | None) -> bool:
    if not unit:
        return False
    return (len(unit) == 3 and unit.isalpha() and unit.isupper()) or unit.lower() in _MONEY_NAMES


def significant_digits(value: float) -> int:
    digits = f"{abs(value):.12g}".split("e")[0].replace(".", "").lstrip("0").rstrip("0")
    return max(len(digits), 1)


def is_anonymous_speaker(features: RankFeatures) -> bool:
    """A group or nobody in particular: kind "group", no proper name ("officials", "a
    senior official"), or a plural head ("US officials"), whatever title it carries."""
    if features.speaker_kind == "group":
        return True
    name = features.speaker_name or ""
    if not any(word[:1].isupper() for word in name.split()):
        return True
    words = _words(name)
    return bool(words) and words[-1] != singular(words[-1]) and words[-1] in load_officials()


def speaker_feature(features: RankFeatures) -> float:
    if not features.speaker_name:
        return 0.0
    if is_anonymous_speaker(features):
        # The README's 0.3 for a group: "officials said" names no one who can be asked.
        return 0.3
    officials = load_officials()
    words = set(_words(features.speaker_name)) | set(_words(features.speaker_mention))
    if words & officials.keys():
        return 1.0
    return {"person": 0.6, "organization": 0.6, "place": 0.5}.get(features.speaker_kind or "", 0.3)


def number_feature(features: RankFeatures) -> float:
    if is_money(features.unit):
        kind = 1.0
    elif features.unit in ("percent", "percentage point"):
        kind = 0.8
    elif features.unit is None:
        kind = 0.6
    else:
        kind = 0.4
    size = _size(features)
    magnitude = min(1.0, math.log10(size) / MAGNITUDE_SATURATION) if size > 1 else 0.0
    return 0.5 * kind + 0.5 * magnitude


def _size(features: RankFeatures) -> float:
    return max(abs(x) for x in (features.value, features.low, features.high, 0.0) if x is not None)


def precision_feature(features: RankFeatures) -> float:
    if features.bound == "range":
        return 0.8
    if features.bound in ("lower", "upper"):
        return 0.7
    if features.bound == "approx" or features.value is None:
        return 0.4
    return 1.0 if significant_digits(features.value) >= 3 else 0.6


def quote_feature(features: RankFeatures) -> float:
    return {"direct": 1.0, "indirect": 0.6}.get(features.quote, 0.0)


def spread_feature(features: RankFeatures) -> float:
    if features.outlets <= 1:
        return 0.0
    return min(1.0, math.log2(features.outlets) / math.log2(SPREAD_SATURATION))


def recency_feature(features: RankFeatures, *, as_of: str | None) -> float:
    published, newest = parse_day(features.last_published), parse_day(as_of)
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
        "speaker": speaker_feature(features),
        "number": number_feature(features),
        "precision": precision_feature(features),
        "quote": quote_feature(features),
        "spread": spread_feature(features),
        "recency": recency_feature(features, as_of=as_of),
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


def _number_text(number: float) -> str:
    """2,200,000,000 rather than 2.2e+09; 0.5 as written."""
    return f"{number:,.0f}" if float(number).is_integer() else f"{number:,.6g}"


def _speaker_reason(features: RankFeatures, value: float) -> str:
    if not features.speaker_name:
        return "no speaker: the article's own number"
    what = {
        1.0: "a named official or institution",
        0.6: "a named person or organisation",
        0.5: "a place (a government)",
    }.get(value, "a group, anonymous or unknown")
    return f"{features.speaker_name}: {what}"


def reasons(features: RankFeatures, *, as_of: str | None) -> dict[str, str]:
    """What each feature read of the item, in a few words."""
    parts = explain(features, as_of=as_of)
    unit = features.unit or "a count"
    published = features.last_published
    age = (
        f"last printed {published[:10]}, newest in queue {as_of[:10]}"
        if published and as_of
        else "undated"
    )
    return {
        "claim": "check-worthiness model, best of the records",
        "speaker": _speaker_reason(features, parts["speaker"]),
        "number": f"{unit}, size {_number_text(_size(features))}",
        "precision": f"bound {features.bound}",
        "quote": f"strongest quote: {features.quote}",
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


def claim_features(claim, *, outlets: int = 1, conflicts: int = 0) -> RankFeatures:
    """What ranking reads of one ``Claim`` as an item printed by ``outlets`` outlets,
    without the model's score (``claim`` 0.0)."""
    q, speaker = claim.quantity, claim.speaker
    return RankFeatures(
        speaker_name=speaker.name if speaker else None,
        speaker_kind=speaker.kind if speaker else None,
        speaker_mention=speaker.mention.text if speaker else None,
        value=q.value,
        low=q.low,
        high=q.high,
        bound=q.bound,
        unit=q.unit,
        quote=claim.quote,
        outlets=outlets,
        last_published=claim.published,
        conflicts=conflicts,
    )


def item_features(item: QueueItem) -> RankFeatures:
    """What ranking reads of a full queue item (``get_item``: appearances included)."""
    return RankFeatures(
        speaker_name=item.speaker,
        speaker_kind=item.speaker_kind,
        speaker_mention=item.speaker_mention,
        value=item.value,
        low=item.low,
        high=item.high,
        bound=item.bound,
        unit=item.unit,
        quote=item.quote,
        outlets=item.outlets,
        last_published=item.last_published,
        claim=claim_score([appearance.claim for appearance in item.appearances]),
        conflicts=item.conflict_count,
    )
