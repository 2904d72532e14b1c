"""Loading predicted claims: a JSON array, a ``{"claims": [...]}`` object or JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import InputError
from ..schema import Claim
from .reading import describe_errors, json_error, read_utf8


def _parse_json_lines(path: Path, raw: str) -> Iterator[tuple[str, Any]]:
    """Yield (where, record) for each non-blank line of a JSON Lines file."""
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if line.strip():
            try:
                yield f"line {lineno}", json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(json_error(path, err, lineno)) from err


def _parse_predictions(path: Path, raw: str) -> list[tuple[str, Any]]:
    """Parse a JSON array, a {"claims": [...]} object or JSON Lines into (where, record)."""
    if not raw.strip():
        return []
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        # "Extra data" after a complete first value is how JSON Lines looks to json.loads.
        if err.msg != "Extra data":
            raise InputError(json_error(path, err)) from err
        return list(_parse_json_lines(path, raw))
    if isinstance(data, dict) and "claims" in data:
        data = data["claims"]
    if isinstance(data, dict):  # JSON Lines with a single record
        return [("line 1", data)]
    if not isinstance(data, list):
        raise InputError(f"{path}: expected claim records, got a JSON {type(data).__name__}")
    return [(f"record {i}", record) for i, record in enumerate(data)]


def load_predictions(path: Path) -> dict[str, list[Claim]]:
    """Load predicted claims (JSON array, {"claims": [...]} or JSON Lines), grouped by doc_id."""
    grouped: dict[str, list[Claim]] = {}
    for where, record in _parse_predictions(path, read_utf8(path, InputError, "predictions")):
        try:
            claim = Claim.model_validate(record)
        except ValidationError as err:
            raise InputError(
                f"{path}: {where} is not a claim record: {describe_errors(err)}"
            ) from err
        if claim.doc_id is None:
            raise InputError(f"{path}: {where} has no doc_id, so it cannot be matched to gold")
        grouped.setdefault(claim.doc_id, []).append(claim)
    return grouped
