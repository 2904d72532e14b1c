"""`extract queue ...`: thin typer commands over ``extractor.queue`` (the only place that prints).

Each command opens the queue named by ``--queue`` (a SQLite file, created by ``add``, or a
``postgresql://`` URL), calls one library function and renders its result.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ExtractorError
from .errors import BadStatusError, QueueLockedError
from .models import STATUSES, ItemFilter, QueueItem

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
Printer = Callable[..., None]  # prints one line of `queue show` (no text: an empty line)
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


def _open(queue: str | None, *, create: bool = False, lock_timeout: float):  # type: ignore[no-untyped-def]
    from .store import open_queue

    def on_retry(attempt: int, attempts: int, message: str) -> None:
        _warn(f"{message} (try {attempt} of {attempts})")

    return open_queue(_location(queue), create=create, lock_timeout=lock_timeout, on_retry=on_retry)


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
    with _errors(), _open(queue, lock_timeout=lock_timeout) as claim_queue:
        items = claim_queue.list_items(filters)
        stats = claim_queue.stats()
    if as_json:
        from .export import item_record

        for item in items:
            typer.echo(json.dumps(item_record(item), ensure_ascii=False))
        return
    console = _console()
    console.print(
        _table(
            items,
            title=f"{len(items)} of {stats.items} items ({stats.merged_appearances} "
            f"appearances merged, {stats.conflicts} conflicts linked)",
        )
    )


def _table(items: list[QueueItem], *, title: str):  # type: ignore[no-untyped-def]
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=False, title_justify="left")
    for name, options in (
        ("id", {"justify": "right"}),
        ("score", {"justify": "right"}),
        ("status", {}),
        ("speaker", {"max_width": 24}),
        ("number", {"justify": "right", "max_width": 22}),
        ("about", {"max_width": 28}),
        ("sentence", {"ratio": 1, "min_width": 30}),
        ("outlets", {"justify": "right"}),
        ("seen", {"justify": "right"}),
        ("last", {}),
        ("conf.", {"justify": "right"}),
    ):
        table.add_column(name, overflow="fold" if name != "sentence" else "ellipsis", **options)
    for item in items:
        table.add_row(
            str(item.id),
            f"{item.score:.2f}",
            item.status,
            Text(item.speaker or "-"),
            Text(item.number_text()),
            Text(_about(item)),
            Text(_shorten(item.sentence, 110)),
            str(item.outlets),
            str(item.appearance_count),
            item.last_published or "-",
            str(item.conflict_count or ""),
        )
    return table


def _about(item: QueueItem) -> str:
    words = [*item.qualifiers, item.entity or item.about]
    if item.property:
        words.append(f"({item.property})")
    return " ".join(word for word in words if word)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


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
    with _errors(), _open(queue, lock_timeout=lock_timeout) as claim_queue:
        item = claim_queue.get_item(item_id)
        as_of = claim_queue.stats().as_of
    if as_json:
        from .export import item_record

        typer.echo(json.dumps(item_record(item), ensure_ascii=False, indent=2))
        return
    console = _console()

    def out(text: str = "") -> None:
        console.print(text, markup=False, highlight=False)

    _print_claim(out, item, as_of=as_of)
    _print_appearances(out, item)
    if item.conflicts:
        out()
        console.print(_conflicts_table(item))


def _print_claim(out: Printer, item: QueueItem, *, as_of: str | None) -> None:
    """The item's score (each feature's part), speaker, number, topic, quote and spread."""
    from .ranking import WEIGHTS, RankFeatures, claim_score, explain

    features = RankFeatures(
        item.speaker,
        item.speaker_kind,
        item.speaker_mention,
        item.value,
        item.low,
        item.high,
        item.bound,
        item.unit,
        item.quote,
        item.outlets,
        item.last_published,
        claim_score([appearance.claim for appearance in item.appearances]),
    )
    parts = explain(features, as_of=as_of)
    out(f"Item {item.id}  [{item.status}]  check-worthiness {item.score:.2f}")
    out(
        "  " + ", ".join(f"{name} {value:.2f}x{WEIGHTS[name]:.2f}" for name, value in parts.items())
    )
    if item.note or item.rating:
        out(f"  rating: {item.rating or '-'}   note: {item.note or '-'}")
    out()
    speaker = (
        f'{item.speaker} ({item.speaker_kind}; "{item.speaker_mention}")'
        if item.speaker
        else "none (the article)"
    )
    out(f"Speaker:  {speaker}")
    out(f'Number:   {item.number_text()}   ("{item.quantity_text}", bound {item.bound})')
    out(f'About:    {_about(item)}   "{item.about}"')
    out(f"Quote:    {item.quote}")
    out(
        f"Printed:  {item.appearance_count} time(s) by {item.outlets} outlet(s), "
        f"{item.first_published or '?'} to {item.last_published or '?'}"
    )
    out()


def _print_appearances(out: Printer, item: QueueItem) -> None:
    """Every place the item was printed: source, date, article, title, URL and sentence."""
    for number, appearance in enumerate(item.appearances, start=1):
        where = " | ".join(
            x for x in (appearance.source, appearance.published, appearance.doc_id) if x
        )
        out(f"[{number}] {where}")
        if appearance.title:
            out(f"    {appearance.title}")
        if appearance.url:
            out(f"    {appearance.url}")
        out(f'    "{" ".join(appearance.sentence.split())}"  ({appearance.quote} quote)')


def _conflicts_table(item: QueueItem):  # type: ignore[no-untyped-def]
    """The item and the items it conflicts with, side by side."""
    from rich.table import Table
    from rich.text import Text

    table = Table(
        title=f"Conflicts: {len(item.conflicts)} item(s) about the same thing with other numbers",
        title_justify="left",
        show_lines=True,
    )
    for name in ("id", "speaker", "number", "about", "sentence", "sources"):
        table.add_column(name, overflow="fold", ratio=3 if name == "sentence" else None)
    for other in [item, *item.conflicts]:
        table.add_row(
            f"{other.id}{' (this)' if other.id == item.id else ''}",
            Text(other.speaker or "-"),
            Text(other.number_text()),
            Text(_about(other)),
            Text(_shorten(other.sentence, 300)),
            Text(f"{other.outlets} outlet(s), {other.last_published or '?'}"),
        )
    return table


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
    lock_timeout: LockOption = 30.0,
) -> None:
    """Write the queue, ranked, for fact-checking tools."""
    from ..io import write_text_atomic
    from .export import FORMATS, render

    if fmt not in FORMATS:
        raise _fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}", EXIT_USAGE)
    _check_limit(limit)
    filters = ItemFilter(status=status, min_score=min_score, limit=limit)
    with _errors():
        if status is not None:
            from .models import parse_status

            parse_status(status)
        with _open(queue, lock_timeout=lock_timeout) as claim_queue:
            chunks = render(claim_queue.iter_items(filters), fmt=fmt)
            if output is None:
                for chunk in chunks:
                    sys.stdout.write(chunk)
            else:
                write_text_atomic(output, "".join(chunks))


@queue_app.command("stats", epilog=EXIT_CODES_HELP)
def stats_command(queue: QueueOption = None, lock_timeout: LockOption = 30.0) -> None:
    """Counts as JSON: items, appearances, appearances merged, conflicts linked, items by status."""
    with _errors(), _open(queue, lock_timeout=lock_timeout) as claim_queue:
        stats = claim_queue.stats()
    typer.echo(json.dumps(stats.__dict__))
