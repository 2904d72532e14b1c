"""Reading claim records for the queue: the JSON Lines `extract batch` writes (or a JSON array
from `extract FILE`), from files or standard input. One bad line never stops a feed: it is
skipped, counted and reported through ``on_skip``.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from pydantic import ValidationError

from ..schema import Claim
from .errors import ClaimsInputError
from .models import AddSummary
from .store_interface import ClaimQueue

STDIN = "-"
SkipHook = Callable[[str], None]


def check_inputs(paths: Iterable[str]) -> list[str]:
    """Every input exists and is a file, before anything is fed (no half-fed queue)."""
    checked = []
    for name in paths:
        if name != STDIN:
            path = Path(name)
            if not path.exists():
                raise ClaimsInputError(f"{name}: no such file")
            if path.is_dir():
                raise ClaimsInputError(f"{name}: is a directory, not a claims file")
        checked.append(name)
    if checked.count(STDIN) > 1:
        raise ClaimsInputError("-: standard input can be read only once")
    return checked


def _open(name: str) -> IO[bytes]:
    if name == STDIN:
        return (
            sys.stdin.buffer
            if hasattr(sys.stdin, "buffer")
            else io.BytesIO(sys.stdin.read().encode())
        )
    try:
        return gzip.open(name, "rb") if name.endswith(".gz") else open(name, "rb")  # noqa: SIM115
    except OSError as err:
        raise ClaimsInputError(f"{name}: cannot be read ({err.strerror or err})") from err


def _reason(err: Exception) -> str:
    if isinstance(err, ValidationError):
        first = err.errors()[0]
        if first["type"] == "json_invalid":
            return f"not JSON ({first['msg'].removeprefix('Invalid JSON: ')})"
        where = ".".join(str(part) for part in first["loc"]) or "record"
        return f"not a claim record ({where}: {first['msg']})"
    if isinstance(err, UnicodeDecodeError):
        return "not UTF-8"
    return f"not JSON ({err})"


def read_claims(
    name: str, *, summary: AddSummary, on_skip: SkipHook | None = None
) -> Iterator[Claim]:
    """Claim records of one input; malformed lines are skipped and counted in ``summary``."""

    def skip(where: str, err: Exception) -> None:
        summary.skipped += 1
        if on_skip is not None:
            on_skip(f"{where}: skipped: {_reason(err)}")

    stream = _open(name)
    try:
        try:
            first = stream.peek(1)[:1] if hasattr(stream, "peek") else b""
        except OSError as err:  # a .gz that is not gzip
            raise ClaimsInputError(f"{name}: cannot be read ({err})") from err
        if first.lstrip() == b"[":
            # A JSON array (`extract FILE` output): all or nothing, it is one document.
            try:
                records = json.loads(stream.read().decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as err:
                raise ClaimsInputError(
                    f"{name}: not a JSON array of claims ({_reason(err)})"
                ) from err
            for index, record in enumerate(records):
                try:
                    yield Claim.model_validate(record)
                except ValidationError as err:
                    skip(f"{name}[{index}]", err)
            return
        for lineno, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            try:
                yield Claim.model_validate_json(raw.decode("utf-8"))
            except (ValidationError, UnicodeDecodeError, ValueError) as err:
                skip(f"{name}:{lineno}", err)
    except OSError as err:
        raise ClaimsInputError(f"{name}: cannot be read ({err})") from err
    finally:
        if name != STDIN:
            stream.close()


def feed_files(
    queue: ClaimQueue, paths: Iterable[str], *, on_skip: SkipHook | None = None
) -> AddSummary:
    """Add every claim record of ``paths`` (JSON Lines, .gz, a JSON array, or - for stdin)."""
    names = check_inputs(paths)
    summary = AddSummary()

    def claims() -> Iterator[Claim]:
        for name in names:
            yield from read_claims(name, summary=summary, on_skip=on_skip)

    return queue.add_claims(claims(), summary=summary)
