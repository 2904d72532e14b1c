"""How far a MAP over three debates can be trusted: a bootstrap over their lines.

MAP on the CLEF 2018 debates rests on 94 check-worthy lines, 32 of them with a claim, so
moving one of those lines a few ranks moves the mean by about 0.001-0.01. A figure is
only worth comparing to a target, or to another system, with its spread beside it. Here
each debate's lines are drawn again with replacement (the same draw for every system, in
line order, so ties still resolve as the measure resolves them), MAP is taken on each
draw, and the middle 95% of the draws is the interval. A paired draw gives the interval
of one system's gain over another: both are scored on the same resampled lines, so what
the debates share cancels out.

This is the spread from which lines happened to be labelled; it says nothing of how
debates differ from one another (three is too few to resample), so it is a lower bound
on the uncertainty of a figure on other debates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

DRAWS = 1000
SEED = 13
LEVEL = 0.95


@dataclass(frozen=True)
class Interval:
    """The middle ``LEVEL`` of the draws, their median, and how often the draw is > 0."""

    low: float
    median: float
    high: float
    share_above_zero: float

    def text(self, *, signed: bool = False) -> str:
        sign = "+" if signed else ""
        return f"{self.low:{sign}.3f} .. {self.high:{sign}.3f} (median {self.median:{sign}.3f})"


def average_precisions(scores: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Average precision of each row of ``scores`` (draws x lines), ties in column order:
    the vectorised form of ``evaluate.average_precision``."""
    columns = np.arange(scores.shape[1])
    order = np.lexsort((np.broadcast_to(columns, scores.shape), -scores), axis=1)
    ranked = np.take_along_axis(labels, order, axis=1)
    hits = np.cumsum(ranked, axis=1)
    precision = hits / (columns + 1)
    found = ranked.sum(axis=1)
    return np.where(found > 0, (precision * ranked).sum(axis=1) / np.maximum(found, 1), 0.0)


def resampled_maps(
    systems: Mapping[str, Sequence[Sequence[float]]],
    labels: Sequence[Sequence[int]],
    *,
    draws: int = DRAWS,
    seed: int = SEED,
) -> dict[str, np.ndarray]:
    """Each system's MAP (mean over debates) on ``draws`` resamplings of every debate's
    lines; ``systems[name][d]`` is that system's line scores for debate ``d``."""
    rng = np.random.default_rng(seed)
    totals = {name: np.zeros(draws) for name in systems}
    for debate, debate_labels in enumerate(labels):
        size = len(debate_labels)
        picks = np.sort(rng.integers(0, size, size=(draws, size)), axis=1)
        drawn_labels = np.asarray(debate_labels)[picks]
        for name, scores in systems.items():
            drawn = np.asarray(scores[debate], dtype=float)[picks]
            totals[name] += average_precisions(drawn, drawn_labels)
    return {name: total / max(len(labels), 1) for name, total in totals.items()}


def interval(values: np.ndarray, *, level: float = LEVEL) -> Interval:
    tail = (1 - level) / 2 * 100
    low, median, high = np.percentile(values, [tail, 50, 100 - tail])
    return Interval(float(low), float(median), float(high), float(np.mean(values > 0)))
