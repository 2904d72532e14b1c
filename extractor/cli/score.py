"""`extract score`: predicted claims against hand-labelled gold."""

from __future__ import annotations

import re
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
            predicted = by_gold_id(load_predictions(predictions), {g.doc_id for g in golds})
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


# The id `extract FILE` gives an article: its file's stem, a dash and 12 hex digits of the
# hash of its bytes (inputs/records.content_id).
_FILE_ID = re.compile(r"(?P<stem>.+)-[0-9a-f]{12}")


def by_gold_id(predicted: dict[str, list], gold_ids: set[str]) -> dict[str, list]:
    """Predictions keyed as the gold is: gold files name an article by its file's stem,
    `extract FILE` by STEM-HASH; a STEM-HASH that is not a gold id but whose stem is, and
    is the only one with that stem, is scored as the stem."""
    stems: dict[str, list[str]] = {}
    for doc_id in predicted:
        match = _FILE_ID.fullmatch(doc_id)
        if (
            doc_id not in gold_ids
            and match
            and match["stem"] in gold_ids
            and match["stem"] not in predicted
        ):
            stems.setdefault(match["stem"], []).append(doc_id)
    renamed = {ids[0]: stem for stem, ids in stems.items() if len(ids) == 1}
    return {renamed.get(doc_id, doc_id): claims for doc_id, claims in predicted.items()}
