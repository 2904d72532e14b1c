"""Queue locations as users may see them: every printed location goes through ``redact_location``.

A ``postgresql://`` URL can carry a password in two places, the user info
(``user:secret@host``) and the query (``?password=secret``, which libpq also reads); both
are replaced by ``***``. A file path is returned as it is.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

REDACTED = "***"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_QUERY_PASSWORD = re.compile(r"(?i)(^|&)(password=)[^&]*")


def is_url(location: str) -> bool:
    """Whether a location is a URL (``scheme://...``) rather than a file path."""
    return bool(_URL.match(location))


def is_postgres_url(location: str) -> bool:
    """Whether a queue location is a PostgreSQL URL (else it is a SQLite file path)."""
    return location.startswith(POSTGRES_SCHEMES)


def redact_location(location: str) -> str:
    """The location without any password, for messages, headers and logs."""
    if not is_url(location):
        return location
    try:
        parts = urlsplit(location)
        password = parts.password
    except ValueError:  # a malformed URL (a bad port, brackets): print the scheme only
        return location.split("://", 1)[0] + "://" + REDACTED
    netloc = parts.netloc
    if password is not None:
        user_info, _, host = netloc.rpartition("@")
        user = user_info.split(":", 1)[0]
        netloc = f"{user}:{REDACTED}@{host}"
    query = _QUERY_PASSWORD.sub(rf"\g<1>\g<2>{REDACTED}", parts.query)
    return parts._replace(netloc=netloc, query=query).geturl()


def redact_message(message: str, location: str) -> str:
    """A backend's message with the location's password (if it repeats it) replaced."""
    for secret in _passwords(location):
        message = message.replace(secret, REDACTED)
    return message


def _passwords(location: str) -> list[str]:
    if not is_url(location):
        return []
    user_info = location.split("://", 1)[1].split("/", 1)[0].rpartition("@")[0]
    found = [user_info.split(":", 1)[1]] if ":" in user_info else []
    query = location.partition("?")[2]
    found += [match.group(0).split("=", 1)[1] for match in _QUERY_PASSWORD.finditer(query)]
    # As typed and as decoded: a backend may repeat either.
    return [form for secret in found if secret for form in {secret, unquote(secret)}]
