"""Reading the queue: ranked and filtered item lists, one item in full, counts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from ..schema import Claim
from .dedup import parse_day
from .errors import QueueError, UnknownItemError
from .models import STATUSES, Appearance, ItemFilter, QueueItem, QueueStats, parse_status
from .store_connection import QueueConnection
from .store_scoring import askers_in
from .store_tables import APPEARANCE_COLUMNS, ITEM_COLUMNS, ITEM_SELECT

# "100%" is searched for as written: % and _ (and the escape character) match themselves.
LIKE = "LIKE ? ESCAPE '\\'"
MAX_ITEM_ID = 2**63 - 1  # SQLite INTEGER and PostgreSQL BIGINT
DEFAULT_FILTER = ItemFilter()  # ``list_items`` by default: no filter, the first 50 items
NO_LIMIT = ItemFilter(limit=None)  # ``iter_items`` by default: every item


class QueueReader(QueueConnection):
    """Lists, shows and counts items; never writes."""

    def list_items(self, filters: ItemFilter = DEFAULT_FILTER) -> list[QueueItem]:
        """Items ranked by check-worthiness (then by appearances, then oldest first)."""
        where: list[str] = []
        params: list[Any] = []
        for day in (filters.since, filters.until):
            if day is not None and parse_day(day) is None:
                raise QueueError(f"bad date {day!r}: use YYYY-MM-DD")
        if filters.status is not None:
            where.append("status = ?")
            params.append(parse_status(filters.status))
        if filters.speaker:
            where.append(f"lower(coalesce(speaker, '')) {LIKE}")
            params.append(contains_pattern(filters.speaker))
        if filters.min_score is not None:
            where.append("score >= ?")
            params.append(filters.min_score)
        if filters.since or filters.until:
            clauses = ["a.item_id = queue_items.id"]
            if filters.since:
                clauses.append("a.published >= ?")
                params.append(filters.since)
            if filters.until:
                # "2022-11-10T08:00" is still on the 10th: compare with the next day's start.
                clauses.append("a.published < ?")
                params.append(_next_day(filters.until))
            where.append(
                f"EXISTS (SELECT 1 FROM queue_appearances a WHERE {' AND '.join(clauses)})"
            )
        if filters.search:
            needle = contains_pattern(filters.search)
            where.append(
                f"(lower(sentence) {LIKE} OR lower(about) {LIKE}"
                f" OR lower(coalesce(speaker, '')) {LIKE}"
                f" OR lower(coalesce(note, '')) {LIKE} OR EXISTS (SELECT 1 FROM queue_appearances s"
                f" WHERE s.item_id = queue_items.id AND lower(s.sentence) {LIKE}))"
            )
            params.extend([needle] * 5)
        sql = f"SELECT {ITEM_SELECT} FROM queue_items"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY score DESC, appearance_count DESC, id ASC"
        if filters.limit is not None:
            sql += f" LIMIT {int(filters.limit)}"
        return self._read(
            lambda: [self._item(row) for row in self._execute(sql, params).fetchall()]
        )

    def get_item(self, item_id: int) -> QueueItem:
        """One item with its appearances and the items it conflicts with."""

        self._check_id(item_id)

        def work() -> QueueItem:
            row = self._execute(
                f"SELECT {ITEM_SELECT} FROM queue_items WHERE id = ?", (item_id,)
            ).fetchone()
            if row is None:
                raise UnknownItemError(f"{self.location}: no queue item {item_id}")
            item = self._item(row)
            item.appearances.extend(self._appearances(item_id))
            item.askers.update(askers_in(self._execute, {a.doc_id for a in item.appearances}))
            conflict_rows = self._execute(
                f"SELECT {ITEM_SELECT} FROM queue_items WHERE id IN"
                " (SELECT item_b FROM queue_conflicts WHERE item_a = ?"
                " UNION SELECT item_a FROM queue_conflicts"
                " WHERE item_b = ?) ORDER BY score DESC, id",
                (item_id, item_id),
            ).fetchall()
            item.conflicts.extend(self._item(r) for r in conflict_rows)
            return item

        return self._read(work)

    def _check_id(self, item_id: int) -> None:
        """An id no database integer can hold (99999999999999999999999) names no item."""
        if not 0 < item_id <= MAX_ITEM_ID:
            raise UnknownItemError(f"{self.location}: no queue item {item_id}")

    def iter_items(self, filters: ItemFilter = NO_LIMIT) -> Iterator[QueueItem]:
        """Full items (appearances and conflicts) in rank order, for export."""
        for item in self.list_items(filters):
            yield self.get_item(item.id)

    def stats(self) -> QueueStats:
        """Counts: items, appearances, appearances merged into an item, conflicts, by status."""

        def work() -> QueueStats:
            items = self._execute("SELECT count(*) FROM queue_items").fetchone()[0]
            appearances = self._execute("SELECT count(*) FROM queue_appearances").fetchone()[0]
            conflicts = self._execute("SELECT count(*) FROM queue_conflicts").fetchone()[0]
            by_status = dict.fromkeys(STATUSES, 0)
            for status, count in self._execute(
                "SELECT status, count(*) FROM queue_items GROUP BY status"
            ).fetchall():
                by_status[status] = int(count)
            return QueueStats(
                int(items),
                int(appearances),
                int(appearances) - int(items),
                int(conflicts),
                by_status,
                self._meta("as_of"),
            )

        return self._read(work)

    def _appearances(self, item_id: int) -> list[Appearance]:
        rows = self._execute(
            f"SELECT {', '.join(APPEARANCE_COLUMNS)} FROM queue_appearances WHERE item_id = ?"
            " ORDER BY published, id",
            (item_id,),
        ).fetchall()
        return [
            Appearance(
                key,
                doc_id,
                url,
                title,
                source,
                published,
                sentence,
                quantity_text,
                quote,
                Claim.model_validate_json(record),
            )
            for (
                key,
                doc_id,
                url,
                title,
                source,
                published,
                sentence,
                quantity_text,
                quote,
                record,
            ) in rows
        ]

    @staticmethod
    def _item(row: tuple[Any, ...]) -> QueueItem:
        fields = dict(zip((*ITEM_COLUMNS, "conflict_count"), row, strict=True))
        fields["conflict_count"] = int(fields["conflict_count"])
        fields["qualifiers"] = json.loads(fields["qualifiers"])
        fields["id"] = int(fields["id"])
        fields["score"] = float(fields["score"])
        return QueueItem(**fields)


def contains_pattern(text: str) -> str:
    """A LIKE pattern (with ``ESCAPE '\\'``) for "contains ``text``", in any case, literally."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _next_day(day: str) -> str:
    parsed = parse_day(day)
    if parsed is None:
        raise QueueError(f"bad date {day!r}: use YYYY-MM-DD")
    return (parsed + timedelta(days=1)).isoformat()
