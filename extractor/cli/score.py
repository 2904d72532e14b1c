"""`extract score`: predicted claims against hand-labelled gold."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import InputError
from ..nlp import DEFAULT_MODEL
from .errors import EXIT_BELOW_FLOOR, exit_on_errors

Gold = Annotated[Path, typer.Argument(help="A gold JSON file, or a folder of them.")]
Predictions = Annotated[
    Path | None,
    typer.Argument(
        help=(
            "Predicted claims (JSON array or JSON Lines). Omitted: run the extractor on the "
            "gold articles."
        )
    ),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")]
Detail = Annotated[
    bool, typer.Option("--detail", help="List misses, false positives and field errors.")
]
MinF1 = Annotated[
    float | None, typer.Option(help="Exit with code 3 when detection F1 (0-1) is below this.")
]
Model = Annotated[str, typer.Option(help="spaCy pipeline, when running the extractor.")]


def score_command(
    gold: Gold,
    predictions: Predictions = None,
    as_json: AsJson = False,
    detail: Detail = False,
    min_f1: MinF1 = None,
    model: Model = DEFAULT_MODEL,
) -> None:
    """Score predicted claims against hand-labelled gold (CLAIM-SPEC.md, Scoring)."""
    from rich.console import Console

    from ..pipeline import default_extractor
    from ..scoring import load_gold, load_predictions, render_detail, render_table, score

    with exit_on_errors():
        gold_paths = sorted(gold.glob("*.json")) if gold.is_dir() else [gold]
        if not gold_paths:
            raise InputError(f"{gold}: no gold .json files")
        golds = [load_gold(path) for path in gold_paths]
        if predictions is not None:
            predicted = load_predictions(predictions)
        else:
            extractor = default_extractor(model)
            predicted = {
                g.doc_id: extractor(g.text, published=g.published, doc_id=g.doc_id) for g in golds
            }
        result = score(golds, predicted)
    if as_json:
        typer.echo(result.model_dump_json(indent=2))
    else:
        console = Console()
        console.print(render_table(result))
        if detail:
            for line in render_detail(result):
                console.print(line, highlight=False, markup=False)
    if min_f1 is not None and result.f1 < min_f1:
        typer.echo(f"extract: detection F1 {result.f1:.3f} is below --min-f1 {min_f1}", err=True)
        raise typer.Exit(EXIT_BELOW_FLOOR)
