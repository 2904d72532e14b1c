"""Who changed an item's status, when and why, and a version counter for safe concurrent edits.

An additive extension of the queue's schema (the review desk's, issue #14): the table
``queue_history`` (one row per change of status, note or rating) is created if missing, on
both backends, next to the tables of store_tables.py, which are left as they are. An
item's version is the number of its history rows (0 for an item nobody has touched yet).

``mark_versioned`` is ``ClaimQueue.mark`` with optimistic concurrency: the caller says
which version it saw; if someone else changed the item since, it raises
``VersionConflictError`` and writes nothing, so the second of two concurrent edits never
silently overwrites the first. The check and the write happen in one transaction under
the queue's write lock, and ``UNIQUE (item_id, version)`` would refuse a double write even
without it.

The same module lets other parts of the project keep their own tables in the queue's
database (``ensure_tables``, ``read_rows``, ``write``): the review desk keeps its users,
sessions and API tokens there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from .errors import QueueError, UnknownItemError
from .models import QueueItem, parse_status
from .store_connection import utc_now
from .store_interface import ClaimQueue
from .store_postgres import PostgresQueue

T = TypeVar("T")
Execute = Callable[..., Any]  # (sql, params) -> cursor, inside a transaction

HISTORY_SQL = """
CREATE TABLE IF NOT EXISTS queue_history (
    id {id_type},
    item_id INTEGER NOT NULL REFERENCES queue_items (id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL, note TEXT, rating TEXT, rating_value INTEGER,
    user_name TEXT, changed_at TEXT NOT NULL,
    UNIQUE (item_id, version)
);
CREATE INDEX IF NOT EXISTS queue_conflicts_b ON queue_conflicts (item_b);
CREATE INDEX IF NOT EXISTS queue_items_rank ON queue_items (score DESC, appearance_count DESC, id)
"""


class VersionConflictError(QueueError):
    """Someone changed the item after the caller read it; nothing was written."""

    def __init__(self, message: str, *, current: int) -> None:
        super().__init__(message)
        self.current = current


@dataclass(frozen=True)
class HistoryEntry:
    """One change of an item's status (with its note and rating), by whom and when."""

    version: int
    status: str
    note: str | None
    rating: str | None
    rating_value: int | None
    user_name: str | None
    changed_at: str


def ensure_tables(queue: ClaimQueue, ddl: str) -> None:
    """Create tables (``CREATE ... IF NOT EXISTS``; ``{id_type}`` filled in per backend)."""
    id_type = "BIGSERIAL PRIMARY KEY" if isinstance(queue, PostgresQueue) else "INTEGER PRIMARY KEY"
    statements = [s for s in ddl.format(id_type=id_type).split(";") if s.strip()]

    def create(execute: Execute) -> None:
        for statement in statements:
            execute(statement)

    write(queue, create)


def ensure_history(queue: ClaimQueue) -> None:
    """The history table and the indexes the desk's ranked list pages need, if missing."""
    ensure_tables(queue, HISTORY_SQL)


def read_rows(queue: ClaimQueue, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
    """The rows of one query (``?`` placeholders on both backends)."""
    return queue._read(lambda: queue._execute(sql, params).fetchall())


def write(queue: ClaimQueue, work: Callable[[Execute], T]) -> T:
    """Run ``work(execute)`` in one write transaction holding the queue's write lock."""
    return queue._write(lambda: work(queue._execute))


def item_version(queue: ClaimQueue, item_id: int) -> int:
    """How many times the item's status was changed through the history (0: never)."""
    rows = read_rows(queue, "SELECT max(version) FROM queue_history WHERE item_id = ?", (item_id,))
    return int(rows[0][0] or 0)


def item_history(queue: ClaimQueue, item_id: int) -> list[HistoryEntry]:
    """Every recorded change of the item, oldest first."""
    rows = read_rows(
        queue,
        "SELECT version, status, note, rating, rating_value, user_name, changed_at"
        " FROM queue_history WHERE item_id = ? ORDER BY version",
        (item_id,),
    )
    return [HistoryEntry(int(row[0]), *row[1:]) for row in rows]


def recorded_rating_value(queue: ClaimQueue, item_id: int) -> int | None:
    """The 1-5 rating value last recorded for the item through the history, if any."""
    rows = read_rows(
        queue,
        "SELECT rating_value FROM queue_history WHERE item_id = ? AND rating_value IS NOT NULL"
        " ORDER BY version DESC LIMIT 1",
        (item_id,),
    )
    return int(rows[0][0]) if rows else None


def mark_versioned(
    queue: ClaimQueue,
    item_id: int,
    status: str,
    *,
    expected_version: int,
    user_name: str | None,
    note: str | None = None,
    rating: str | None = None,
    rating_value: int | None = None,
) -> int:
    """Set status (note, rating: None keeps them) if the item is still at ``expected_version``.

    Returns the new version; raises ``VersionConflictError`` (nothing written) when the
    item changed since, ``UnknownItemError`` when there is no such item.
    """
    status = parse_status(status)

    def work(execute: Execute) -> int:
        if execute("SELECT id FROM queue_items WHERE id = ?", (item_id,)).fetchone() is None:
            raise UnknownItemError(f"{queue.location}: no queue item {item_id}")
        row = execute(
            "SELECT version, user_name, status FROM queue_history WHERE item_id = ?"
            " ORDER BY version DESC LIMIT 1",
            (item_id,),
        ).fetchone()
        current = int(row[0]) if row else 0
        if current != expected_version:
            who = f" by {row[1]}" if row and row[1] else ""
            raise VersionConflictError(
                f"item {item_id} was changed{who} (now {row[2] if row else 'new'}, version "
                f"{current}) after you opened it (version {expected_version}): "
                "reload it and decide again",
                current=current,
            )
        now = utc_now()
        execute(
            "UPDATE queue_items SET status = ?, note = coalesce(?, note),"
            " rating = coalesce(?, rating), updated_at = ? WHERE id = ?",
            (status, note, rating, now, item_id),
        )
        execute(
            "INSERT INTO queue_history (item_id, version, status, note, rating, rating_value,"
            " user_name, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (item_id, current + 1, status, note, rating, rating_value, user_name, now),
        )
        return current + 1

    return write(queue, work)


def get_item_with_version(queue: ClaimQueue, item_id: int) -> tuple[QueueItem, int]:
    """The item in full and its version: the version is read first, so a change in between
    shows newer data under the older version, and marking it then fails safe (a conflict)."""
    version = item_version(queue, item_id)
    return queue.get_item(item_id), version
