"""The one training command of the check-worthiness model.

    python -m extractor.checkworthy.train --data ../shared/benchmarks \\
        --out models/checkworthy.v2.json

Reads the CLEF 2018 debates under ``DATA/checkworthy/``, runs the extractor over each
(as ``Speaker: sentence`` paragraphs), chooses C by leave-one-debate-out AUC among claim
sentences over the grid in the config, fits on all three debates with the config's seed,
and writes the weights as JSON. Same data, config and seed: the same file.
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
from .debates import extract_debate, find_debates, load_debate
from .evaluate import LabelledDebate, choose_c, train_on
from .model import CheckworthyModel

CONFIG_NAME = "checkworthy.v2.config.json"


def load_config(path: Path | None = None) -> dict[str, Any]:
    """The training config: the packaged one unless a path is given."""
    if path is None:
        text = package_data.files("extractor.models").joinpath(CONFIG_NAME).read_text("utf-8")
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


def train(
    debates: list[LabelledDebate], *, config: Mapping[str, Any], seed: int | None = None
) -> CheckworthyModel:
    """Choose C on the debates (leave one out), then fit on all of them."""
    seed = int(config["seed"] if seed is None else seed)
    c, means = choose_c(debates, config=config, seed=seed)
    training = {
        "data": [labelled.debate.name for labelled in debates],
        "sentences": sum(len(labelled.debate.lines) for labelled in debates),
        "check_worthy": sum(sum(labelled.debate.labels) for labelled in debates),
        "claims": sum(len(found) for labelled in debates for found in labelled.claims),
        "C_grid_auc": {str(k): round(v, 4) for k, v in means.items()},
        "config": {key: value for key, value in config.items() if key != "words"},
    }
    return train_on(debates, config=config, C=c, seed=seed, training=training)


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
    config = load_config(args.config)
    debates = load_labelled(root, default_extractor())
    model = train(debates, config=config, seed=args.seed)
    model.save(args.out)
    print(f"{model.name}: C={model.training['C']} on {model.training['examples']} examples")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
