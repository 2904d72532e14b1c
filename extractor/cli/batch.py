"""`extract batch`: the claims of a whole news dump, in parallel and resumable."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated

import typer

from .. import resources
from ..batch.options import BatchOptions, BatchSummary
from ..batch.runner import run_batch
from ..inputs.decode import DEFAULT_MAX_BYTES
from ..inputs.formats import FORMATS
from ..inputs.jsonl import FieldNames
from ..nlp import DEFAULT_MODEL
from .errors import EXIT_ARTICLE_ERRORS, EXIT_USAGE, exit_on_errors, fail
from .progress import ProgressDisplay

Inputs = Annotated[
    list[str], typer.Argument(help="Files, folders, globs; - reads JSON Lines from stdin.")
]
Output = Annotated[
    Path,
    typer.Option("-o", "--output", help="Claims as JSON Lines (a folder with --shard-articles)."),
]
Jobs = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes [default: all cores].")]
InputFormat = Annotated[str, typer.Option(help="auto, text, html, jsonl or warc.")]
TextField = Annotated[str | None, typer.Option(help="JSON Lines field with the article text.")]
IdField = Annotated[str | None, typer.Option(help="JSON Lines field with the article id.")]
DateField = Annotated[str | None, typer.Option(help="JSON Lines field with the publication date.")]
ShardArticles = Annotated[int | None, typer.Option(help="Write shards of about N articles each.")]
Scheduler = Annotated[
    str | None, typer.Option(help="Dask scheduler address, e.g. tcp://host:8786.")
]
LocalCluster = Annotated[int | None, typer.Option(help="Start a local Dask cluster of N workers.")]
Model = Annotated[str, typer.Option(help="Any installed spaCy English pipeline.")]
MaxBytes = Annotated[int, typer.Option(help="Articles larger than this are errors.")]
ChunkArticles = Annotated[int, typer.Option(help="Articles per unit of work (and of resumption).")]
ArticleTimeout = Annotated[
    float,
    typer.Option(
        help="Seconds one article may take before it is recorded as an error; 0: no limit."
    ),
]


def batch_command(
    inputs: Inputs,
    output: Output,
    jobs: Jobs = 0,
    input_format: InputFormat = "auto",
    text_field: TextField = None,
    id_field: IdField = None,
    date_field: DateField = None,
    shard_articles: ShardArticles = None,
    scheduler: Scheduler = None,
    local_cluster: LocalCluster = None,
    model: Model = DEFAULT_MODEL,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    chunk_articles: ChunkArticles = 16,
    article_timeout: ArticleTimeout = 300.0,
) -> None:
    """Extract claims from a news dump, in parallel; rerun the same command to resume a
    stopped run.

    Output order is input order, whatever --jobs. Bad articles go to OUT.errors.jsonl
    with their id and reason; the run goes on.
    """
    _check_options(input_format, chunk_articles=chunk_articles, jobs=jobs, timeout=article_timeout)
    options = BatchOptions(
        jobs=jobs or os.cpu_count() or 1,
        chunk_articles=chunk_articles,
        input_format=input_format,
        fields=FieldNames().with_overrides(text=text_field, id=id_field, published=date_field),
        max_bytes=max_bytes,
        model=model,
        shard_articles=shard_articles,
        scheduler=scheduler,
        local_cluster=local_cluster,
        article_timeout=article_timeout,
    )
    with exit_on_errors():
        resources.load_resources()  # a bad lexicon: exit 4 before any input is read
        with ProgressDisplay() as progress:
            summary = run_batch(inputs, output, options=options, progress=progress)
    typer.echo(json.dumps(_summary_record(summary)), err=True)
    if summary.errors:
        raise typer.Exit(EXIT_ARTICLE_ERRORS)


def _check_options(input_format: str, *, chunk_articles: int, jobs: int, timeout: float) -> None:
    """Usage errors (exit 2) that typer does not check by itself."""
    if input_format not in FORMATS:
        raise fail(f"--input-format must be one of {', '.join(FORMATS)}", EXIT_USAGE)
    for name, value, lowest in (
        ("--chunk-articles", chunk_articles, 1),
        ("--jobs", jobs, 0),
        ("--article-timeout", timeout, 0),
    ):
        if value < lowest:
            raise fail(f"{name} must be >= {lowest}, not {value:g}", EXIT_USAGE)


def _summary_record(summary: BatchSummary) -> dict:
    """The one JSON line the batch prints on stderr at the end."""
    state = "already complete" if summary.already_complete else f"{summary.seconds:.1f} s"
    return {
        "articles": summary.articles,
        "claims": summary.claims,
        "errors": summary.errors,
        "resumed_chunks": summary.resumed_chunks,
        "outputs": summary.outputs,
        "errors_file": summary.errors_file,
        "time": state,
    }
