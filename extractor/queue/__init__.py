"""The fact-checking queue: claim records in, one ranked item per claim out.

``open_queue(path_or_url)`` gives a ``ClaimQueue`` (SQLite file or PostgreSQL URL);
``feed_files`` adds the JSON Lines `extract batch` writes; ``export.render`` writes
JSON Lines, CSV or schema.org JSON-LD. ``extract queue ...`` is the command line.

The stores and the feed are imported when first named (PEP 562 ``__getattr__``): importing
``extractor.queue.cli`` or one light submodule does not load every store (issue #13).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from .errors import (
    BadStatusError,
    ClaimsInputError,
    QueueCorruptError,
    QueueError,
    QueueLockedError,
    UnknownItemError,
)
from .models import STATUSES, AddSummary, Appearance, ItemFilter, QueueItem, QueueStats

if TYPE_CHECKING:
    from .feed import feed_files, read_claims
    from .store import ClaimQueue, PostgresQueue, SQLiteQueue, open_queue

# Public name: the submodule that defines it, imported on first use.
_LAZY = {
    "feed_files": "feed",
    "read_claims": "feed",
    "ClaimQueue": "store",
    "PostgresQueue": "store",
    "SQLiteQueue": "store",
    "open_queue": "store",
}


def __getattr__(name: str) -> object:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "STATUSES",
    "AddSummary",
    "Appearance",
    "BadStatusError",
    "ClaimQueue",
    "ClaimsInputError",
    "ItemFilter",
    "PostgresQueue",
    "QueueCorruptError",
    "QueueError",
    "QueueItem",
    "QueueLockedError",
    "QueueStats",
    "SQLiteQueue",
    "UnknownItemError",
    "feed_files",
    "open_queue",
    "read_claims",
]
