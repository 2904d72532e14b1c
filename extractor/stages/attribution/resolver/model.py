"""The mention resolver's weights: a linear scorer over named pair features, as JSON.

Like the speaker ranker (``ranker/model.py``), running it is a dot product: no
scikit-learn and no code execution at load time. The weights come from ``train.py``
(scikit-learn's LogisticRegression on GUM), the file is ``models/mention_resolver.v1.json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Span

from ..linear import linear_score, packaged_text, read_weights, weights_json
from ..resolved import History, Resolved
from .anaphora import (
    Anaphor,
    Antecedent,
    Sentences,
    find_anaphor,
    find_antecedents,
    most_recent_compatible,
    null_features,
    pair_features,
)

MODEL_FILE = "mention_resolver.v1.json"
FORMAT = "claim-extractor/mention-resolver/linear"


def candidate_features(
    anaphor: Anaphor, candidates: Sequence[Antecedent], sentences: Sentences
) -> list[dict[str, float]]:
    """The pair features of each candidate (most recent first) for ``anaphor``, then
    those of "none of them" (last)."""
    features, compatible = [], 0
    for recency, candidate in enumerate(candidates):
        fits = candidate.resolved.kind in anaphor.kinds
        features.append(
            pair_features(
                anaphor,
                candidate,
                recency=recency,
                compatible_rank=compatible if fits else None,
                sentences=sentences,
            )
        )
        compatible += fits
    features.append(null_features(anaphor, candidates))
    return features


@dataclass(frozen=True)
class MentionResolver:
    """A linear scorer of (anaphor, antecedent) pairs: the best-scoring candidate wins."""

    weights: dict[str, float]
    intercept: float = 0.0
    meta: dict[str, Any] = field(default_factory=dict)
    # The anaphor categories it resolves at run time (those where it beat the rules in
    # cross-validation); the rules resolve the others.
    categories: tuple[str, ...] = ("he", "she", "they", "it", "description")

    def score(self, features: dict[str, float]) -> float:
        return linear_score(self.weights, self.intercept, features)

    def choose_index(self, features: Sequence[dict[str, float]]) -> int:
        """The index of the best-scoring option (the most recent on ties; the last is
        "none of them")."""
        scores = [self.score(f) for f in features]
        return max(range(len(scores)), key=lambda i: (scores[i], -i))

    def choose(
        self, anaphor: Anaphor, candidates: Sequence[Antecedent], sentences: Sentences
    ) -> Antecedent | None:
        """The antecedent of ``anaphor`` among ``candidates``; None for none of them."""
        if not candidates:
            return None
        index = self.choose_index(candidate_features(anaphor, candidates, sentences))
        return candidates[index] if index < len(candidates) else None

    def resolve(self, mention: Span, position: int, history: History, context) -> Resolved | None:
        """What ``mention`` (at ``position``) refers to, when it is an anaphor and one of
        its candidates wins; ``context`` is (name records, sentences, resources)."""
        records, sentences, resources = context
        anaphor = find_anaphor(
            mention, position=position, sentence=sentences.index(position), resources=resources
        )
        if anaphor is None or anaphor.category not in self.categories:
            return None
        candidates = find_antecedents(
            records,
            history,
            position=position,
            first_names=resources.first_names,
            kinds=anaphor.kinds,
            plural=anaphor.category == "they",
        )
        chosen = self.choose(anaphor, candidates, sentences)
        return chosen.resolved if chosen is not None else None

    def to_json(self) -> str:
        """The weights as JSON, names sorted, so one training run writes one file."""
        return weights_json(
            FORMAT,
            meta=self.meta,
            intercept=self.intercept,
            weights=self.weights,
            categories=list(self.categories),
        )

    @classmethod
    def from_json(cls, text: str) -> MentionResolver:
        """Weights from JSON written by ``to_json``; anything else is a ModelError."""
        payload = read_weights(text, FORMAT, "mention resolver weights")
        return cls(
            weights=payload["weights"],
            intercept=payload["intercept"],
            meta=payload["meta"],
            categories=tuple(str(c) for c in payload.get("categories", ())),
        )


class RecentCompatible:
    """The baseline as a resolver: the most recent candidate of a compatible kind."""

    def choose(
        self, anaphor: Anaphor, candidates: Sequence[Antecedent], sentences: Sentences
    ) -> Antecedent | None:
        index = most_recent_compatible(anaphor, candidates)
        return None if index is None else candidates[index]


@lru_cache(maxsize=1)
def load_mention_resolver() -> MentionResolver:
    """The packaged resolver (``models/mention_resolver.v1.json``), read once per process."""
    return MentionResolver.from_json(packaged_text(MODEL_FILE))
