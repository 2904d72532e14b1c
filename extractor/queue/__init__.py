"""The fact-checking queue: claim records in, one ranked item per claim out.

``open_queue(path_or_url)`` gives a ``ClaimQueue`` (SQLite file or PostgreSQL URL);
``feed_files`` adds the JSON Lines `extract batch` writes; ``export.render`` writes
JSON Lines, CSV or schema.org JSON-LD. ``extract queue ...`` is the command line.
"""

from .errors import (
    BadStatusError,
    ClaimsInputError,
    QueueCorruptError,
    QueueError,
    QueueLockedError,
    UnknownItemError,
)
from .feed import feed_files, read_claims
from .models import STATUSES, AddSummary, Appearance, ItemFilter, QueueItem, QueueStats
from .store import ClaimQueue, PostgresQueue, SQLiteQueue, open_queue

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
