"""Checkers' accounts in the queue's database: users (argon2 hashes), sessions, API tokens.

Passwords are hashed with argon2id (argon2-cffi's defaults); sessions and API tokens are
random secrets of which only the SHA-256 is stored, so a copy of the database signs
nobody in.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..queue import ClaimQueue, QueueError
from ..queue.history import ensure_tables, read_rows, write

ACCOUNTS_SQL = """
CREATE TABLE IF NOT EXISTS desk_users (
    name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS desk_sessions (
    token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES desk_users (name),
    expires_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS desk_tokens (
    id {id_type}, token_hash TEXT NOT NULL UNIQUE,
    user_name TEXT NOT NULL REFERENCES desk_users (name), label TEXT NOT NULL,
    created_at TEXT NOT NULL
)
"""
USER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
MIN_PASSWORD = 8
SESSION_HOURS = 12
TOKEN_PREFIX = "desk_"
_hasher = PasswordHasher()
# Verified against when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


class AccountError(QueueError):
    """A user name or password that cannot be used; the message says why."""


@dataclass(frozen=True)
class ApiToken:
    id: int
    label: str
    created_at: str


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def ensure_accounts(queue: ClaimQueue) -> None:
    """The desk's tables, if missing."""
    ensure_tables(queue, ACCOUNTS_SQL)


def add_user(queue: ClaimQueue, name: str, password: str) -> bool:
    """Create a user or set a user's password; True when the user is new."""
    if not USER_NAME.fullmatch(name):
        raise AccountError(
            f"bad user name {name!r}: 1-64 letters, digits, '.', '_' or '-', starting with a "
            "letter or digit"
        )
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password is too short: use at least {MIN_PASSWORD} characters")
    hashed = _hasher.hash(password)
    ensure_accounts(queue)

    def work(execute) -> bool:  # type: ignore[no-untyped-def]
        known = execute("SELECT 1 FROM desk_users WHERE name = ?", (name,)).fetchone()
        execute(
            "INSERT INTO desk_users (name, password_hash, created_at) VALUES (?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash",
            (name, hashed, _now().isoformat(timespec="seconds")),
        )
        return known is None

    return write(queue, work)


def check_password(queue: ClaimQueue, name: str, password: str) -> bool:
    """Whether ``password`` is the user's (False for an unknown user, in the same time)."""
    rows = read_rows(queue, "SELECT password_hash FROM desk_users WHERE name = ?", (name,))
    stored = rows[0][0] if rows else _DUMMY_HASH
    try:
        return _hasher.verify(stored, password) and bool(rows)
    except (VerificationError, InvalidHashError):
        return False


def start_session(queue: ClaimQueue, name: str) -> str:
    """A new session for a signed-in user: the cookie's value."""
    token = secrets.token_urlsafe(32)
    expires = (_now() + timedelta(hours=SESSION_HOURS)).isoformat(timespec="seconds")
    write(
        queue,
        lambda execute: execute(
            "INSERT INTO desk_sessions (token_hash, user_name, expires_at) VALUES (?, ?, ?)",
            (_digest(token), name, expires),
        ),
    )
    return token


def session_user(queue: ClaimQueue, token: str | None) -> str | None:
    """The user a session cookie belongs to, while it has not expired."""
    if not token:
        return None
    rows = read_rows(
        queue,
        "SELECT user_name FROM desk_sessions WHERE token_hash = ? AND expires_at > ?",
        (_digest(token), _now().isoformat(timespec="seconds")),
    )
    return rows[0][0] if rows else None


def end_session(queue: ClaimQueue, token: str | None) -> None:
    if token:
        write(
            queue,
            lambda execute: execute(
                "DELETE FROM desk_sessions WHERE token_hash = ? OR expires_at < ?",
                (_digest(token), _now().isoformat(timespec="seconds")),
            ),
        )


def create_token(queue: ClaimQueue, name: str, label: str) -> str:
    """A new API token for a user; the secret is returned once and only its hash is kept."""
    if not read_rows(queue, "SELECT 1 FROM desk_users WHERE name = ?", (name,)):
        raise AccountError(f"no user {name!r} (add one with `extract desk add-user {name}`)")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    write(
        queue,
        lambda execute: execute(
            "INSERT INTO desk_tokens (token_hash, user_name, label, created_at)"
            " VALUES (?, ?, ?, ?)",
            (_digest(token), name, label.strip()[:80] or "token", _now().isoformat()[:19]),
        ),
    )
    return token


def token_user(queue: ClaimQueue, token: str | None) -> str | None:
    """The user an API token belongs to."""
    if not token or not token.startswith(TOKEN_PREFIX):
        return None
    rows = read_rows(
        queue, "SELECT user_name FROM desk_tokens WHERE token_hash = ?", (_digest(token),)
    )
    return rows[0][0] if rows else None


def list_tokens(queue: ClaimQueue, name: str) -> list[ApiToken]:
    rows = read_rows(
        queue,
        "SELECT id, label, created_at FROM desk_tokens WHERE user_name = ? ORDER BY id",
        (name,),
    )
    return [ApiToken(int(row[0]), row[1], row[2]) for row in rows]


def revoke_token(queue: ClaimQueue, name: str, token_id: int) -> None:
    write(
        queue,
        lambda execute: execute(
            "DELETE FROM desk_tokens WHERE id = ? AND user_name = ?", (token_id, name)
        ),
    )
