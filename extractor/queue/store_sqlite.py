"""The default backend: one SQLite file in WAL mode, shared by any number of processes."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import QueueError
from .store_connection import DEFAULT_LOCK_TIMEOUT, LOCK_ATTEMPTS, RetryHook
from .store_interface import ClaimQueue


class SQLiteQueue(ClaimQueue):
    """The default backend: one SQLite file in WAL mode, shared by any number of processes."""

    def __init__(
        self,
        path: Path,
        *,
        create: bool = True,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        on_retry: RetryHook | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(lock_timeout=lock_timeout, on_retry=on_retry)
        self.location = str(path)
        self.read_only = read_only
        if path.is_dir():
            raise QueueError(f"{path}: is a directory, not a queue database file")
        if not path.exists():
            if not create:
                raise QueueError(
                    f"{path}: no such queue "
                    f"(create one with `extract queue add CLAIMS.jsonl --queue {path}`)"
                )
            if not path.parent.exists():
                raise QueueError(f"{path}: the folder {path.parent} does not exist")
        try:
            self._conn = self._connect(path)
        except sqlite3.Error as err:
            raise QueueError(f"{path}: cannot open the queue ({err})") from err
        self._open_tables(self._configure_retrying, id_type="INTEGER PRIMARY KEY", real="REAL")

    def _connect(self, path: Path) -> sqlite3.Connection:
        """A connection; read-only (``mode=ro``) for readers, who never write."""
        # The busy timeout is one try's wait; _write retries LOCK_ATTEMPTS times in all.
        busy = max(self.lock_timeout / LOCK_ATTEMPTS, 0.01)
        options: dict[str, Any] = {
            "timeout": busy,
            "isolation_level": None,
            "check_same_thread": False,
        }
        if not self.read_only:
            return sqlite3.connect(path, **options)
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, **options)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.DatabaseError as err:
            if "unable to open" not in str(err) and "readonly" not in str(err):
                return conn  # another problem: reported as usual by the first query
            conn.close()
        # A WAL queue in a folder we cannot write: the shared-memory file cannot be made,
        # and no writer can work there either, so the file is read as it stands.
        return sqlite3.connect(uri + "&immutable=1", uri=True, **options)

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
        if mode != "wal" and not self.read_only:
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
        corrupt = isinstance(err, sqlite3.DatabaseError) and not isinstance(
            err, sqlite3.OperationalError
        )
        corrupt |= any(
            phrase in str(err)
            for phrase in ("not a database", "malformed", "no such table", "no such column")
        )
        return self._typed_error(err, str(err), corrupt=corrupt)

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
