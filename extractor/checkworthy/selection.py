"""Training the combined model on labelled debates, its settings chosen inside them.

Nested leave-one-debate-out: to score a debate, a model is trained on the others; its
settings (the sentence part's C, the claim part's weight) are those with the best mean AUC
among claim sentences when each of those training debates is in turn left out. The
scored debate never takes part in choosing them. A config whose sentence part averages
over several C (``sentence.C_average``, v4) leaves only the weight to choose; one that
also averages the weight (``weight_average``, v5: the claim logit weighted by the mean
of those weights, which is the mean of the combined logits) leaves nothing to choose, nor
does v6's one regression (``joint.py``, config ``"kind": "joint"``).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from .combined import CombinedModel, fit_combined
from .evaluate import LabelledDebate, measure, sentence_scores
from .joint import KIND as JOINT_KIND
from .joint import JointModel, c_settings, fit_joint
from .roles import AskerSettings


def labelled_sentences(debates: Sequence[LabelledDebate]) -> tuple[list[str], list[int]]:
    """Every line of the debates and its label (with or without a claim)."""
    lines = [line for labelled in debates for line in labelled.debate.lines]
    return [line.text for line in lines], [line.label for line in lines]


def labelled_claims(debates: Sequence[LabelledDebate]):
    """Every claim of the debates (reading its line), labelled by its line."""
    examples, labels = [], []
    for labelled in debates:
        more, more_labels = labelled.examples()
        examples += more
        labels += more_labels
    return examples, labels


def fit_on(
    debates: Sequence[LabelledDebate],
    *,
    config: Mapping[str, Any],
    C: float | tuple[float, ...],
    weight: float,
    seed: int,
    training: Mapping[str, Any] | None = None,
) -> CombinedModel:
    """Fit the combined model on every line and every claim of these debates."""
    return fit_combined(
        labelled_sentences(debates),
        labelled_claims(debates),
        config=config,
        C=C,
        weight=weight,
        seed=seed,
        training=training,
    )


def sentence_c_grid(config: Mapping[str, Any]) -> list[float | tuple[float, ...]]:
    """The sentence part's C settings to choose from: ``C_grid``'s values, or the one
    setting "the mean over ``C_average``" (a tuple)."""
    sentence = config["sentence"]
    if "C_average" in sentence:
        return [tuple(float(c) for c in sentence["C_average"])]
    return sorted(float(c) for c in sentence["C_grid"])


def claim_weights(config: Mapping[str, Any]) -> list[float]:
    """The claim part's weights to choose from: ``weight_grid``'s, or the one setting
    "the mean of ``weight_average``" (v5: the inner choice moved from fold to fold)."""
    if "weight_average" in config:
        return [round(float(np.mean(config["weight_average"])), 6)]
    return [float(w) for w in config["weight_grid"]]


def choose_settings(
    debates: Sequence[LabelledDebate], *, config: Mapping[str, Any], seed: int
) -> tuple[tuple[float, float], dict[str, float]]:
    """(C, weight) with the best mean AUC among claim sentences, leaving one of ``debates``
    out at a time (ties: the smaller C, then the smaller weight: the stronger prior)."""
    c_grid = sentence_c_grid(config)
    weights = claim_weights(config)
    grid = list(itertools.product(c_grid, weights))
    if len(debates) < 2 or len(grid) == 1:
        return grid[0], {}
    aucs: dict[tuple[float, float], list[float]] = {key: [] for key in grid}
    for held_out, rest in folds(debates):
        for c in c_grid:
            # One fit per C: the weight only changes how the two logits are added.
            model = fit_on(rest, config=config, C=c, weight=1.0, seed=seed)
            for weight in weights:
                scorer = _reweighted(model, weight)
                auc = measure(held_out, sentence_scores(held_out, scorer))["auc"]
                if auc is not None:
                    aucs[(c, weight)].append(auc)
    means = {key: float(np.mean(values)) if values else 0.0 for key, values in aucs.items()}
    # c_grid runs from the smallest C (the strongest prior) up: ties go to the earlier one.
    best = max(grid, key=lambda key: (means[key], -c_grid.index(key[0]), -key[1]))
    return best, {f"C={_c_label(c)},w={w}": round(means[(c, w)], 4) for c, w in grid}


def leave_one_debate_out(
    debates: Sequence[LabelledDebate], *, config: Mapping[str, Any], seed: int
) -> list[tuple[LabelledDebate, CombinedModel | JointModel]]:
    """For each debate, a model trained on the others (settings chosen on those only; v6,
    a joint model, has none to choose; v7 its set of C)."""
    if config.get("kind") == JOINT_KIND:
        return [
            (held, fit_chosen_joint(rest, config=config, seed=seed))
            for held, rest in folds(debates)
        ]
    results = []
    for held_out, rest in folds(debates):
        (c, weight), means = choose_settings(rest, config=config, seed=seed)
        model = fit_on(
            rest, config=config, C=c, weight=weight, seed=seed, training={"inner_auc": means}
        )
        results.append((held_out, model))
    return results


def asker_rules(config: Mapping[str, Any]) -> list[AskerSettings | None]:
    """The asker rules a config leaves to choose from (v8's ``askers.min_share_grid``:
    null is the rule off); without an ``askers`` section, only off (v6, v7)."""
    section = config.get("askers")
    if not section:
        return [None]
    return [
        None if share is None else AskerSettings.from_config(section, min_share=share)
        for share in section["min_share_grid"]
    ]


def choose_joint_settings(
    debates: Sequence[LabelledDebate], *, config: Mapping[str, Any], seed: int
) -> tuple[tuple[tuple[float, ...], AskerSettings | None], dict[str, float]]:
    """The set of C (v7's ``C_average_grid``) and the asker rule (v8's) with the best mean
    MAP over all lines when each of ``debates`` is left out in turn (ties: the setting
    listed first: the first set, the rule off); one setting: that."""
    grid = list(itertools.product(c_settings(config), asker_rules(config)))
    if len(debates) < 2 or len(grid) == 1:
        return grid[0], {}
    means = {}
    for values, rule in grid:
        maps = []
        for held, rest in folds(debates):
            model = fit_joint(rest, config=config, seed=seed, C=values, askers=rule)
            maps.append(measure(held, sentence_scores(held, model.score_articles))["map"])
        means[(values, rule)] = float(np.mean(maps))
    best = max(grid, key=lambda key: (means[key], -grid.index(key)))
    return best, {_setting_label(key): round(mean, 4) for key, mean in means.items()}


def fit_chosen_joint(
    debates: Sequence[LabelledDebate],
    *,
    config: Mapping[str, Any],
    seed: int,
    training: Mapping[str, Any] | None = None,
) -> JointModel:
    """A joint model fitted on every line of ``debates``, its set of C (and asker rule)
    chosen inside them."""
    (values, rule), means = choose_joint_settings(debates, config=config, seed=seed)
    inner = {"inner_map": means} if means else {}
    return fit_joint(
        debates,
        config=config,
        seed=seed,
        C=values,
        askers=rule,
        training={**(training or {}), **inner},
    )


def folds(debates: Sequence[LabelledDebate]):
    """(held-out debate, the others) for each debate in turn."""
    for index, held_out in enumerate(debates):
        yield held_out, [d for i, d in enumerate(debates) if i != index]


def _setting_label(key: tuple[tuple[float, ...], AskerSettings | None]) -> str:
    values, rule = key
    return _c_label(values) + ("" if rule is None else f",askers={rule.min_share}")


def _c_label(c: float | tuple[float, ...]) -> str:
    return "mean(" + ",".join(str(x) for x in c) + ")" if isinstance(c, tuple) else str(c)


def _reweighted(model: CombinedModel, weight: float):
    from dataclasses import replace

    return replace(model, weight=weight).score
