"""The speaker ranker's weights: a linear model over named features, stored as JSON.

Scoring is a dot product over the features a candidate has, so running the model needs
neither scikit-learn nor code execution at load time (STYLE habit 17: JSON, not pickle).
The weights come from ``train.py`` (scikit-learn's LogisticRegression), the file is
``models/speaker_ranker.v1.json``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as package_data
from typing import Any

from ....errors import ModelError

MODEL_PACKAGE = "extractor.models"
MODEL_FILE = "speaker_ranker.v1.json"
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
        get = self.weights.get
        return self.intercept + sum(value * get(name, 0.0) for name, value in features.items())

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
        payload = {
            "format": FORMAT,
            "version": 1,
            "meta": self.meta,
            "intercept": round(self.intercept, 8),
            "rule_margin": self.rule_margin,
            "weights": {name: round(w, 8) for name, w in sorted(self.weights.items()) if w},
        }
        return json.dumps(payload, indent=1, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> SpeakerRanker:
        """Weights from JSON written by ``to_json``; anything else is a ModelError."""
        try:
            payload = json.loads(text)
        except json.JSONDecodeError as err:
            raise ModelError(f"speaker ranker weights are not JSON ({err})") from err
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            raise ModelError(f"speaker ranker weights: expected format {FORMAT!r}")
        weights = payload.get("weights")
        if not isinstance(weights, dict) or not weights:
            raise ModelError("speaker ranker weights: no weights")
        return cls(
            weights={str(k): float(v) for k, v in weights.items()},
            intercept=float(payload.get("intercept", 0.0)),
            rule_margin=float(payload.get("rule_margin", 0.0)),
            meta=dict(payload.get("meta", {})),
        )


@lru_cache(maxsize=1)
def load_speaker_ranker() -> SpeakerRanker:
    """The packaged ranker (``models/speaker_ranker.v1.json``), read once per process."""
    try:
        text = package_data.files(MODEL_PACKAGE).joinpath(MODEL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, IsADirectoryError) as err:
        raise ModelError(f"{MODEL_FILE} is missing from models/ ({err})") from err
    return SpeakerRanker.from_json(text)
