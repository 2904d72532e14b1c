"""Nested leave-one-debate-out: an honest figure for a choice among model configs.

Choosing a model's structure or settings by its leave-one-debate-out figure, then reporting
that figure, reports the best of several noisy draws (v5's weight, v6's structure). Here
the choice is made again for each scored debate, by leave-one-debate-out MAP inside the
other debates only (ties: the config listed first), and the chosen config, fitted on those
debates, scores the held-out one. The scored debate never takes part in the choice.

    python -m extractor.checkworthy.nested --data ../shared/benchmarks \\
        --config models/checkworthy.v6.config.json --config OTHER.config.json

prints, per debate, each config's inner MAP and which was chosen; then each config's plain
leave-one-debate-out figures and the nested figure (MAP over all lines, AUC among claim
lines).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .evaluate import LabelledDebate, measure, sentence_scores
from .selection import folds, leave_one_debate_out


@dataclass(frozen=True)
class NestedFold:
    """One scored debate: each config's mean MAP inside the others, the pick, its figures."""

    debate: str
    inner_map: Mapping[str, float]
    chosen: str
    scores: Mapping[str, float | None]


def lodo_measures(
    debates: Sequence[LabelledDebate], config: Mapping[str, Any]
) -> list[dict[str, float | None]]:
    """MAP and AUC of each debate, scored by a model of ``config`` trained on the others."""
    results = leave_one_debate_out(debates, config=config, seed=int(config["seed"]))
    return [measure(held, sentence_scores(held, model.score)) for held, model in results]


def fit_config(debates: Sequence[LabelledDebate], config: Mapping[str, Any]):
    """A model of ``config`` fitted on all of ``debates`` (its own settings chosen inside)."""
    from .train import train_any

    return train_any(list(debates), config=config)


def nested(
    debates: Sequence[LabelledDebate], configs: Sequence[Mapping[str, Any]]
) -> list[NestedFold]:
    """For each debate: the config with the best leave-one-out MAP inside the others,
    fitted on them and measured on this debate."""
    names = [str(config["name"]) for config in configs]
    if len(set(names)) != len(names):
        raise ValueError(f"configs need distinct names, got {names}")
    found = []
    for held_out, rest in folds(debates):
        inner = {
            name: mean_of(lodo_measures(rest, config), "map")
            for name, config in zip(names, configs, strict=True)
        }
        chosen = max(names, key=lambda name: (inner[name], -names.index(name)))
        model = fit_config(rest, configs[names.index(chosen)])
        scores = measure(held_out, sentence_scores(held_out, model.score))
        found.append(NestedFold(held_out.debate.name, inner, chosen, scores))
    return found


def mean_of(measured: Sequence[Mapping[str, float | None]], key: str) -> float:
    """The mean of one measure over debates (those where it is defined)."""
    values = [m[key] for m in measured if m[key] is not None]
    return float(np.mean(values)) if values else 0.0


def describe(measured: Sequence[Mapping[str, float | None]]) -> str:
    """``MAP 0.147 (0.157 / 0.161 / 0.122), AUC ...``: the mean and each debate."""
    parts = []
    for key in ("map", "auc"):
        each = " / ".join("-" if m[key] is None else f"{m[key]:.3f}" for m in measured)
        parts.append(f"{key.upper()} {mean_of(measured, key):.3f} ({each})")
    return ", ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=None, help="benchmarks folder")
    parser.add_argument("--config", type=Path, action="append", required=True)
    args = parser.parse_args(argv)

    from ..bench import default_data_root
    from ..pipeline import default_extractor
    from .train import load_config, load_labelled

    root = args.data if args.data is not None else default_data_root()
    debates = load_labelled(root, default_extractor())
    configs = [load_config(path) for path in args.config]
    for config in configs:
        print(f"{config['name']}: leave-one-debate-out {describe(lodo_measures(debates, config))}")
    folds_found = nested(debates, configs)
    for fold in folds_found:
        inner = ", ".join(f"{name} {value:.3f}" for name, value in fold.inner_map.items())
        print(f"{fold.debate}: inner MAP {inner}; chosen {fold.chosen}")
    print(f"nested: {describe([fold.scores for fold in folds_found])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
