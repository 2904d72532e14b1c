"""The checking workflow: an item's status (new, in_review, checked, dismissed), note, rating."""

from __future__ import annotations

from .errors import UnknownItemError
from .models import QueueItem, parse_status
from .store_connection import utc_now
from .store_reading import QueueReader


class QueueWorkflow(QueueReader):
    """Moves items through the workflow (and reads them back)."""

    def mark(
        self, item_id: int, status: str, *, note: str | None = None, rating: str | None = None
    ) -> QueueItem:
        """Set an item's status (and note, rating: None keeps the current one)."""
        status = parse_status(status)
        self._check_id(item_id)

        def work() -> None:
            row = self._execute("SELECT id FROM queue_items WHERE id = ?", (item_id,)).fetchone()
            if row is None:
                raise UnknownItemError(f"{self.location}: no queue item {item_id}")
            self._execute(
                "UPDATE queue_items SET status = ?, note = coalesce(?, note),"
                " rating = coalesce(?, rating), updated_at = ? WHERE id = ?",
                (status, note, rating, utc_now(), item_id),
            )

        self._write(work)
        return self.get_item(item_id)
