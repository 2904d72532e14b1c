"""Check-worthiness: which queue items a fact-checker should see first, a score in [0, 1].

The score is a weighted sum of seven features, each in [0, 1], computed only from what the
claim records say (README, "Claim queue: ranking"). ``claim`` is the learned
check-worthiness model (``extractor/checkworthy``, ``models/checkworthy.v1.json``, trained
on fact-checkers' labels), the highest over the item's records; the six hand-written
features keep their old proportions (scaled by 0.6), so with ``claim`` at 0 they order
items as before:

=========== ====== ================================================================
feature     weight 1.0 when ...
=========== ====== ================================================================
claim       0.40   the model's score of the records (the highest over the appearances)
speaker     0.15   a named official or institution (``officials.v1.tsv``); 0.6 another
                   named person or organisation, 0.5 a place (a government by
                   metonym: "Moscow"), 0.3 a group, an anonymous or plural mention
                   ("officials", "a senior official") or unknown kind, 0 no speaker
number      0.12   half kind (money 1, percent 0.8, a count 0.6, another unit 0.4),
                   half magnitude (log10 of the value over 9: a billion scores 1)
precision   0.06   an exact number with 3+ significant digits (5,937); a range 0.8,
                   a bound 0.7, a round exact number 0.6, an approximation 0.4
quote       0.09   a direct quote in some appearance; 0.6 reported speech; 0 none
spread      0.12   8+ outlets print it (log2 of the outlet count over 3; one outlet 0)
recency     0.06   published on the queue's newest day, halving every 30 days; 0 undated
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

WEIGHTS = {
    "claim": 0.40,
    "speaker": 0.15,
    "number": 0.12,
    "precision": 0.06,
    "quote": 0.09,
    "spread": 0.12,
    "recency": 0.06,
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
    size = max(abs(x) for x in (features.value, features.low, features.high, 0.0) if x is not None)
    magnitude = min(1.0, math.log10(size) / MAGNITUDE_SATURATION) if size > 1 else 0.0
    return 0.5 * kind + 0.5 * magnitude


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
    }


def check_worthiness(features: RankFeatures, *, as_of: str | None) -> float:
    """The weighted sum of the features: a score in [0, 1], rounded to 4 decimals."""
    parts = explain(features, as_of=as_of)
    total = sum(WEIGHTS[name] * value for name, value in parts.items())
    return round(min(1.0, max(0.0, total)), 4)
