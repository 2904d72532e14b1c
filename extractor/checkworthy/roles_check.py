"""Nested leave-one-debate-out of v7 with the askers' claims scored 0 (``roles.py``).

    python -m extractor.checkworthy.roles_check --data ../shared/benchmarks

For each scored debate, v7's set of C and the asker rule (off, or the share a speaker
must reach) are chosen together by leave-one-debate-out MAP over all lines inside the
other debates (ties: the setting listed first: v7's first set, the rule off); the chosen
setting, fitted on those debates, scores the held-out one. Askers are found in each
debate's own records (its extraction, no labels), as the queue would find them in an
article's appearances. Prints each fold's inner MAP and choice, the nested figure, and
each rule setting with the nested choice of C for comparison. (Session 10's measurement;
since session 12 v8 makes the same choice in training, ``selection.choose_joint_settings``,
and the bench reports it.)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from .evaluate import LabelledDebate, measure, sentence_scores
from .joint import JointModel, c_settings, fit_joint
from .nested import describe
from .roles import AskerSettings, askers_by_article, without_askers
from .selection import folds

CONFIG_NAME = "checkworthy.roles.config.json"


def asker_scorer(model: JointModel, held: LabelledDebate, settings: AskerSettings | None):
    """The model's scores of a debate's claims, with its askers' claims at 0 (None: off)."""
    if settings is None:
        return model.score
    claims = [claim for found in held.claims for claim in found]
    askers = askers_by_article(claims, settings=settings)

    def score(examples):
        return without_askers([e.claim for e in examples], model.score(examples), askers)

    return score


def rule_settings(config: Mapping[str, Any]) -> list[AskerSettings | None]:
    """The rule settings to choose from: None (off), then one per share of the grid."""
    return [
        None if share is None else AskerSettings.from_config(config, min_share=share)
        for share in config["min_share_grid"]
    ]


def settings_maps(
    debates: Sequence[LabelledDebate], base: Mapping[str, Any], rules: list
) -> dict[tuple[int, int], list[dict]]:
    """Each (set of C, rule) setting's measures, leaving each debate out in turn."""
    found: dict[tuple[int, int], list[dict]] = {}
    for held, rest in folds(debates):
        for c_index, values in enumerate(c_settings(base)):
            model = fit_joint(rest, config=base, seed=int(base["seed"]), C=values)
            for r_index, rule in enumerate(rules):
                scores = sentence_scores(held, asker_scorer(model, held, rule))
                found.setdefault((c_index, r_index), []).append(measure(held, scores))
    return found


def nested_rule(debates: Sequence[LabelledDebate], base: Mapping[str, Any], config) -> None:
    """Print the nested choice and figures (see the module's docstring)."""
    rules, grid = rule_settings(config), c_settings(base)
    chosen_rows, by_rule = [], {index: [] for index in range(len(rules))}
    for held, rest in folds(debates):
        inner = settings_maps(rest, base, rules)
        means = {key: float(np.mean([m["map"] for m in found])) for key, found in inner.items()}
        keys = sorted(means)
        best = max(keys, key=lambda key: (means[key], -keys.index(key)))
        model = fit_joint(rest, config=base, seed=int(base["seed"]), C=grid[best[0]])
        for index, rule in enumerate(rules):
            scores = sentence_scores(held, asker_scorer(model, held, rule))
            by_rule[index].append((best[0], measure(held, scores)))
        chosen_rows.append(by_rule[best[1]][-1][1])
        shares = config["min_share_grid"]
        print(
            f"{held.debate.name}: chosen C {grid[best[0]]}, asker share {shares[best[1]]} "
            f"(inner MAP {means[best]:.4f}; rule off {means[(best[0], 0)]:.4f})"
        )
    print(f"nested (C and rule chosen): {describe(chosen_rows)}")
    for index, share in enumerate(config["min_share_grid"]):
        rows = [measured for _, measured in by_rule[index]]
        print(f"the same C, asker share fixed at {share}: {describe(rows)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=None, help="benchmarks folder")
    args = parser.parse_args(argv)

    from pathlib import Path

    from ..bench import default_data_root
    from ..pipeline import default_extractor
    from .train import load_config, load_labelled

    root = Path(args.data) if args.data is not None else default_data_root()
    config = load_config(name=CONFIG_NAME)
    base = load_config(name=config["base_config"])
    debates = load_labelled(root, default_extractor())
    for labelled in debates:
        claims = [claim for found in labelled.claims for claim in found]
        counts = [
            f"{share}: {sum(map(len, askers_by_article(claims, settings=rule).values()))}"
            for rule, share in zip(rule_settings(config), config["min_share_grid"], strict=True)
            if rule is not None
        ]
        print(f"{labelled.debate.name}: askers found at share {', '.join(counts)}")
    nested_rule(debates, base, config)
    return 0


if __name__ == "__main__":
    sys.exit(main())
