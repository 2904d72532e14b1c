"""The one training command of the check-worthiness model.

    python -m extractor.checkworthy.train --data ../shared/benchmarks \\
        --out models/checkworthy.v8.json

Reads the CLEF 2018 debates under ``DATA/checkworthy/``, runs the extractor over each
(as ``Speaker: sentence`` paragraphs), fits on all three debates with the config's seed,
and writes the weights as JSON. Same data, config and seed: the same file. The default
config is v8's (``checkworthy.v8.config.json``: v6's one regression over the sentence's
n-grams and the number's record features; its set of C to average over and the asker rule
of ``roles.py`` chosen together by leave-one-debate-out MAP among the debates; with the
rule on, the askers' lines are left out of training and their claims score 0);
``--config`` with ``models/checkworthy.v7.config.json`` retrains v7 (the set of C
chosen, no rule), with ``models/checkworthy.v6.config.json`` v6 (one set of C, nothing chosen), with
``checkworthy.v5.config.json`` v5 (a sentence and a claim part, the claim weight the mean
of a grid), with ``checkworthy.v4.config.json`` v4 (the weight
chosen by leave-one-debate-out AUC among claim sentences over the config's grid), with
``checkworthy.v3.config.json`` v3 (one C chosen too), with ``checkworthy.v2.config.json`` v2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping
from importlib import resources as package_data
from pathlib import Path
from typing import Any

from ..schema import Claim
from .combined import CombinedModel
from .debates import extract_debate, find_debates, load_debate
from .evaluate import LabelledDebate, choose_c, train_on
from .joint import KIND as JOINT_KIND
from .joint import JointModel
from .model import CheckworthyModel
from .selection import choose_settings, fit_chosen_joint, fit_on

CONFIG_NAME = "checkworthy.v2.config.json"
COMBINED_CONFIG_NAME = "checkworthy.v5.config.json"
JOINT_CONFIG_NAME = "checkworthy.v6.config.json"
V7_CONFIG_NAME = "checkworthy.v7.config.json"
SHIPPED_CONFIG_NAME = "checkworthy.v8.config.json"


def load_config(path: Path | None = None, *, name: str = CONFIG_NAME) -> dict[str, Any]:
    """The training config: the packaged one called ``name`` unless a path is given."""
    if path is None:
        text = package_data.files("extractor.models").joinpath(name).read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return json.loads(text)


def load_labelled(root: Path, extractor: Callable[..., list[Claim]]) -> list[LabelledDebate]:
    """Every debate under ``root/checkworthy`` with the claims extracted from each line."""
    debates = []
    for path in find_debates(root):
        debate = load_debate(path)
        claims = extract_debate(debate, extractor)
        debates.append(LabelledDebate(debate, tuple(tuple(found) for found in claims)))
    return debates


def describe_data(debates: list[LabelledDebate], config: Mapping[str, Any]) -> dict[str, Any]:
    """What a model was trained on, for its file's ``training`` section."""
    return {
        "data": [labelled.debate.name for labelled in debates],
        "sentences": sum(len(labelled.debate.lines) for labelled in debates),
        "check_worthy": sum(sum(labelled.debate.labels) for labelled in debates),
        "claims": sum(len(found) for labelled in debates for found in labelled.claims),
        "config": {key: value for key, value in config.items() if key != "words"},
    }


def train_combined(
    debates: list[LabelledDebate], *, config: Mapping[str, Any], seed: int | None = None
) -> CombinedModel:
    """Choose C and the claim weight on the debates (leave one out), then fit on all."""
    seed = int(config["seed"] if seed is None else seed)
    (c, weight), means = choose_settings(debates, config=config, seed=seed)
    training = {**describe_data(debates, config), "grid_auc": means}
    return fit_on(debates, config=config, C=c, weight=weight, seed=seed, training=training)


def train_joint(
    debates: list[LabelledDebate], *, config: Mapping[str, Any], seed: int | None = None
) -> JointModel:
    """Fit the one regression on every line of the debates (v6: nothing to choose; v7: its
    set of C chosen by leave-one-debate-out MAP among them; v8: the asker rule too)."""
    seed = int(config["seed"] if seed is None else seed)
    training = describe_data(debates, config)
    return fit_chosen_joint(debates, config=config, seed=seed, training=training)


def train(
    debates: list[LabelledDebate], *, config: Mapping[str, Any], seed: int | None = None
) -> CheckworthyModel:
    """Choose C on the debates (leave one out), then fit on all of them."""
    seed = int(config["seed"] if seed is None else seed)
    c, means = choose_c(debates, config=config, seed=seed)
    grid = {str(k): round(v, 4) for k, v in means.items()}
    training = {**describe_data(debates, config), "C_grid_auc": grid}
    return train_on(debates, config=config, C=c, seed=seed, training=training)


def train_any(
    debates: list[LabelledDebate], *, config: Mapping[str, Any], seed: int | None = None
) -> CheckworthyModel | CombinedModel | JointModel:
    """The model the config describes: v6's one regression, v3-v5's two parts, or v2."""
    if config.get("kind") == JOINT_KIND:
        return train_joint(debates, config=config, seed=seed)
    if "sentence" in config:
        return train_combined(debates, config=config, seed=seed)
    return train(debates, config=config, seed=seed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=None, help="benchmarks folder")
    parser.add_argument("--out", type=Path, required=True, help="where to write the JSON")
    parser.add_argument("--config", type=Path, default=None, help="training config (JSON)")
    parser.add_argument("--seed", type=int, default=None, help="override the config's seed")
    args = parser.parse_args(argv)

    from ..bench import default_data_root
    from ..pipeline import default_extractor

    root = args.data if args.data is not None else default_data_root()
    if not find_debates(root):
        print(f"no debates at {root}/checkworthy (clef2018-*.tsv)", file=sys.stderr)
        return 2
    config = load_config(args.config, name=SHIPPED_CONFIG_NAME)
    debates = load_labelled(root, default_extractor())
    model = train_any(debates, config=config, seed=args.seed)
    print(f"{model.name}: C={model.training['C']}")
    model.save(args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
