"""The claim queue behind one interface: SQLite (default, one file) or PostgreSQL (shared).

Both backends run the same SQL (``?`` placeholders, ``ON CONFLICT``, ``RETURNING``) and
the same Python logic; they differ only in how they connect, lock and report errors.

Concurrency: every write is one transaction that first takes the queue's write lock
(SQLite ``BEGIN IMMEDIATE`` in WAL mode; PostgreSQL a transaction-scoped advisory
lock), so feeders are serialised while readers never wait. Matching a record to an item
(read, then insert) happens under that lock, and appearance keys are UNIQUE besides, so
any number of concurrent feeders lose nothing and double nothing. A writer that finds the
lock taken waits (busy timeout), then retries with back-off until ``lock_timeout``; then
it raises ``QueueLockedError``.
"""

from __future__ import annotations

import json
import sqlite3
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..schema import Claim
from .dedup import (
    Numbers,
    appearance_key,
    identity_key,
    is_share,
    parse_day,
    property_stems,
    qualifier_stems,
    quantities_conflict,
    quantities_match,
    speaker_key,
    topic_key,
    topics_compatible,
    within_window,
)
from .errors import QueueCorruptError, QueueError, QueueLockedError, UnknownItemError
from .models import (
    STATUSES,
    AddSummary,
    Appearance,
    ItemFilter,
    QueueItem,
    QueueStats,
    parse_status,
)
from .ranking import RankFeatures, check_worthiness, strongest_quote

FORMAT_NAME = "extract-claim-queue"
FORMAT_VERSION = "1"
DEFAULT_LOCK_TIMEOUT = 30.0  # seconds a writer waits for another writer before giving up
LOCK_ATTEMPTS = 4
BATCH_RECORDS = 200  # records per write transaction: short transactions let feeders interleave
_ADVISORY_LOCK = 0x436C61696D51  # "ClaimQ": PostgreSQL advisory lock id of the write lock

RetryHook = Callable[[int, int, str], None]  # (attempt, attempts, message)

ITEM_COLUMNS = (
    "id",
    "speaker",
    "speaker_kind",
    "speaker_mention",
    "entity",
    "qualifiers",
    "property",
    "about",
    "value",
    "low",
    "high",
    "bound",
    "unit",
    "quantity_text",
    "sentence",
    "quote",
    "status",
    "note",
    "rating",
    "score",
    "outlets",
    "appearance_count",
    "first_published",
    "last_published",
    "updated_at",
)
# The columns of QueueItem, in order; the last is computed.
ITEM_SELECT = ", ".join(ITEM_COLUMNS) + (
    ", (SELECT count(*) FROM queue_conflicts c WHERE c.item_a = queue_items.id OR c.item_b = queue_items.id)"
)
APPEARANCE_COLUMNS = (
    "appearance_key",
    "doc_id",
    "url",
    "title",
    "source",
    "published",
    "sentence",
    "quantity_text",
    "quote",
    "record",
)

