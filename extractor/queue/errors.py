"""Typed errors of the claim queue. The library raises these; only the CLI prints them."""

from __future__ import annotations

from ..errors import ExtractorError, InputError


class QueueError(ExtractorError):
    """The queue cannot be opened or changed; the message names the queue and the cause."""


class QueueCorruptError(QueueError):
    """The file is not a claim queue database (garbage, another program's database, damaged)."""


class QueueLockedError(QueueError):
    """Another process held the queue's write lock longer than the lock timeout."""


class UnknownItemError(QueueError):
    """No queue item has this id."""


class BadStatusError(QueueError):
    """A status that is not one of new, in_review, checked, dismissed."""


class ClaimsInputError(InputError):
    """A claims file cannot be read at all (missing, a directory, not UTF-8)."""
