"""Reading gold and prediction files: exact UTF-8 text and errors that name file and place."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from ..errors import GoldError, InputError


def read_utf8(path: Path, error: type[GoldError | InputError], what: str) -> str:
    """Read a file as UTF-8 without newline translation, so character offsets stay exact."""
    try:
        return path.read_bytes().decode("utf-8")
    except OSError as err:
        raise error(f"{path}: cannot read {what}: {err.strerror or err}") from err
    except UnicodeDecodeError as err:
        raise error(f"{path}: {what} is not UTF-8 (byte {err.start}: {err.reason})") from err


def json_error(path: Path, err: json.JSONDecodeError, lineno: int | None = None) -> str:
    """Describe a JSON syntax error with file, line and column."""
    return f"{path}: invalid JSON at line {lineno or err.lineno}, column {err.colno}: {err.msg}"


def describe_errors(err: ValidationError) -> str:
    """Summarise a pydantic error as 'location: message' items."""
    return "; ".join(
        f"{'.'.join(str(part) for part in issue['loc']) or '(top level)'}: {issue['msg']}"
        for issue in err.errors()
    )
