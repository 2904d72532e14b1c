"""The check-worthiness model (v3, v4, v5): a sentence part and a claim part, added as logits.

- the **sentence part** (``sentence_model.py``) learns from every labelled sentence;
- the **claim part** (``model.py`` without n-grams) learns from the claims alone, on what
  the record says (number kind, bound, magnitude, about, speaker, cue, quote, dates) and
  the sentence's word groups (hedges, comparisons, tense, person, a question, length).

The score of a claim is ``logistic(sentence_logit + weight * claim_logit)``; the weight (and
in v3 the sentence part's C; v4 averages over C) is chosen by leave-one-debate-out inside
the training debates (``selection.py``); v5 averages the weight too (the mean of its
grid). Saved as plain JSON (v5's ``models/checkworthy.v5.json`` was removed when v6
shipped; its config retrains it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .model import CheckworthyModel, Example, fit_model, read_json, save_compact
from .sentence_model import SentenceModel, fit_sentence_model

FORMAT = "claim-extractor/checkworthy-combined"


@dataclass(frozen=True)
class CombinedModel:
    """A sentence model and a claim model, and the weight of the claim model's logit."""

    name: str
    sentence: SentenceModel
    claim: CheckworthyModel
    weight: float
    training: Mapping[str, Any] = field(default_factory=dict)

    def linear(self, examples: Sequence[Example]) -> np.ndarray:
        """The summed logit of each example."""
        if not examples:
            return np.zeros(0)
        sentence = self.sentence.logit([example.text for example in examples])
        if not self.weight:
            return sentence
        return sentence + self.weight * self.claim.linear(examples)

    def score(self, examples: Sequence[Example]) -> np.ndarray:
        """One score in (0, 1) per claim: it ranks, it is not a calibrated probability."""
        return 1.0 / (1.0 + np.exp(-self.linear(examples)))

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "name": self.name,
            "training": dict(self.training),
            "weight": self.weight,
            "claim": self.claim.to_json(),
            "sentence": self.sentence.to_json(),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CombinedModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a combined check-worthiness model ({data.get('format')!r})")
        return cls(
            name=data["name"],
            sentence=SentenceModel.from_json(data["sentence"]),
            claim=CheckworthyModel.from_json(data["claim"]),
            weight=float(data["weight"]),
            training=data.get("training", {}),
        )

    def save(self, path: Path) -> None:
        save_compact(self.to_json(), path)

    @classmethod
    def load(cls, path: Path) -> CombinedModel:
        return cls.from_json(read_json(path))


def claim_config(config: Mapping[str, Any]) -> dict[str, Any]:
    """The settings ``fit_model`` reads, for the claim part (no n-grams)."""
    return {
        "name": f"{config['name']}-claim",
        "words": config["words"],
        "ngrams": {},
        "model": config["claim"],
    }


def fit_combined(
    sentences: tuple[Sequence[str], Sequence[int]],
    claims: tuple[Sequence[Example], Sequence[int]],
    *,
    config: Mapping[str, Any],
    C: float | tuple[float, ...],
    weight: float,
    seed: int,
    training: Mapping[str, Any] | None = None,
) -> CombinedModel:
    """Fit the sentence part on labelled sentences and the claim part on labelled claims."""
    texts, text_labels = sentences
    sentence = fit_sentence_model(texts, text_labels, settings=config["sentence"], C=C, seed=seed)
    examples, labels = claims
    claim = fit_model(
        examples,
        labels,
        config=claim_config(config),
        C=float(config["claim"]["C"]),
        seed=seed,
        use_ngrams=False,
    )
    return CombinedModel(
        name=config["name"],
        sentence=sentence,
        claim=claim,
        weight=weight,
        training={"C": C, "weight": weight, "seed": seed, **(training or {})},
    )
