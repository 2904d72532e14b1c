"""Measures of a sentence ranking against fact-checkers' labels, and leave-one-debate-out.

- **MAP over all sentences** (CLEF CheckThat!'s official measure): every line of a debate is
  ranked; a sentence scores the highest score of its claims, a sentence without a claim
  scores 0, and ties keep line order. Average precision per debate, then the mean.
- **AUC among claim sentences**: how well the score separates check-worthy sentences from
  the rest among those where the extractor found a claim (ties count one half).

The queue only ever ranks claims, so a check-worthy sentence without one is a miss for any
score: ``claim_ceiling`` is the MAP of a perfect ranking of the claim sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.metrics import roc_auc_score

from ..schema import Claim
from .debates import Debate
from .model import CheckworthyModel, Example, fit_model


@dataclass(frozen=True)
class LabelledDebate:
    """A debate and the claims the extractor found in each of its lines."""

    debate: Debate
    claims: tuple[tuple[Claim, ...], ...]

    def examples(self, *, claimless: bool = False) -> tuple[list[Example], list[int]]:
        """One example per claim (reading its debate line), labelled by that line; with
        ``claimless``, one more for each line without a claim (its sentence alone)."""
        examples, labels = [], []
        for line, found in zip(self.debate.lines, self.claims, strict=True):
            for claim in found or ((None,) if claimless else ()):
                examples.append(Example(claim, line.text))
                labels.append(line.label)
        return examples, labels


def sentence_scores(
    labelled: LabelledDebate, score: Callable[[Sequence[Example]], Sequence[float]]
) -> list[float]:
    """Each line's score: the highest over its claims, 0 without a claim."""
    examples, _ = labelled.examples()
    scores = list(score(examples)) if examples else []
    result, position = [], 0
    for found in labelled.claims:
        result.append(max(scores[position : position + len(found)], default=0.0))
        position += len(found)
    return [float(x) for x in result]


def average_precision(scores: Sequence[float], labels: Sequence[int]) -> float:
    """Average precision of the ranking by score (descending), ties in line order."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    hits, total = 0, 0.0
    for rank, index in enumerate(order, start=1):
        if labels[index]:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def claim_ceiling(labelled: LabelledDebate) -> float:
    """The best MAP any ranking of claims can reach on this debate: every check-worthy line
    holding a claim first, then the other claim lines; lines without a claim stay at 0."""
    ideal = [
        (2.0 if line.label else 1.0) if found else 0.0
        for line, found in zip(labelled.debate.lines, labelled.claims, strict=True)
    ]
    return average_precision(ideal, labelled.debate.labels)


def claim_auc(
    scores: Sequence[float], labels: Sequence[int], has_claim: Sequence[bool]
) -> float | None:
    """ROC AUC among the lines with a claim (None when they hold only one class)."""
    kept = [(s, y) for s, y, has in zip(scores, labels, has_claim, strict=True) if has]
    if len({y for _, y in kept}) < 2:
        return None
    return float(roc_auc_score([y for _, y in kept], [s for s, _ in kept]))


def measure(labelled: LabelledDebate, scores: Sequence[float]) -> dict[str, float | None]:
    """MAP over all lines and AUC among claim lines for one debate's sentence scores."""
    labels = labelled.debate.labels
    return {
        "map": average_precision(scores, labels),
        "auc": claim_auc(scores, labels, [bool(found) for found in labelled.claims]),
    }


def choose_c(
    debates: Sequence[LabelledDebate], *, config: Mapping[str, Any], seed: int
) -> tuple[float, dict[float, float]]:
    """The C of ``config.model.C_grid`` with the best mean AUC among claim sentences,
    leave-one-debate-out within ``debates`` (ties: the smaller C, the stronger prior)."""
    grid = [float(c) for c in config["model"]["C_grid"]]
    if len(debates) < 2:
        return grid[0], {}
    means: dict[float, float] = {}
    for c in grid:
        aucs = []
        for held_out, rest in _folds(debates):
            model = train_on(rest, config=config, C=c, seed=seed)
            aucs.append(measure(held_out, sentence_scores(held_out, model.score))["auc"])
        means[c] = float(np.mean([a for a in aucs if a is not None] or [0.0]))
    best = max(grid, key=lambda c: (means[c], -c))
    return best, means


def train_on(
    debates: Sequence[LabelledDebate],
    *,
    config: Mapping[str, Any],
    C: float,
    seed: int,
    training: Mapping[str, Any] | None = None,
) -> CheckworthyModel:
    """Fit one model on every claim of these debates."""
    examples, labels = [], []
    for labelled in debates:
        more, more_labels = labelled.examples(
            claimless=bool(config["model"].get("train_on_claimless_sentences"))
        )
        examples += more
        labels += more_labels
    return fit_model(examples, labels, config=config, C=C, seed=seed, training=training)


def leave_one_debate_out(
    debates: Sequence[LabelledDebate], *, config: Mapping[str, Any], seed: int
) -> list[tuple[LabelledDebate, CheckworthyModel]]:
    """For each debate, a model trained on the others (C chosen on those others only)."""
    results = []
    for held_out, rest in _folds(debates):
        c, means = choose_c(rest, config=config, seed=seed)
        inner = {str(k): round(v, 4) for k, v in means.items()}
        results.append(
            (held_out, train_on(rest, config=config, C=c, seed=seed, training={"inner_auc": inner}))
        )
    return results


def _folds(debates: Sequence[LabelledDebate]):
    for index, held_out in enumerate(debates):
        yield held_out, [d for i, d in enumerate(debates) if i != index]
