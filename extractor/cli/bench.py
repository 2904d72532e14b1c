"""`extract bench`: scores on annotated benchmark data, or throughput against spaCy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ModelError
from ..nlp import DEFAULT_MODEL
from .errors import EXIT_MODEL, EXIT_USAGE, fail

Names = Annotated[
    list[str],
    typer.Argument(
        help="newsquant, polnear, tempeval3, meantime, all; or throughput, startup, profile."
    ),
]
Data = Annotated[
    Path | None,
    typer.Option(
        help="Benchmark data folder [default: $CLAIM_BENCHMARKS or ../shared/benchmarks]."
    ),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print the results as JSON.")]
Detail = Annotated[bool, typer.Option("--detail", help="Also print the misses.")]
Limit = Annotated[int | None, typer.Option(help="Only the first N documents (a quick look).")]
Model = Annotated[str, typer.Option(help="spaCy pipeline.")]
Jobs = Annotated[
    list[int] | None, typer.Option(help="throughput: process counts to measure [1, 2].")
]
Repeats = Annotated[int, typer.Option(help="throughput: repeat each measurement, keep the best.")]
Runs = Annotated[int, typer.Option(min=1, help="startup: fresh processes per system (median).")]
ArticlePath = Annotated[
    Path | None, typer.Option("--article", help="startup: the article [default: the fixture].")
]


def bench_command(
    names: Names,
    data: Data = None,
    as_json: AsJson = False,
    detail: Detail = False,
    limit: Limit = None,
    model: Model = DEFAULT_MODEL,
    jobs: Jobs = None,
    repeats: Repeats = 1,
    runs: Runs = 5,
    article: ArticlePath = None,
) -> None:
    """Score the extractor on annotated benchmark data (newsquant, polnear, tempeval3,
    meantime, or all), or measure `throughput` or `startup` against plain spaCy, or
    `profile` where the time goes per 1,000 words; skips, with a message, what is absent."""
    from ..bench import BENCHMARKS, default_data_root

    root = data if data is not None else default_data_root()
    if names == ["throughput"]:
        _throughput(root, jobs=jobs, limit=limit, model=model, repeats=repeats, as_json=as_json)
        return
    if names == ["startup"]:
        _startup(article=article, model=model, runs=runs, as_json=as_json)
        return
    if names == ["profile"]:
        _profile(root, limit=limit, model=model, as_json=as_json)
        return
    chosen = list(BENCHMARKS) if names == ["all"] else names
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        raise fail(
            f"unknown benchmark {', '.join(unknown)}: choose from {', '.join(BENCHMARKS)} or all",
            EXIT_USAGE,
        )
    _scores(chosen, root, limit=limit, model=model, detail=detail, as_json=as_json)


def _throughput(
    root: Path,
    *,
    jobs: list[int] | None,
    limit: int | None,
    model: str,
    repeats: int,
    as_json: bool,
) -> None:
    """Words per second of the extractor and of plain spaCy, per process count."""
    from rich.console import Console

    from ..bench import throughput

    result = throughput.run(
        root, jobs=tuple(jobs or (1, 2)), limit=limit, model=model, repeats=repeats
    )
    if as_json:
        typer.echo(result.model_dump_json(indent=2))
    else:
        Console().print(result.table())


def _startup(*, article: Path | None, model: str, runs: int, as_json: bool) -> None:
    """Latency of `extract ARTICLE` against a plain spaCy load-and-parse process."""
    from rich.console import Console

    from ..bench import startup

    published = startup.DEFAULT_PUBLISHED if article is None else None
    result = startup.run(
        article=article or startup.DEFAULT_ARTICLE, published=published, model=model, runs=runs
    )
    if as_json:
        typer.echo(result.model_dump_json(indent=2))
    else:
        Console().print(result.table())


def _profile(root: Path, *, limit: int | None, model: str, as_json: bool) -> None:
    """Milliseconds per 1,000 words in each stage, on the news dump sample."""
    from rich.console import Console

    from ..bench import profile

    result = profile.run(root, limit=limit or profile.DEFAULT_LIMIT, model=model)
    if as_json:
        typer.echo(result.model_dump_json(indent=2))
    else:
        Console().print(result.table())


def _scores(
    chosen: list[str], root: Path, *, limit: int | None, model: str, detail: bool, as_json: bool
) -> None:
    """Run the chosen benchmarks with one extractor and print their results."""
    from rich.console import Console

    from ..bench import render_result, run_benchmark
    from ..pipeline import default_extractor

    try:
        extractor = default_extractor(model)
    except ModelError as err:
        raise fail(str(err), EXIT_MODEL) from None
    results = [
        run_benchmark(name, root=root, extractor=extractor, limit=limit, detail=detail)
        for name in chosen
    ]
    if as_json:
        exclude = set() if detail else {"details"}
        typer.echo(json.dumps([r.model_dump(exclude=exclude) for r in results], indent=2))
        return
    console = Console()
    for result in results:
        console.print(render_result(result))
        if detail:
            for line in result.details:
                console.print(line, highlight=False, markup=False)
