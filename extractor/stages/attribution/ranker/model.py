"""The speaker ranker's weights: a linear model over named features, stored as JSON.

Scoring is a dot product over the features a candidate has, so running the model needs
neither scikit-learn nor code execution at load time (STYLE habit 17: JSON, not pickle).
The weights come from ``train.py`` (scikit-learn's LogisticRegression), the file is
``models/speaker_ranker.v3.json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..linear import linear_score, packaged_text, read_weights, weights_json

MODEL_FILE = "speaker_ranker.v3.json"
FORMAT = "claim-extractor/speaker-ranker/linear"


@dataclass(frozen=True)
class SpeakerRanker:
    """A linear scorer over named features: the candidate with the highest score wins."""

    weights: dict[str, float]
    intercept: float = 0.0
    meta: dict[str, Any] = field(default_factory=dict)
    # The rules are the claim spec: the ranker overrides their choice only when its pick
    # scores this much higher (a config value, not learned; see the model card).
    rule_margin: float = 0.0

    def score(self, features: dict[str, float]) -> float:
        """The candidate's score (log-odds that it is the right attribution)."""
        return linear_score(self.weights, self.intercept, features)

    def best(self, candidates: Sequence[Any]) -> Any:
        """The highest-scoring candidate (each has ``.features``; the first on ties),
        unless the rules' own choice (``rule_choice``, else "no speaker" when the rules
        found none) scores within ``rule_margin`` of it."""
        scores = [self.score(candidate.features) for candidate in candidates]
        best = max(range(len(scores)), key=lambda i: (scores[i], -i))
        rule = next(
            (i for i, c in enumerate(candidates) if c.features.get("rule_choice")),
            next((i for i, c in enumerate(candidates) if c.features.get("none&rule=none")), None),
        )
        if rule is not None and scores[best] < scores[rule] + self.rule_margin:
            return candidates[rule]
        return candidates[best]

    def to_json(self) -> str:
        """The weights as JSON, names sorted, so one training run writes one file."""
        return weights_json(
            FORMAT,
            meta=self.meta,
            intercept=self.intercept,
            weights=self.weights,
            rule_margin=self.rule_margin,
        )

    @classmethod
    def from_json(cls, text: str) -> SpeakerRanker:
        """Weights from JSON written by ``to_json``; anything else is a ModelError."""
        payload = read_weights(text, FORMAT, "speaker ranker weights")
        return cls(
            weights=payload["weights"],
            intercept=payload["intercept"],
            rule_margin=float(payload.get("rule_margin", 0.0)),
            meta=payload["meta"],
        )


@lru_cache(maxsize=1)
def load_speaker_ranker() -> SpeakerRanker:
    """The packaged ranker (``models/speaker_ranker.v3.json``), read once per process."""
    return SpeakerRanker.from_json(packaged_text(MODEL_FILE))
