"""`extract batch`: the claims of a whole news dump, in parallel and resumable."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..inputs.decode import DEFAULT_MAX_BYTES, DEFAULT_MAX_HTML_BYTES
from ..nlp import DEFAULT_MODEL
from .errors import (
    EXIT_ARTICLE_ERRORS,
    EXIT_DAMAGED_INPUT,
    EXIT_USAGE,
    exit_on_errors,
    fail,
)

if TYPE_CHECKING:
    from ..batch.options import BatchSummary

Inputs = Annotated[
    list[str], typer.Argument(help="Files, folders, globs; - reads JSON Lines from stdin.")
]
Output = Annotated[
    Path,
    typer.Option("-o", "--output", help="Claims as JSON Lines (a folder with --shard-articles)."),
]
Jobs = Annotated[
    int, typer.Option("--jobs", "-j", min=0, help="Worker processes [default: all cores].")
]
InputFormat = Annotated[str, typer.Option(help="auto, text, html, jsonl or warc.")]
TextField = Annotated[str | None, typer.Option(help="JSON Lines field with the article text.")]
IdField = Annotated[str | None, typer.Option(help="JSON Lines field with the article id.")]
DateField = Annotated[str | None, typer.Option(help="JSON Lines field with the publication date.")]
ShardArticles = Annotated[
    int | None, typer.Option(min=1, help="Write shards of about N articles each.")
]
Scheduler = Annotated[
    str | None, typer.Option(help="Dask scheduler address, e.g. tcp://host:8786.")
]
LocalCluster = Annotated[
    int | None, typer.Option(min=1, help="Start a local Dask cluster of N workers.")
]
Model = Annotated[str, typer.Option(help="Any installed spaCy English pipeline.")]
MaxBytes = Annotated[
    int, typer.Option(min=1, help="Articles (and JSON lines) larger than this are errors.")
]
MaxHtmlBytes = Annotated[int, typer.Option(min=1, help="HTML pages larger than this are errors.")]
ChunkArticles = Annotated[
    int, typer.Option(min=1, help="Articles per unit of work (and of resumption).")
]
ArticleTimeout = Annotated[
    float,
    typer.Option(
        min=0,
        help="Seconds one article (HTML parsing included) may take before it is recorded as "
        "an error; 0: no limit.",
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
    max_html_bytes: MaxHtmlBytes = DEFAULT_MAX_HTML_BYTES,
    chunk_articles: ChunkArticles = 16,
    article_timeout: ArticleTimeout = 300.0,
) -> None:
    """Extract claims from a news dump, in parallel; rerun the same command to resume a
    stopped run.

    Output order is input order, whatever --jobs. Bad articles go to OUT.errors.jsonl
    with their id and reason; the run goes on.
    """
    # Imported here, not at the top: `extract article.txt` builds this command too (issue #13).
    from .. import resources
    from ..batch.options import BatchOptions
    from ..batch.runner import run_batch
    from ..inputs.formats import FORMATS
    from ..inputs.jsonl import FieldNames
    from .progress import ProgressDisplay

    if input_format not in FORMATS:
        raise fail(f"--input-format must be one of {', '.join(FORMATS)}", EXIT_USAGE)
    options = BatchOptions(
        jobs=jobs or os.cpu_count() or 1,
        chunk_articles=chunk_articles,
        input_format=input_format,
        fields=FieldNames().with_overrides(text=text_field, id=id_field, published=date_field),
        max_bytes=max_bytes,
        max_html_bytes=max_html_bytes,
        model=model,
        shard_articles=shard_articles,
        scheduler=scheduler,
        local_cluster=local_cluster,
        article_timeout=article_timeout,
    )
    with exit_on_errors(), terminate_as_exit():
        resources.load_resources()  # a bad lexicon: exit 4 before any input is read
        with ProgressDisplay() as progress:
            summary = run_batch(inputs, output, options=options, progress=progress)
    for message in summary.skipped:
        typer.echo(f"extract: warning: {message}", err=True)
    for message in summary.damaged:
        typer.echo(f"extract: error: {message}", err=True)
    typer.echo(json.dumps(_summary_record(summary)), err=True)
    if summary.damaged:
        raise typer.Exit(EXIT_DAMAGED_INPUT)
    if summary.errors:
        raise typer.Exit(EXIT_ARTICLE_ERRORS)


@contextmanager
def terminate_as_exit() -> Iterator[None]:
    """SIGTERM in the block is an exit (code 143) that unwinds it, as Ctrl-C does, so the
    worker processes are stopped with the run instead of being left orphaned."""

    def stop(signum, frame):  # noqa: ARG001 - signal handler signature
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


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
        "skipped": len(summary.skipped),
        "damaged_inputs": len(summary.damaged),
        "time": state,
    }