_TABLES = """
CREATE TABLE IF NOT EXISTS queue_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS queue_items (
    id {id_type},
    identity_key TEXT NOT NULL,
    topic_key TEXT,
    speaker TEXT, speaker_norm TEXT NOT NULL, speaker_kind TEXT, speaker_mention TEXT,
    entity TEXT, qualifiers TEXT NOT NULL, property TEXT, about TEXT NOT NULL,
    value {real}, low {real}, high {real}, bound TEXT NOT NULL, unit TEXT,
    quantity_text TEXT NOT NULL, sentence TEXT NOT NULL, quote TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new', note TEXT, rating TEXT,
    score {real} NOT NULL DEFAULT 0, outlets INTEGER NOT NULL DEFAULT 0,
    appearance_count INTEGER NOT NULL DEFAULT 0,
    first_published TEXT, last_published TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS queue_items_identity ON queue_items (identity_key);
CREATE INDEX IF NOT EXISTS queue_items_topic ON queue_items (topic_key);
CREATE INDEX IF NOT EXISTS queue_items_score ON queue_items (score);
CREATE TABLE IF NOT EXISTS queue_appearances (
    id {id_type},
    item_id INTEGER NOT NULL REFERENCES queue_items (id),
    appearance_key TEXT NOT NULL UNIQUE,
    doc_id TEXT, url TEXT, title TEXT, source TEXT, published TEXT,
    sentence TEXT NOT NULL, quantity_text TEXT NOT NULL, quote TEXT NOT NULL,
    record TEXT NOT NULL, added_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS queue_appearances_item ON queue_appearances (item_id);
CREATE TABLE IF NOT EXISTS queue_conflicts (
    item_a INTEGER NOT NULL REFERENCES queue_items (id),
    item_b INTEGER NOT NULL REFERENCES queue_items (id),
    PRIMARY KEY (item_a, item_b)
);
"""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _outlet(source: str | None, url: str | None, doc_id: str | None) -> str:
    """Who printed an appearance: the source name, else the URL's host, else the article."""
    if source:
        return source.strip().lower()
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    return f"doc:{doc_id}"


