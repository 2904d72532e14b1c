"""The queue's hand-written score before issue #16: kept as the reference it is measured by.

Until the learned model took its place, the queue added hand-written parts for who speaks
(a named official or institution first), what kind and size of number, how precise, and
how it is quoted. Against fact-checkers' labels that sum separates check-worthy claims
from the rest barely better than chance (AUC 0.58 on the 2018 debates), and added to the
model's score it pulled the queue's ranking below the model's own (README, "Ranking:
check-worthiness"). ``extract bench checkworthy`` reports it beside the model, as the
issue asks; the queue no longer uses it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ..checkworthy.features import is_money
from ..resources import load_resources
from .conflicts import significant_digits
from .dedup import _words, singular
from .ranking import recency_feature, spread_feature

# The weights the parts had in the queue, spread and recency included.
HAND_WEIGHTS = {
    "speaker": 0.125,
    "number": 0.10,
    "precision": 0.05,
    "quote": 0.075,
    "spread": 0.10,
    "recency": 0.05,
}
MAGNITUDE_SATURATION = 9  # log10: a billion scores 1


@dataclass(frozen=True)
class HandFeatures:
    """What the hand-written score read of a claim printed by ``outlets`` outlets."""

    speaker_name: str | None
    speaker_kind: str | None
    speaker_mention: str | None
    value: float | None
    low: float | None
    high: float | None
    bound: str
    unit: str | None
    quote: str
    outlets: int
    last_published: str | None


def hand_features(claim, *, outlets: int = 1) -> HandFeatures:
    """What the hand-written score reads of one ``Claim``."""
    q, speaker = claim.quantity, claim.speaker
    return HandFeatures(
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
    )


@lru_cache(maxsize=1)
def load_officials() -> dict[str, str]:
    """Word -> "title" | "institution" (``models/lexicons/officials.v1.tsv``)."""
    return dict(load_resources().officials)


def is_anonymous_speaker(features: HandFeatures) -> bool:
    """A group or nobody in particular: kind "group", no proper name ("officials", "a
    senior official"), or a plural head ("US officials"), whatever title it carries."""
    if features.speaker_kind == "group":
        return True
    name = features.speaker_name or ""
    if not any(word[:1].isupper() for word in name.split()):
        return True
    words = _words(name)
    return bool(words) and words[-1] != singular(words[-1]) and words[-1] in load_officials()


def speaker_feature(features: HandFeatures) -> float:
    if not features.speaker_name:
        return 0.0
    if is_anonymous_speaker(features):
        return 0.3  # "officials said" names no one who can be asked
    officials = load_officials()
    words = set(_words(features.speaker_name)) | set(_words(features.speaker_mention))
    if words & officials.keys():
        return 1.0
    return {"person": 0.6, "organization": 0.6, "place": 0.5}.get(features.speaker_kind or "", 0.3)


def number_feature(features: HandFeatures) -> float:
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


def precision_feature(features: HandFeatures) -> float:
    if features.bound == "range":
        return 0.8
    if features.bound in ("lower", "upper"):
        return 0.7
    if features.bound == "approx" or features.value is None:
        return 0.4
    return 1.0 if significant_digits(features.value) >= 3 else 0.6


def quote_feature(features: HandFeatures) -> float:
    return {"direct": 1.0, "indirect": 0.6}.get(features.quote, 0.0)


def hand_parts(features: HandFeatures, *, as_of: str | None) -> dict[str, float]:
    """Each hand-written part's value in [0, 1] (before weighting)."""
    return {
        "speaker": speaker_feature(features),
        "number": number_feature(features),
        "precision": precision_feature(features),
        "quote": quote_feature(features),
        "spread": spread_feature(features.outlets),
        "recency": recency_feature(features.last_published, as_of=as_of),
    }


def handwritten_score(features: HandFeatures, *, as_of: str | None) -> float:
    """The weighted sum of the hand-written parts, in [0, 1], rounded to 4 decimals."""
    parts = hand_parts(features, as_of=as_of)
    return round(sum(HAND_WEIGHTS[name] * value for name, value in parts.items()), 4)
