"""``ClaimQueue``: the interface both backends implement, composed from one mixin per role.

=================== ==================================================================
store_connection    backend hooks, write transactions with lock retries, schema, meta
store_scoring       items' counts and check-worthiness scores
store_feeding       claim records in: items, appearances, conflict links
store_reading       ranked, filtered lists; one item in full; counts
store_workflow      status, note and rating of an item
=================== ==================================================================
"""

from __future__ import annotations

from .store_feeding import QueueFeeder
from .store_workflow import QueueWorkflow


class ClaimQueue(QueueFeeder, QueueWorkflow):
    """A durable, deduplicated, ranked queue of claims; use ``open_queue`` to get one."""

    def __enter__(self) -> ClaimQueue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