class ClaimQueue(ABC):
    """A durable, deduplicated, ranked queue of claims; use ``open_queue`` to get one."""

    location: str

    def __init__(
        self, *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT, on_retry: RetryHook | None = None
    ) -> None:
        self.lock_timeout = lock_timeout
        self.on_retry = on_retry

    # -- backend hooks ---------------------------------------------------------------

    @abstractmethod
    def _execute(self, sql: str, params: Iterable[Any] = ()) -> Any:
        """Run one statement; return a cursor (``fetchone``/``fetchall`` give tuples)."""

    @abstractmethod
    def _execute_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None: ...

    @abstractmethod
    def _begin_write(self) -> None:
        """Start a transaction holding the queue's write lock (may raise a lock error)."""

    @abstractmethod
    def _is_lock_error(self, err: Exception) -> bool: ...

    @abstractmethod
    def _translate(self, err: Exception) -> QueueError:
        """The backend's exception as a typed queue error with a message a user can act on."""

    @abstractmethod
    def close(self) -> None: ...

    @property
    @abstractmethod
    def _backend_errors(self) -> tuple[type[Exception], ...]: ...

    def __enter__(self) -> ClaimQueue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------------

    def _write(self, work: Callable[[], Any]) -> Any:
        """Run ``work`` in a write transaction; retry on a held lock until ``lock_timeout``."""
        started = time.monotonic()
        for attempt in range(1, LOCK_ATTEMPTS + 1):
            try:
                self._begin_write()
                try:
                    result = work()
                    self._execute("COMMIT")
                    return result
                except BaseException:
                    self._rollback()
                    raise
            except self._backend_errors as err:
                if not self._is_lock_error(err):
                    raise self._translate(err) from err
                waited = time.monotonic() - started
                if attempt == LOCK_ATTEMPTS:
                    raise QueueLockedError(
                        f"{self.location}: the queue is locked by another writer; gave up after "
                        f"{attempt} tries in {waited:.1f} s (raise --lock-timeout, or try again when it is done)"
                    ) from None
                if self.on_retry is not None:
                    self.on_retry(
                        attempt,
                        LOCK_ATTEMPTS,
                        f"{self.location} is locked by another writer, retrying",
                    )
                time.sleep(min(0.05 * 2**attempt, self.lock_timeout / LOCK_ATTEMPTS))
        raise AssertionError("unreachable")

    def _rollback(self) -> None:
        try:
            self._execute("ROLLBACK")
        except self._backend_errors:
            pass

    def _read(self, work: Callable[[], Any]) -> Any:
        try:
            return work()
        except self._backend_errors as err:
            raise self._translate(err) from err

    def _init_schema(self, tables_sql: str) -> None:
        def create() -> None:
            found = self._meta("format")
            if found is None:
                if self._has_foreign_tables():
                    raise QueueCorruptError(
                        f"{self.location}: this database is not a claim queue (it holds other tables)"
                    )
                for statement in filter(str.strip, tables_sql.split(";")):
                    self._execute(statement)
                self._execute(
                    "INSERT INTO queue_meta (key, value) VALUES (?, ?)", ("format", FORMAT_NAME)
                )
                self._execute(
                    "INSERT INTO queue_meta (key, value) VALUES (?, ?)", ("version", FORMAT_VERSION)
                )
            self._check_format()

        if self._read(lambda: self._meta("format")) is not None:
            self._read(self._check_format)
        else:
            self._write(create)

    def _check_format(self) -> None:
        found, version = self._meta("format"), self._meta("version")
        if found != FORMAT_NAME:
            raise QueueCorruptError(f"{self.location}: this database is not a claim queue")
        if version != FORMAT_VERSION:
            raise QueueCorruptError(
                f"{self.location}: claim queue format {version} is not supported (this version reads {FORMAT_VERSION})"
            )

    @abstractmethod
    def _has_foreign_tables(self) -> bool: ...

    @abstractmethod
    def _meta_table_exists(self) -> bool: ...

    def _meta(self, key: str) -> str | None:
        if not self._meta_table_exists():
            return None
        row = self._execute("SELECT value FROM queue_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self._execute(
            "INSERT INTO queue_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- feeding -----------------------------------------------------------------------

    def add_claims(
        self, claims: Iterable[Claim], *, summary: AddSummary | None = None
    ) -> AddSummary:
        """Add claim records: new items, new appearances of known items, conflict links.

        Idempotent: a record whose appearance (article + offsets) is already queued
        changes nothing.
        """
        summary = summary if summary is not None else AddSummary()
        batch: list[Claim] = []
        as_of_moved = False
        for claim in claims:
            batch.append(claim)
            if len(batch) >= BATCH_RECORDS:
                as_of_moved |= self._add_batch(batch, summary)
                batch = []
        if batch:
            as_of_moved |= self._add_batch(batch, summary)
        if as_of_moved:
            # Recency is relative to the newest date in the queue: when that moved, every
            # score moves (once per feed, not per batch).
            self._write(lambda: self._refresh(None, as_of=self._meta("as_of"), now=_now()))
        return summary

    def rescore(self) -> None:
        """Recompute every item's counts and score (after a change of ranking weights)."""
        self._write(lambda: self._refresh(None, as_of=self._meta("as_of"), now=_now()))

    def _add_batch(self, claims: list[Claim], summary: AddSummary) -> bool:
        def work() -> tuple[AddSummary, bool]:
            local = AddSummary()
            touched: set[int] = set()
            now = _now()
            for claim in claims:
                local.records += 1
                key = appearance_key(claim)
                if self._execute(
                    "SELECT 1 FROM queue_appearances WHERE appearance_key = ?", (key,)
                ).fetchone():
                    local.duplicates += 1
                    continue
                item_id = self._matching_item(claim)
                if item_id is None:
                    item_id = self._insert_item(claim, now)
                    local.new_items += 1
                    local.conflicts += self._link_conflicts(item_id, claim)
                else:
                    local.merged += 1
                self._insert_appearance(item_id, key, claim, now)
                touched.add(item_id)
            as_of = self._meta("as_of")
            newest = max([c.published[:10] for c in claims if c.published] + [as_of or ""]) or None
            moved = bool(newest and newest != as_of)
            if moved:
                self._set_meta("as_of", newest)
            self._refresh(sorted(touched), as_of=newest, now=now)
            return local, moved

        # Counted only once committed: a retried transaction starts its counts afresh.
        local, moved = self._write(work)
        for name, value in local.as_dict().items():
            setattr(summary, name, getattr(summary, name) + value)
        return moved

    def _matching_item(self, claim: Claim) -> int | None:
        numbers = Numbers.of(claim)
        rows = self._execute(
            "SELECT id, value, low, high, bound FROM queue_items WHERE identity_key = ? ORDER BY id",
            (identity_key(claim),),
        ).fetchall()
        for item_id, value, low, high, bound in rows:
            if quantities_match(numbers, Numbers(value, low, high, bound)):
                return int(item_id)
        return None

    def _insert_item(self, claim: Claim, now: str) -> int:
        q, about, speaker = claim.quantity, claim.about, claim.speaker
        row = self._execute(
            "INSERT INTO queue_items (identity_key, topic_key, speaker, speaker_norm, speaker_kind, speaker_mention,"
            " entity, qualifiers, property, about, value, low, high, bound, unit, quantity_text, sentence, quote,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                identity_key(claim),
                topic_key(claim),
                speaker.name if speaker else None,
                speaker_key(speaker.name, speaker.kind) if speaker else "",
                speaker.kind if speaker else None,
                speaker.mention.text if speaker else None,
                about.entity,
                json.dumps(list(about.qualifiers)),
                about.property,
                about.text,
                q.value,
                q.low,
                q.high,
                q.bound,
                q.unit,
                q.text,
                claim.sentence.text,
                claim.quote,
                now,
                now,
            ),
        ).fetchone()
        return int(row[0])

    def _link_conflicts(self, item_id: int, claim: Claim) -> int:
        topic = topic_key(claim)
        # Conflicts are between sources: an unattributed number ("900 likely voters"
        # surveyed) is the article's own context far more often than a disputed figure
        # (PolNeAR dump: unattributed links were nearly all poll sample sizes).
        if topic is None or claim.speaker is None:
            return 0
        numbers = Numbers.of(claim)
        speaker = claim.speaker.name if claim.speaker else None
        qualifiers = qualifier_stems(claim.about.qualifiers, speaker=speaker)
        prop = property_stems(claim.about.property)
        rows = self._execute(
            "SELECT id, value, low, high, bound, qualifiers, property, last_published, speaker FROM queue_items"
            " WHERE topic_key = ? AND id <> ? AND speaker IS NOT NULL",
            (topic, item_id),
        ).fetchall()
        linked = 0
        for (
            other_id,
            value,
            low,
            high,
            bound,
            other_qualifiers,
            other_property,
            published,
            other_speaker,
        ) in rows:
            if not within_window(claim.published, published):
                continue
            other_stems = qualifier_stems(json.loads(other_qualifiers), speaker=other_speaker)
            if not topics_compatible(
                qualifiers,
                other_stems,
                prop,
                property_stems(other_property),
                share=is_share(claim)
                or is_share(Numbers(value, low, high, bound), unit=claim.quantity.unit),
            ):
                continue
            if not quantities_conflict(numbers, Numbers(value, low, high, bound)):
                continue
            # One article's numbers on one topic are about different things ("three of nine
            # primaries"), never a contradiction: only numbers from other articles conflict.
            if (
                claim.doc_id is not None
                and self._execute(
                    "SELECT 1 FROM queue_appearances WHERE item_id = ? AND doc_id = ?",
                    (other_id, claim.doc_id),
                ).fetchone()
            ):
                continue
            first, second = sorted((int(other_id), item_id))
            self._execute(
                "INSERT INTO queue_conflicts (item_a, item_b) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (first, second),
            )
            linked += 1
        return linked

    def _insert_appearance(self, item_id: int, key: str, claim: Claim, now: str) -> None:
        self._execute(
            "INSERT INTO queue_appearances (item_id, appearance_key, doc_id, url, title, source, published, sentence,"
            " quantity_text, quote, record, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (appearance_key) DO NOTHING",
            (
                item_id,
                key,
                claim.doc_id,
                claim.url,
                claim.title,
                claim.source,
                claim.published,
                claim.sentence.text,
                claim.quantity.text,
                claim.quote,
                claim.model_dump_json(),
                now,
            ),
        )

    def _refresh(self, item_ids: list[int] | None, *, as_of: str | None, now: str) -> None:
        """Recount outlets and dates and recompute the score of these items (None: all)."""
        if item_ids is not None and not item_ids:
            return
        chunks = (
            [None]
            if item_ids is None
            else [item_ids[i : i + 500] for i in range(0, len(item_ids), 500)]
        )
        for chunk in chunks:
            where, params = (
                ("", [])
                if chunk is None
                else (f" WHERE {{}} IN ({', '.join('?' * len(chunk))})", chunk)
            )
            items = self._execute(
                "SELECT id, speaker, speaker_kind, speaker_mention, value, low, high, bound, unit FROM queue_items"
                + where.format("id"),
                params,
            ).fetchall()
            seen: dict[int, list[tuple[Any, ...]]] = {}
            for item_id, *rest in self._execute(
                "SELECT item_id, source, url, doc_id, published, quote FROM queue_appearances"
                + where.format("item_id"),
                params,
            ).fetchall():
                seen.setdefault(int(item_id), []).append(tuple(rest))
            updates = []
            for item_id, *item in items:
                rows = seen.get(int(item_id), [])
                outlets = len({_outlet(source, url, doc_id) for source, url, doc_id, _, _ in rows})
                dates = sorted(published[:10] for _, _, _, published, _ in rows if published)
                quote = strongest_quote([row[4] for row in rows])
                last = dates[-1] if dates else None
                features = RankFeatures(*item, quote=quote, outlets=outlets, last_published=last)
                updates.append(
                    (
                        check_worthiness(features, as_of=as_of),
                        outlets,
                        len(rows),
                        dates[0] if dates else None,
                        last,
                        quote,
                        now,
                        int(item_id),
                    )
                )
            self._execute_many(
                "UPDATE queue_items SET score = ?, outlets = ?, appearance_count = ?, first_published = ?,"
                " last_published = ?, quote = ?, updated_at = ? WHERE id = ?",
                updates,
            )

    # -- reading -------------------------------------------------------------------------

    def list_items(self, filters: ItemFilter = ItemFilter()) -> list[QueueItem]:
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
            where.append("lower(coalesce(speaker, '')) LIKE ?")
            params.append(f"%{filters.speaker.lower()}%")
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
            needle = f"%{filters.search.lower()}%"
            where.append(
                "(lower(sentence) LIKE ? OR lower(about) LIKE ? OR lower(coalesce(speaker, '')) LIKE ?"
                " OR lower(coalesce(note, '')) LIKE ? OR EXISTS (SELECT 1 FROM queue_appearances s"
                " WHERE s.item_id = queue_items.id AND lower(s.sentence) LIKE ?))"
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

        def work() -> QueueItem:
            row = self._execute(
                f"SELECT {ITEM_SELECT} FROM queue_items WHERE id = ?", (item_id,)
            ).fetchone()
            if row is None:
                raise UnknownItemError(f"{self.location}: no queue item {item_id}")
            item = self._item(row)
            item.appearances.extend(self._appearances(item_id))
            conflict_rows = self._execute(
                f"SELECT {ITEM_SELECT} FROM queue_items WHERE id IN"
                " (SELECT item_b FROM queue_conflicts WHERE item_a = ? UNION SELECT item_a FROM queue_conflicts"
                " WHERE item_b = ?) ORDER BY score DESC, id",
                (item_id, item_id),
            ).fetchall()
            item.conflicts.extend(self._item(r) for r in conflict_rows)
            return item

        return self._read(work)

    def iter_items(self, filters: ItemFilter = ItemFilter(limit=None)) -> Iterator[QueueItem]:
        """Full items (appearances and conflicts) in rank order, for export."""
        for item in self.list_items(filters):
            yield self.get_item(item.id)

    def mark(
        self, item_id: int, status: str, *, note: str | None = None, rating: str | None = None
    ) -> QueueItem:
        """Set an item's status (and note, rating: None keeps the current one)."""
        status = parse_status(status)

        def work() -> None:
            row = self._execute("SELECT id FROM queue_items WHERE id = ?", (item_id,)).fetchone()
            if row is None:
                raise UnknownItemError(f"{self.location}: no queue item {item_id}")
            self._execute(
                "UPDATE queue_items SET status = ?, note = coalesce(?, note), rating = coalesce(?, rating),"
                " updated_at = ? WHERE id = ?",
                (status, note, rating, _now(), item_id),
            )

        self._write(work)
        return self.get_item(item_id)

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
            for key, doc_id, url, title, source, published, sentence, quantity_text, quote, record in rows
        ]

    @staticmethod
    def _item(row: tuple[Any, ...]) -> QueueItem:
        fields = dict(zip((*ITEM_COLUMNS, "conflict_count"), row))
        fields["conflict_count"] = int(fields["conflict_count"])
        fields["qualifiers"] = json.loads(fields["qualifiers"])
        fields["id"] = int(fields["id"])
        fields["score"] = float(fields["score"])
        return QueueItem(**fields)


