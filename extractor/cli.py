"""The command line: thin typer commands that parse arguments and call the library.

Only this module prints and sets exit codes. ``extract article.txt`` needs no
subcommand name: anything that is not a subcommand goes to ``extract file``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Annotated

# One BLAS thread per process: 13-17% faster on these machines (PERF-NOTES).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import typer  # noqa: E402
from typer.core import TyperGroup  # noqa: E402

from .errors import ExtractorError, InputError, ModelError  # noqa: E402
from .io import DEFAULT_MAX_BYTES, claims_to_json, looks_like_html, read_article, write_text_atomic  # noqa: E402
from .nlp import DEFAULT_MODEL  # noqa: E402

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_BELOW_FLOOR = 3
EXIT_MODEL = 4
EXIT_ARTICLE_ERRORS = 5

EXIT_CODES_HELP = (
    "Exit codes: 0 success (also an empty article: zero claims and a warning); "
    "1 an input cannot be read (missing, a directory, binary, not UTF-8, too large); "
    "2 bad usage; 3 `score` below --min-f1; 4 the spaCy pipeline cannot be loaded; "
    "5 `batch` finished but some articles failed."
)


class _DefaultToFile(TyperGroup):
    """Route ``extract ARTICLE [OPTIONS]`` to the ``file`` command."""

    def parse_args(self, ctx, args):  # type: ignore[no-untyped-def]
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["file", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=_DefaultToFile,
    help=(
        "Extract numeric claims from news: who said what number about what, citing whom, and when.\n\n"
        "Examples:\n\n"
        "  extract article.txt\n\n"
        "  extract article.txt --published 2022-11-10 --format jsonl -o claims.jsonl\n\n"
        "  cat article.txt | extract - --published 2022-11-10\n\n"
        "  extract score fixtures/gold/\n\n"
        "  extract score gold.json predictions.jsonl --min-f1 0.9 --json\n\n"
        "  extract batch dump.jsonl.gz -o claims.jsonl --jobs 2\n\n"
        "  extract bench all --data ../shared/benchmarks"
    ),
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    # -h as well as --help: _DefaultToFile already treats -h as help, not as an article name.
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
    rich_markup_mode=None,
)


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"extract: error: {message}", err=True)
    return typer.Exit(code)


@app.command("file", epilog=EXIT_CODES_HELP)
def file_command(
    article: Annotated[
        str, typer.Argument(help="An article as UTF-8 text; - reads standard input.")
    ],
    published: Annotated[
        str | None,
        typer.Option(help="The article's publication date, YYYY-MM-DD, for relative dates."),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="json (an array) or jsonl (one record per line).")
    ] = "json",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    model: Annotated[
        str, typer.Option(help="Any installed spaCy English pipeline.")
    ] = DEFAULT_MODEL,
    max_bytes: Annotated[
        int, typer.Option(help="Refuse larger files (not an article).")
    ] = DEFAULT_MAX_BYTES,
    input_format: Annotated[
        str, typer.Option(help="auto (HTML by .html/.htm or a leading <html>), text or html.")
    ] = "auto",
    save_text: Annotated[
        Path | None,
        typer.Option(help="HTML input: write the article text that the offsets index here."),
    ] = None,
) -> None:
    """Print the claims of one article as JSON (the default command: `extract article.txt`).

    An HTML page goes through trafilatura first: navigation, share buttons and comments
    are dropped, its title, site and date are kept, and offsets index the article text.
    """
    if fmt not in ("json", "jsonl"):
        raise _fail(f"--format must be json or jsonl, not {fmt!r}", EXIT_USAGE)
    if input_format not in ("auto", "text", "html"):
        raise _fail(f"--input-format must be auto, text or html, not {input_format!r}", EXIT_USAGE)
    from .pipeline import default_extractor, parse_published

    try:
        parse_published(published)
        article = read_article(article, max_bytes=max_bytes)
        text, metadata = article.text, {}
        is_html = input_format == "html" or (
            input_format == "auto" and looks_like_html(article.source, text)
        )
        if is_html and text.strip():  # an empty file is an empty article, whatever its name
            text, metadata, published = _html_article(article, published)
            if save_text is not None:
                write_text_atomic(save_text, text)
        if not text.strip():
            typer.echo(f"extract: warning: {article.source}: empty article, no claims", err=True)
        claims = default_extractor(model)(text, published=published, doc_id=article.doc_id)
        claims = [claim.model_copy(update=metadata) for claim in claims]
        rendered = claims_to_json(claims, fmt=fmt)
        if output is None:
            sys.stdout.write(rendered)
        else:
            write_text_atomic(output, rendered)
    except ModelError as err:
        raise _fail(str(err), EXIT_MODEL) from None
    except ExtractorError as err:
        raise _fail(str(err), EXIT_INPUT) from None


def _html_article(article, published: str | None) -> tuple[str, dict, str | None]:
    """An HTML page's article text, its metadata for the records, and the date to use
    (--published wins; else the page's own date when it is a valid one)."""
    from .html import html_to_article
    from .pipeline import parse_published

    page = html_to_article(article.text, name=article.source)
    if published is None and page.published:
        try:
            parse_published(page.published[:10])
            published = page.published[:10]
        except ExtractorError:
            pass
    return page.text, {"url": page.url, "title": page.title, "source": page.source}, published


@app.command("score", epilog=EXIT_CODES_HELP)
def score_command(
    gold: Annotated[Path, typer.Argument(help="A gold JSON file, or a folder of them.")],
    predictions: Annotated[
        Path | None,
        typer.Argument(
            help="Predicted claims (JSON array or JSON Lines). Omitted: run the extractor on the gold articles."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    detail: Annotated[
        bool, typer.Option("--detail", help="List misses, false positives and field errors.")
    ] = False,
    min_f1: Annotated[
        float | None,
        typer.Option(help="Exit with code 3 when detection F1 (0-1) is below this."),
    ] = None,
    model: Annotated[
        str, typer.Option(help="spaCy pipeline, when running the extractor.")
    ] = DEFAULT_MODEL,
) -> None:
    """Score predicted claims against hand-labelled gold (CLAIM-SPEC.md, Scoring)."""
    from rich.console import Console

    from .pipeline import default_extractor
    from .scoring import load_gold, load_predictions, render_detail, render_table, score

    try:
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
    except ModelError as err:
        raise _fail(str(err), EXIT_MODEL) from None
    except ExtractorError as err:
        raise _fail(str(err), EXIT_INPUT) from None
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


@app.command(
    "batch", epilog=EXIT_CODES_HELP + " Batch: 5 when some articles failed (see the errors file)."
)
def batch_command(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, folders, globs; - reads JSON Lines from stdin.")
    ],
    output: Annotated[
        Path,
        typer.Option(
            "-o", "--output", help="Claims as JSON Lines (a folder with --shard-articles)."
        ),
    ],
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Worker processes [default: all cores].")
    ] = 0,
    input_format: Annotated[str, typer.Option(help="auto, text, html, jsonl or warc.")] = "auto",
    text_field: Annotated[
        str | None, typer.Option(help="JSON Lines field with the article text.")
    ] = None,
    id_field: Annotated[
        str | None, typer.Option(help="JSON Lines field with the article id.")
    ] = None,
    date_field: Annotated[
        str | None, typer.Option(help="JSON Lines field with the publication date.")
    ] = None,
    shard_articles: Annotated[
        int | None, typer.Option(help="Write shards of about N articles each.")
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address, e.g. tcp://host:8786.")
    ] = None,
    local_cluster: Annotated[
        int | None, typer.Option(help="Start a local Dask cluster of N workers.")
    ] = None,
    model: Annotated[
        str, typer.Option(help="Any installed spaCy English pipeline.")
    ] = DEFAULT_MODEL,
    max_bytes: Annotated[
        int, typer.Option(help="Articles larger than this are errors.")
    ] = DEFAULT_MAX_BYTES,
    chunk_articles: Annotated[
        int, typer.Option(help="Articles per unit of work (and of resumption).")
    ] = 16,
    article_timeout: Annotated[
        float,
        typer.Option(
            help="Seconds one article may take before it is recorded as an error; 0: no limit."
        ),
    ] = 300.0,
) -> None:
    """Extract claims from a news dump, in parallel; rerun the same command to resume a stopped run.

    Output order is input order, whatever --jobs. Bad articles go to OUT.errors.jsonl
    with their id and reason; the run goes on.
    """
    from .batch import BatchOptions, run_batch
    from .readers import FORMATS, FieldNames

    if input_format not in FORMATS:
        raise _fail(f"--input-format must be one of {', '.join(FORMATS)}", EXIT_USAGE)
    for name, value, lowest in (
        ("--chunk-articles", chunk_articles, 1),
        ("--jobs", jobs, 0),
        ("--article-timeout", article_timeout, 0),
    ):
        if value < lowest:
            raise _fail(f"{name} must be >= {lowest}, not {value:g}", EXIT_USAGE)
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
    try:
        with _ProgressDisplay() as progress:
            summary = run_batch(inputs, output, options=options, progress=progress)
    except ModelError as err:
        raise _fail(str(err), EXIT_MODEL) from None
    except ExtractorError as err:
        raise _fail(str(err), EXIT_INPUT) from None
    import json

    state = "already complete" if summary.already_complete else f"{summary.seconds:.1f} s"
    typer.echo(
        json.dumps(
            {
                "articles": summary.articles,
                "claims": summary.claims,
                "errors": summary.errors,
                "resumed_chunks": summary.resumed_chunks,
                "outputs": summary.outputs,
                "errors_file": summary.errors_file,
                "time": state,
            }
        ),
        err=True,
    )
    if summary.errors:
        raise typer.Exit(EXIT_ARTICLE_ERRORS)


class _ProgressDisplay:
    """A rich progress bar on a terminal; nothing when stderr is not a terminal."""

    def __enter__(self):
        if not sys.stderr.isatty():
            self._bar = None
            return None
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("articles"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn(
                "{task.fields[rate]:.1f}/s  claims {task.fields[claims]}  errors {task.fields[errors]}"
            ),
            TimeRemainingColumn(),
            transient=False,
        )
        self._bar.start()
        self._task = self._bar.add_task("batch", total=None, rate=0.0, claims=0, errors=0)
        self._started = time.perf_counter()
        return self.update

    def update(self, progress) -> None:
        elapsed = max(time.perf_counter() - self._started, 1e-9)
        self._bar.update(
            self._task,
            completed=progress.articles,
            total=progress.total,
            rate=progress.articles / elapsed,
            claims=progress.claims,
            errors=progress.errors,
        )

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()


@app.command("bench", epilog=EXIT_CODES_HELP)
def bench_command(
    names: Annotated[
        list[str],
        typer.Argument(help="newsquant, polnear, tempeval3, meantime, all, or throughput."),
    ],
    data: Annotated[
        Path | None,
        typer.Option(
            help="Benchmark data folder [default: $CLAIM_BENCHMARKS or ../shared/benchmarks]."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
    detail: Annotated[bool, typer.Option("--detail", help="Also print the misses.")] = False,
    limit: Annotated[
        int | None, typer.Option(help="Only the first N documents (a quick look).")
    ] = None,
    model: Annotated[str, typer.Option(help="spaCy pipeline.")] = DEFAULT_MODEL,
    jobs: Annotated[
        list[int] | None, typer.Option(help="throughput: process counts to measure [1, 2].")
    ] = None,
    repeats: Annotated[
        int, typer.Option(help="throughput: repeat each measurement, keep the best.")
    ] = 1,
) -> None:
    """Score the extractor on annotated benchmark data (newsquant, polnear, tempeval3,
    meantime, or all), or measure `throughput` against plain spaCy; skips, with a
    message, what is absent."""
    import json

    from rich.console import Console

    from .bench import BENCHMARKS, default_data_root, render_result, run_benchmark
    from .pipeline import default_extractor

    root = data if data is not None else default_data_root()
    if names == ["throughput"]:
        from .bench import throughput

        result = throughput.run(
            root, jobs=tuple(jobs or (1, 2)), limit=limit, model=model, repeats=repeats
        )
        typer.echo(result.model_dump_json(indent=2)) if as_json else Console().print(result.table())
        return
    chosen = list(BENCHMARKS) if names == ["all"] else names
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        raise _fail(
            f"unknown benchmark {', '.join(unknown)}: choose from {', '.join(BENCHMARKS)} or all",
            EXIT_USAGE,
        )
    try:
        extractor = default_extractor(model)
    except ModelError as err:
        raise _fail(str(err), EXIT_MODEL) from None
    results = [
        run_benchmark(name, root=root, extractor=extractor, limit=limit, detail=detail)
        for name in chosen
    ]
    if as_json:
        typer.echo(
            json.dumps(
                [r.model_dump(exclude=set() if detail else {"details"}) for r in results], indent=2
            )
        )
        return
    console = Console()
    for result in results:
        console.print(render_result(result))
        if detail:
            for line in result.details:
                console.print(line, highlight=False, markup=False)


from .queue.cli import queue_app  # noqa: E402

app.add_typer(queue_app, name="queue")
from .desk.cli import desk_app  # noqa: E402

app.add_typer(desk_app, name="desk")


def main() -> None:
    """Console entry point."""
    app()
