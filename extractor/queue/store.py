"""The claim queue behind one interface: SQLite (default, one file) or PostgreSQL (shared).

Both backends run the same SQL (``?`` placeholders, ``ON CONFLICT``, ``RETURNING``) and
the same Python logic (``ClaimQueue``, store_interface.py); they differ only in how they
connect, lock and report errors (store_sqlite.py, store_postgres.py). ``open_queue``
picks the backend a location names.
"""

from __future__ import annotations

from pathlib import Path

from .errors import QueueError
from .location import is_postgres_url, is_url, redact_location
from .store_connection import DEFAULT_LOCK_TIMEOUT, RetryHook
from .store_interface import ClaimQueue
from .store_postgres import PostgresQueue
from .store_sqlite import SQLiteQueue

__all__ = ["ClaimQueue", "PostgresQueue", "SQLiteQueue", "is_postgres_url", "open_queue"]


def open_queue(
    location: str | Path,
    *,
    create: bool = False,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    on_retry: RetryHook | None = None,
    read_only: bool = False,
) -> ClaimQueue:
    """A SQLite file path or a ``postgresql://`` URL; ``create`` makes a missing SQLite file.

    ``read_only`` (list, show, export, stats) opens a SQLite file with ``mode=ro``, so a
    queue in a folder the reader cannot write can still be read.
    """
    if is_postgres_url(str(location)):
        return PostgresQueue(
            str(location),
            create=create,
            lock_timeout=lock_timeout,
            on_retry=on_retry,
            read_only=read_only,
        )
    if is_url(str(location)):
        raise QueueError(
            f"{redact_location(str(location))}: not a queue location "
            "(use a SQLite file path or a postgresql:// URL)"
        )
    return SQLiteQueue(
        Path(location),
        create=create,
        lock_timeout=lock_timeout,
        on_retry=on_retry,
        read_only=read_only,
    )
