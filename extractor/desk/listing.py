"""The desk's ranked list: filters (the queue's, plus unit kind and conflicts only), paging in SQL.

The order is the queue's (``queue list``): score, then appearances, then the oldest item,
which the index ``queue_items_rank`` (queue/history.py) serves, so a page of 50 of a
6,000-item queue reads 50 rows, not all of them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from ..checkworthy.features import is_money
from ..queue import ClaimQueue, QueueError, QueueItem
from ..queue.dedup import parse_day
from ..queue.history import read_rows
from ..queue.models import parse_status
from ..queue.store_tables import ITEM_SELECT

UNIT_KINDS = ("money", "percent", "count", "other")
PERCENT_UNITS = ("percent", "percentage point")
ORDER = " ORDER BY score DESC, appearance_count DESC, id ASC"
MAX_PER_PAGE = 200


@dataclass(frozen=True)
class DeskFilter:
    """What the list shows; every field is a URL parameter of the list page."""

    status: str | None = None
    speaker: str | None = None
    since: str | None = None
    until: str | None = None
    min_score: float | None = None
    unit_kind: str | None = None
    conflicts: bool = False
    q: str | None = None  # full-text search: sentences, what it is about, speaker, note
    page: int = 1
    per_page: int = 50

    def query(self, **changes: Any) -> str:
        """This filter (with ``changes``) as a URL query string, defaults left out."""
        fields = asdict(replace(self, **changes))
        defaults = asdict(DeskFilter())
        params = {
            name: ("1" if value is True else value)
            for name, value in fields.items()
            if value not in (None, "", False) and value != defaults[name]
        }
        return urlencode(params)


@dataclass(frozen=True)
class Page:
    items: list[QueueItem]
    total: int
    filters: DeskFilter
    claimed_by: dict[int, str]  # in-review items: who claimed them

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.filters.per_page))


def _money_units(queue: ClaimQueue) -> list[str]:
    rows = read_rows(queue, "SELECT DISTINCT unit FROM queue_items WHERE unit IS NOT NULL")
    return [row[0] for row in rows if is_money(row[0])]


def _in(column: str, values: list[str]) -> str:
    return f"{column} IN ({', '.join('?' * len(values))})" if values else "1 = 0"


def _unit_clause(queue: ClaimQueue, kind: str) -> tuple[str, list[Any]]:
    money = _money_units(queue)  # the ranking's own test of money, so the two always agree
    if kind == "money":
        return _in("unit", money), money
    if kind == "percent":
        return _in("unit", list(PERCENT_UNITS)), list(PERCENT_UNITS)
    if kind == "count":
        return "unit IS NULL", []
    if kind == "other":
        known = money + list(PERCENT_UNITS)
        return f"unit IS NOT NULL AND NOT ({_in('unit', known)})", known
    raise QueueError(f"unknown unit kind {kind!r}: use one of {', '.join(UNIT_KINDS)}")


def _date_clause(filters: DeskFilter) -> tuple[str, list[Any]]:
    clauses, params = ["a.item_id = queue_items.id"], []
    if filters.since:
        clauses.append("a.published >= ?")
        params.append(filters.since)
    if filters.until:
        # "2022-11-10T08:00" is still on the 10th: compare with the next day's start.
        until = parse_day(filters.until)
        assert until is not None  # checked by where()
        clauses.append("a.published < ?")
        params.append((until + timedelta(days=1)).isoformat())
    return f"EXISTS (SELECT 1 FROM queue_appearances a WHERE {' AND '.join(clauses)})", params


def where(queue: ClaimQueue, filters: DeskFilter) -> tuple[str, list[Any]]:
    """The SQL condition (with its parameters) of a filter; QueueError for a bad one."""
    conditions: list[str] = []
    params: list[Any] = []
    for day in (filters.since, filters.until):
        if day and parse_day(day) is None:
            raise QueueError(f"bad date {day!r}: use YYYY-MM-DD")
    if filters.status:
        conditions.append("status = ?")
        params.append(parse_status(filters.status))
    if filters.speaker:
        conditions.append("lower(coalesce(speaker, '')) LIKE ?")
        params.append(f"%{filters.speaker.lower()}%")
    if filters.min_score is not None:
        conditions.append("score >= ?")
        params.append(filters.min_score)
    if filters.since or filters.until:
        clause, clause_params = _date_clause(filters)
        conditions.append(clause)
        params.extend(clause_params)
    if filters.unit_kind:
        clause, clause_params = _unit_clause(queue, filters.unit_kind)
        conditions.append(clause)
        params.extend(clause_params)
    if filters.conflicts:
        conditions.append(
            "(EXISTS (SELECT 1 FROM queue_conflicts c WHERE c.item_a = queue_items.id)"
            " OR EXISTS (SELECT 1 FROM queue_conflicts c WHERE c.item_b = queue_items.id))"
        )
    if filters.q:
        needle = f"%{filters.q.lower()}%"
        conditions.append(
            "(lower(sentence) LIKE ? OR lower(about) LIKE ? OR lower(coalesce(speaker, '')) LIKE ?"
            " OR lower(coalesce(note, '')) LIKE ? OR EXISTS (SELECT 1 FROM queue_appearances s"
            " WHERE s.item_id = queue_items.id AND (lower(s.sentence) LIKE ?"
            " OR lower(coalesce(s.title, '')) LIKE ?)))"
        )
        params.extend([needle] * 6)
    return (" WHERE " + " AND ".join(conditions) if conditions else ""), params


def list_page(queue: ClaimQueue, filters: DeskFilter) -> Page:
    """One page of the ranked, filtered list, the total count, and who claimed what."""
    condition, params = where(queue, filters)
    total = int(read_rows(queue, f"SELECT count(*) FROM queue_items{condition}", params)[0][0])
    offset = (filters.page - 1) * filters.per_page
    rows = read_rows(
        queue,
        f"SELECT {ITEM_SELECT} FROM queue_items{condition}{ORDER}"
        f" LIMIT {int(filters.per_page)} OFFSET {int(offset)}",
        params,
    )
    items = [queue._item(row) for row in rows]
    return Page(
        items, total, filters, claimed_by(queue, [i.id for i in items if i.status != "new"])
    )


def matching_ids(queue: ClaimQueue, filters: DeskFilter) -> list[int]:
    """Every item of a filter (all pages), in rank order: what an export writes."""
    condition, params = where(queue, filters)
    rows = read_rows(queue, f"SELECT id FROM queue_items{condition}{ORDER}", params)
    return [int(row[0]) for row in rows]


def claimed_by(queue: ClaimQueue, item_ids: list[int]) -> dict[int, str]:
    """Who made the latest change of each of these items (for in-review items: who claimed)."""
    if not item_ids:
        return {}
    rows = read_rows(
        queue,
        "SELECT h.item_id, h.user_name FROM queue_history h WHERE "
        + _in("h.item_id", [str(i) for i in item_ids])
        + " AND h.version = (SELECT max(version) FROM queue_history m WHERE m.item_id = h.item_id)",
        item_ids,
    )
    return {int(item_id): user for item_id, user in rows if user}
