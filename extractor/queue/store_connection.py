"""The queue's connection to its database: backend hooks, write transactions, schema, meta.

Concurrency: every write is one transaction that first takes the queue's write lock
(SQLite ``BEGIN IMMEDIATE`` in WAL mode; PostgreSQL a transaction-scoped advisory
lock), so feeders are serialised while readers never wait. Matching a record to an item
(read, then insert) happens under that lock, and appearance keys are UNIQUE besides, so
any number of concurrent feeders lose nothing and double nothing. A writer that finds the
lock taken waits (busy timeout), then retries with back-off until ``lock_timeout``; then
it raises ``QueueLockedError``.
"""

from __future__ import annotations

import contextlib
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from typing import Any

from .errors import QueueCorruptError, QueueError, QueueLockedError
from .ranking import RANKING
from .store_tables import DOC_INDEX, FORMAT_NAME, FORMAT_VERSION, TABLES_SQL

DEFAULT_LOCK_TIMEOUT = 30.0  # seconds a writer waits for another writer before giving up
LOCK_ATTEMPTS = 4

RetryHook = Callable[[int, int, str], None]  # (attempt, attempts, message)


def utc_now() -> str:
    """The time now, UTC, to the second (ISO 8601): the queue's created/updated stamps."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class QueueConnection(ABC):
    """What a backend provides (hooks) and how the queue uses it: transactions, schema, meta."""

    location: str
    _conn: Any  # the backend's connection (sqlite3 or psycopg), closed by ``close``

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

    def close(self) -> None:
        self._conn.close()

    @property
    @abstractmethod
    def _backend_errors(self) -> tuple[type[Exception], ...]: ...

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
                        f"{attempt} tries in {waited:.1f} s "
                        "(raise --lock-timeout, or try again when it is done)"
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
        with contextlib.suppress(*self._backend_errors):
            self._execute("ROLLBACK")

    def _read(self, work: Callable[[], Any]) -> Any:
        try:
            return work()
        except self._backend_errors as err:
            raise self._translate(err) from err

    def _open_tables(self, configure: Callable[[], None], *, id_type: str, real: str) -> None:
        """Configure the new connection, then create (or check) the tables with the backend's
        column types; the connection is closed if either fails."""
        try:
            configure()
            self._init_schema(TABLES_SQL.format(id_type=id_type, real=real, doc_index=DOC_INDEX))
        except BaseException:
            self.close()
            raise

    def _typed_error(self, err: Exception, message: str, *, corrupt: bool) -> QueueError:
        """A backend error as the queue's typed error: a held lock, a database that is not a
        usable queue (``corrupt``), or another error, each with ``message`` from the backend."""
        if self._is_lock_error(err):
            return QueueLockedError(
                f"{self.location}: the queue is locked by another writer ({message})"
            )
        if corrupt:
            return QueueCorruptError(
                f"{self.location}: not a usable claim queue database ({message})"
            )
        return QueueError(f"{self.location}: {message}")

    def _init_schema(self, tables_sql: str) -> None:
        def create() -> None:
            found = self._meta("format")
            if found is None:
                if self._has_foreign_tables():
                    raise QueueCorruptError(
                        f"{self.location}: this database is not a claim queue "
                        "(it holds other tables)"
                    )
                for statement in filter(str.strip, tables_sql.split(";")):
                    self._execute(statement)
                self._execute(
                    "INSERT INTO queue_meta (key, value) VALUES (?, ?)", ("format", FORMAT_NAME)
                )
                self._execute(
                    "INSERT INTO queue_meta (key, value) VALUES (?, ?)", ("version", FORMAT_VERSION)
                )
                self._set_meta("ranking", RANKING)  # an empty queue is scored by this one
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
                f"{self.location}: claim queue format {version} is not supported "
                f"(this version reads {FORMAT_VERSION})"
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
            "INSERT INTO queue_meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
