"""`extract train speaker` (the speaker ranker, on PolNeAR) and `extract train resolver`
(the mention resolver, on GUM coreference): scikit-learn needed."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from .errors import EXIT_USAGE, exit_on_errors, fail

train_app = typer.Typer(
    help="Train the learned parts (scikit-learn).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

Config = Annotated[
    Path,
    typer.Option(
        exists=True, dir_okay=False, help="Training config (JSON): seed, documents, strengths."
    ),
]
Data = Annotated[
    Path | None,
    typer.Option(
        help="Benchmark data folder [default: $CLAIM_BENCHMARKS or ../shared/benchmarks]."
    ),
]
Output = Annotated[Path, typer.Option("-o", "--output", help="Where to write the weights (JSON).")]


@train_app.command("speaker")
def train_speaker_command(
    config: Config = Path("models/speaker_ranker.v3.config.json"),
    data: Data = None,
    output: Output = Path("models/speaker_ranker.v3.json"),
) -> None:
    """Train the speaker ranker on PolNeAR train, choose its strength on dev, write the
    weights; prints the scores (JSON) for the model card."""
    _require_sklearn()
    from ..stages.attribution.ranker.train import TrainConfig, train_speaker_ranker

    _train(TrainConfig, train_speaker_ranker, config, data, output)


@train_app.command("resolver")
def train_resolver_command(
    config: Config = Path("models/mention_resolver.v1.config.json"),
    data: Data = None,
    output: Output = Path("models/mention_resolver.v1.json"),
) -> None:
    """Train the mention resolver (pronouns, descriptions) on GUM coreference, score it on
    held-out GUM documents, write the weights; prints the scores (JSON) for the model card."""
    _require_sklearn()
    from ..stages.attribution.resolver.train import ResolverConfig, train_mention_resolver

    _train(ResolverConfig, train_mention_resolver, config, data, output)


def _require_sklearn() -> None:
    """Training needs scikit-learn (running the models does not)."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        raise fail("scikit-learn is not installed: pip install scikit-learn", EXIT_USAGE) from None


def _train(config_class, train, config: Path, data: Path | None, output: Path) -> None:  # type: ignore[no-untyped-def]
    """Read the config, train on ``data`` (default: the benchmarks folder), write the
    weights to ``output`` and print the training report as JSON."""
    from ..bench import default_data_root

    with exit_on_errors():
        settings = config_class.from_file(config)
        report = train(data if data is not None else default_data_root(), settings, output)
    typer.echo(json.dumps(asdict(report), indent=2))
