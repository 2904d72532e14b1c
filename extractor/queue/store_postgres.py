"""A queue shared by a newsroom's checkers: one PostgreSQL database (psycopg 3)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .errors import QueueError
from .location import redact_location, redact_message
from .store_connection import DEFAULT_LOCK_TIMEOUT, LOCK_ATTEMPTS, RetryHook
from .store_interface import ClaimQueue

_ADVISORY_LOCK = 0x436C61696D51  # "ClaimQ": PostgreSQL advisory lock id of the write lock


class PostgresQueue(ClaimQueue):
    """A queue shared by a newsroom's checkers: one PostgreSQL database (psycopg 3)."""

    def __init__(
        self,
        url: str,
        *,
        create: bool = True,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        on_retry: RetryHook | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(lock_timeout=lock_timeout, on_retry=on_retry)
        self.location = redact_location(url)
        self._url = url
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
            raise QueueError(f"{self.location}: cannot connect ({self._first_line(err)})") from err
        # A database is created by its administrator; the tables are created here. Readers
        # need no read-only mode: PostgreSQL's own permissions say who may write.
        del create, read_only
        self._open_tables(
            self._set_lock_timeout, id_type="BIGSERIAL PRIMARY KEY", real="DOUBLE PRECISION"
        )

    def _set_lock_timeout(self) -> None:
        # Each wait for a lock (the advisory write lock included) is one try of _write.
        self._conn.execute(
            f"SET lock_timeout = {max(int(self.lock_timeout * 1000 / LOCK_ATTEMPTS), 10)}"
        )

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
        errors = self._psycopg.errors
        corrupt = isinstance(err, (errors.UndefinedTable, errors.UndefinedColumn))
        return self._typed_error(err, self._first_line(err), corrupt=corrupt)

    def _first_line(self, err: Exception) -> str:
        """The backend's message, first line, without the URL's password if it repeats it."""
        text = str(err).strip()
        first = text.splitlines()[0] if text else err.__class__.__name__
        return redact_message(first, self._url)

    def _meta_table_exists(self) -> bool:
        return bool(self._execute("SELECT to_regclass('queue_meta')").fetchone()[0])

    def _has_foreign_tables(self) -> bool:
        # Other tables in the schema are fine in a shared database: ours are prefixed queue_.
        return False