class SQLiteQueue(ClaimQueue):
    """The default backend: one SQLite file in WAL mode, shared by any number of processes."""

    def __init__(
        self,
        path: Path,
        *,
        create: bool = True,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        on_retry: RetryHook | None = None,
    ) -> None:
        super().__init__(lock_timeout=lock_timeout, on_retry=on_retry)
        self.location = str(path)
        if path.is_dir():
            raise QueueError(f"{path}: is a directory, not a queue database file")
        if not path.exists():
            if not create:
                raise QueueError(
                    f"{path}: no such queue (create one with `extract queue add CLAIMS.jsonl --queue {path}`)"
                )
            if not path.parent.exists():
                raise QueueError(f"{path}: the folder {path.parent} does not exist")
        # The busy timeout is one try's wait; _write retries LOCK_ATTEMPTS times in all.
        busy = max(self.lock_timeout / LOCK_ATTEMPTS, 0.01)
        try:
            self._conn = sqlite3.connect(
                path, timeout=busy, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as err:
            raise QueueError(f"{path}: cannot open the queue ({err})") from err
        try:
            self._configure_retrying()
            self._init_schema(_TABLES.format(id_type="INTEGER PRIMARY KEY", real="REAL"))
        except BaseException:
            self._conn.close()
            raise

    def _configure_retrying(self) -> None:
        # Switching a new file to WAL needs a moment alone: feeders starting together wait.
        deadline = time.monotonic() + self.lock_timeout
        while True:
            try:
                return self._configure()
            except sqlite3.Error as err:
                if not self._is_lock_error(err) or time.monotonic() >= deadline:
                    raise self._translate(err) from err
                time.sleep(0.05)

    def _configure(self) -> None:
        mode = self._conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")  # durable in WAL mode up to the last commit
        self._conn.execute("PRAGMA foreign_keys=ON")

    @property
    def _backend_errors(self) -> tuple[type[Exception], ...]:
        return (sqlite3.Error,)

    def _execute(self, sql: str, params: Iterable[Any] = ()) -> Any:
        return self._conn.execute(sql, tuple(params))

    def _execute_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        self._conn.executemany(sql, rows)

    def _begin_write(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def _is_lock_error(self, err: Exception) -> bool:
        return isinstance(err, sqlite3.OperationalError) and any(
            word in str(err).lower() for word in ("locked", "busy")
        )

    def _translate(self, err: Exception) -> QueueError:
        if self._is_lock_error(err):
            return QueueLockedError(
                f"{self.location}: the queue is locked by another writer ({err})"
            )
        if (
            isinstance(err, sqlite3.DatabaseError)
            and not isinstance(err, sqlite3.OperationalError)
            or any(
                phrase in str(err)
                for phrase in ("not a database", "malformed", "no such table", "no such column")
            )
        ):
            return QueueCorruptError(f"{self.location}: not a usable claim queue database ({err})")
        return QueueError(f"{self.location}: {err}")

    def _meta_table_exists(self) -> bool:
        return bool(
            self._conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'queue_meta'"
            ).fetchone()
        )

    def _has_foreign_tables(self) -> bool:
        return bool(
            self._conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'").fetchone()
        )

    def close(self) -> None:
        self._conn.close()


class PostgresQueue(ClaimQueue):
    """A queue shared by a newsroom's checkers: one PostgreSQL database (psycopg 3)."""

    def __init__(
        self,
        url: str,
        *,
        create: bool = True,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        on_retry: RetryHook | None = None,
    ) -> None:
        super().__init__(lock_timeout=lock_timeout, on_retry=on_retry)
        self.location = _redact(url)
        try:
            import psycopg
        except ImportError as err:  # pragma: no cover - psycopg is a dependency
            raise QueueError(
                "the PostgreSQL backend needs psycopg: pip install 'psycopg[binary]'"
            ) from err
        self._psycopg = psycopg
        try:
            self._conn = psycopg.connect(
                url, autocommit=True, connect_timeout=max(int(lock_timeout), 2)
            )
        except psycopg.Error as err:
            raise QueueError(
                f"{self.location}: cannot connect ({str(err).strip().splitlines()[0]})"
            ) from err
        try:
            # Each wait for a lock (the advisory write lock included) is one try of _write.
            self._conn.execute(
                f"SET lock_timeout = {max(int(lock_timeout * 1000 / LOCK_ATTEMPTS), 10)}"
            )
            self._init_schema(
                _TABLES.format(id_type="BIGSERIAL PRIMARY KEY", real="DOUBLE PRECISION")
            )
            del create  # a database is created by its administrator; the tables are created here
        except BaseException:
            self._conn.close()
            raise

    @property
    def _backend_errors(self) -> tuple[type[Exception], ...]:
        return (self._psycopg.Error,)

    def _execute(self, sql: str, params: Iterable[Any] = ()) -> Any:
        return self._conn.execute(sql.replace("?", "%s"), tuple(params))

    def _execute_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            with self._conn.cursor() as cursor:
                cursor.executemany(sql.replace("?", "%s"), rows)

    def _begin_write(self) -> None:
        self._conn.execute("BEGIN")
        self._conn.execute(f"SELECT pg_advisory_xact_lock({_ADVISORY_LOCK})")

    def _is_lock_error(self, err: Exception) -> bool:
        return isinstance(err, self._psycopg.errors.LockNotAvailable)

    def _translate(self, err: Exception) -> QueueError:
        message = str(err).strip().splitlines()[0] if str(err).strip() else err.__class__.__name__
        if self._is_lock_error(err):
            return QueueLockedError(
                f"{self.location}: the queue is locked by another writer ({message})"
            )
        if isinstance(
            err, (self._psycopg.errors.UndefinedTable, self._psycopg.errors.UndefinedColumn)
        ):
            return QueueCorruptError(
                f"{self.location}: not a usable claim queue database ({message})"
            )
        return QueueError(f"{self.location}: {message}")

    def _meta_table_exists(self) -> bool:
        return bool(self._execute("SELECT to_regclass('queue_meta')").fetchone()[0])

    def _has_foreign_tables(self) -> bool:
        # Other tables in the schema are fine in a shared database: ours are prefixed queue_.
        return False

    def close(self) -> None:
        self._conn.close()


def _next_day(day: str) -> str:
    parsed = parse_day(day)
    if parsed is None:
        raise QueueError(f"bad date {day!r}: use YYYY-MM-DD")
    return (parsed + timedelta(days=1)).isoformat()


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return parts._replace(netloc=netloc).geturl()
    return url


def is_postgres_url(location: str | Path) -> bool:
    return str(location).startswith(("postgresql://", "postgres://"))


def open_queue(
    location: str | Path,
    *,
    create: bool = False,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    on_retry: RetryHook | None = None,
) -> ClaimQueue:
    """A SQLite file path or a ``postgresql://`` URL; ``create`` makes a missing SQLite file."""
    if is_postgres_url(location):
        return PostgresQueue(
            str(location), create=create, lock_timeout=lock_timeout, on_retry=on_retry
        )
    return SQLiteQueue(Path(location), create=create, lock_timeout=lock_timeout, on_retry=on_retry)
