"""`extract queue ...`: thin typer commands over ``extractor.queue`` (the only place that prints).

Each command opens the queue named by ``--queue`` (a SQLite file, created by ``add``, or a
``postgresql://`` URL), calls one library function and renders its result.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ExtractorError
from .errors import BadStatusError, QueueLockedError
from .export import DEFAULT_PUBLISHER
from .models import STATUSES, ItemFilter
from .terminal import (
    cell,
    conflicts_table,
    items_table,
    json_for_terminal,
    print_appearances,
    print_claim,
)

# The codes of `extract` (extractor/cli.py), and one of the queue's own.
EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_SKIPPED = (
    5  # as `batch` with failed articles: `queue add` finished but skipped malformed lines
)
EXIT_LOCKED = 6  # another writer held the queue longer than --lock-timeout: try again later
DEFAULT_QUEUE = "claims.db"
QUEUE_ENV = "CLAIM_QUEUE"

EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 an input or the queue cannot be read (missing or corrupt database, "
    "unknown item id, unreadable claims file, bad date); "
    "2 bad usage (unknown status, format, option); "
    "5 `queue add` finished but skipped malformed lines (each named on stderr); "
    "6 the queue stayed locked by another writer past --lock-timeout."
)

queue_app = typer.Typer(
    help=(
        "A durable, deduplicated, ranked queue of claims for fact-checkers "
        "(SQLite file or PostgreSQL).\n\n"
        "Examples:\n\n"
        "  extract batch dump.jsonl -o claims.jsonl"
        " && extract queue add claims.jsonl --queue claims.db\n\n"
        "  extract article.txt --format jsonl | extract queue add - --queue claims.db\n\n"
        "  extract queue list --queue claims.db --status new --min-score 0.5 --limit 20\n\n"
        "  extract queue show 12 --queue claims.db\n\n"
        "  extract queue mark 12 checked --note 'MoD figure, Sept.' --rating 'Mostly true'"
        " --queue claims.db\n\n"
        "  extract queue export --format jsonld -o claims.jsonld --queue claims.db\n\n"
        "  extract queue list --queue postgresql://checker@db.newsroom/claims"
    ),
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
    rich_markup_mode=None,
)

QueueOption = Annotated[
    str | None,
    typer.Option(
        "--queue",
        "--db",
        "-q",
        help=f"SQLite file or postgresql:// URL [default: ${QUEUE_ENV} or {DEFAULT_QUEUE}].",
    ),
]
LockOption = Annotated[
    float, typer.Option(help="Seconds to wait, with retries, while another writer holds the queue.")
]


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"extract: error: {message}", err=True)
    return typer.Exit(code)


def _warn(message: str) -> None:
    typer.echo(f"extract: warning: {message}", err=True)


def _location(queue: str | None) -> str:
    return queue or os.environ.get(QUEUE_ENV) or DEFAULT_QUEUE


@contextmanager
def _errors() -> Iterator[None]:
    """Typed library errors -> one line on stderr and the documented exit code."""
    try:
        yield
    except QueueLockedError as err:
        raise _fail(str(err), EXIT_LOCKED) from None
    except BadStatusError as err:
        raise _fail(str(err), EXIT_USAGE) from None
    except ExtractorError as err:
        raise _fail(str(err), EXIT_INPUT) from None


def _open(  # type: ignore[no-untyped-def]
    queue: str | None, *, create: bool = False, lock_timeout: float, read_only: bool = False
):
    from .store import open_queue

    def on_retry(attempt: int, attempts: int, message: str) -> None:
        _warn(f"{message} (try {attempt} of {attempts})")

    return open_queue(
        _location(queue),
        create=create,
        lock_timeout=lock_timeout,
        on_retry=on_retry,
        read_only=read_only,
    )


def _console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    # Off a terminal (pipes, tests) rich would wrap at 80 columns: give the table room.
    wide = sys.stdout.isatty() or "COLUMNS" in os.environ
    return Console(width=None if wide else 160, highlight=False)


def _check_limit(limit: int | None) -> None:
    if limit is not None and limit < 1:
        raise _fail("--limit must be >= 1", EXIT_USAGE)


@queue_app.command("add", epilog=EXIT_CODES_HELP)
def add_command(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Claims as JSON Lines (`extract batch -o`), .gz, or - for stdin."),
    ],
    queue: QueueOption = None,
    lock_timeout: LockOption = 30.0,
) -> None:
    """Feed claim records to the queue (created if missing).
    Feeding the same file twice changes nothing."""
    from .feed import check_inputs, feed_files

    with _errors():
        check_inputs(inputs)
        with _open(queue, create=True, lock_timeout=lock_timeout) as claim_queue:
            summary = feed_files(claim_queue, inputs, on_skip=_warn)
            stats = claim_queue.stats()
    report = {
        **summary.as_dict(),
        "queue": {
            "items": stats.items,
            "appearances": stats.appearances,
            "merged_appearances": stats.merged_appearances,
            "conflicts": stats.conflicts,
        },
    }
    typer.echo(json.dumps(report))
    if summary.skipped:
        _warn(f"skipped {summary.skipped} malformed line(s)")
        raise typer.Exit(EXIT_SKIPPED)


@queue_app.command("list", epilog=EXIT_CODES_HELP)
def list_command(
    queue: QueueOption = None,
    status: Annotated[
        str | None, typer.Option(help=f"Only this status: {', '.join(STATUSES)}.")
    ] = None,
    speaker: Annotated[
        str | None, typer.Option(help="Speaker name contains this (any case).")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Printed on or after this day, YYYY-MM-DD.")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Printed on or before this day, YYYY-MM-DD.")
    ] = None,
    min_score: Annotated[
        float | None, typer.Option(help="Check-worthiness at least this (0-1).")
    ] = None,
    search: Annotated[
        str | None,
        typer.Option(help="Text in a sentence, the speaker, what it is about or the note."),
    ] = None,
    limit: Annotated[int, typer.Option(help="Show at most N items.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")] = False,
    lock_timeout: LockOption = 30.0,
) -> None:
    """The queue ranked by check-worthiness, highest first, as a table."""
    _check_limit(limit)
    filters = ItemFilter(
        status=status,
        speaker=speaker,
        since=since,
        until=until,
        min_score=min_score,
        search=search,
        limit=limit,
    )
    with _errors(), _open(queue, lock_timeout=lock_timeout, read_only=True) as claim_queue:
        items = claim_queue.list_items(filters)
        if as_json:  # with appearances and conflicts, as `queue show --json`
            items = [claim_queue.get_item(item.id) for item in items]
        stats = claim_queue.stats()
    if as_json:
        from .export import item_record

        for item in items:
            typer.echo(json_for_terminal(json.dumps(item_record(item), ensure_ascii=False)))
        return
    console = _console()
    console.print(
        items_table(
            items,
            title=f"{len(items)} of {stats.items} items ({stats.merged_appearances} "
            f"appearances merged, {stats.conflicts} conflicts linked)",
        )
    )


@queue_app.command("show", epilog=EXIT_CODES_HELP)
def show_command(
    item_id: Annotated[int, typer.Argument(metavar="ID", help="The item's id (`queue list`).")],
    queue: QueueOption = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="The item as JSON (with its appearances).")
    ] = False,
    lock_timeout: LockOption = 30.0,
) -> None:
    """One item: the claim, its score, every sentence and source,
    and the items that conflict with it."""
    with _errors(), _open(queue, lock_timeout=lock_timeout, read_only=True) as claim_queue:
        item = claim_queue.get_item(item_id)
        as_of = claim_queue.stats().as_of
    if as_json:
        from .export import item_record

        typer.echo(json_for_terminal(json.dumps(item_record(item), ensure_ascii=False, indent=2)))
        return
    console = _console()

    def out(text: str = "") -> None:
        console.print(cell(text))

    print_claim(out, item, as_of=as_of)
    print_appearances(out, item)
    if item.conflicts:
        out()
        console.print(conflicts_table(item))


@queue_app.command("mark", epilog=EXIT_CODES_HELP)
def mark_command(
    item_id: Annotated[int, typer.Argument(metavar="ID", help="The item's id (`queue list`).")],
    status: Annotated[str, typer.Argument(help=f"One of {', '.join(STATUSES)}.")],
    queue: QueueOption = None,
    note: Annotated[
        str | None, typer.Option(help="The checker's note (kept when omitted).")
    ] = None,
    rating: Annotated[
        str | None,
        typer.Option(help="The verdict, e.g. 'False' or 'Mostly true' (exported in ClaimReview)."),
    ] = None,
    lock_timeout: LockOption = 30.0,
) -> None:
    """Move an item through the workflow: new, in_review, checked, dismissed."""
    from .models import parse_status

    with _errors():
        parse_status(status)  # a bad status is a usage error before the queue is touched
        with _open(queue, lock_timeout=lock_timeout) as claim_queue:
            item = claim_queue.mark(item_id, status, note=note, rating=rating)
    typer.echo(
        json.dumps({"id": item.id, "status": item.status, "rating": item.rating, "note": item.note})
    )


@queue_app.command("export", epilog=EXIT_CODES_HELP)
def export_command(
    queue: QueueOption = None,
    fmt: Annotated[
        str,
        typer.Option("--format", help="jsonl, csv, or jsonld (schema.org Claim / ClaimReview)."),
    ] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    status: Annotated[
        str | None, typer.Option(help=f"Only this status: {', '.join(STATUSES)}.")
    ] = None,
    min_score: Annotated[
        float | None, typer.Option(help="Check-worthiness at least this (0-1).")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="At most N items, highest score first.")] = None,
    publisher: Annotated[
        str,
        typer.Option(help="The fact-checking organisation: the author of each ClaimReview."),
    ] = DEFAULT_PUBLISHER,
    lock_timeout: LockOption = 30.0,
) -> None:
    """Write the queue, ranked, for fact-checking tools."""
    from ..batch.writers import write_text_atomic
    from .export import FORMATS, render

    if fmt not in FORMATS:
        raise _fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}", EXIT_USAGE)
    _check_limit(limit)
    filters = ItemFilter(status=status, min_score=min_score, limit=limit)
    with _errors():
        if status is not None:
            from .models import parse_status

            parse_status(status)
        with _open(queue, lock_timeout=lock_timeout, read_only=True) as claim_queue:
            chunks = render(claim_queue.iter_items(filters), fmt=fmt, publisher=publisher)
            if output is None:
                for chunk in chunks:
                    sys.stdout.write(chunk)
            else:
                write_text_atomic(output, "".join(chunks))


@queue_app.command("stats", epilog=EXIT_CODES_HELP)
def stats_command(queue: QueueOption = None, lock_timeout: LockOption = 30.0) -> None:
    """Counts as JSON: items, appearances, appearances merged, conflicts linked, items by status."""
    with _errors(), _open(queue, lock_timeout=lock_timeout, read_only=True) as claim_queue:
        stats = claim_queue.stats()
    typer.echo(json.dumps(stats.__dict__))
