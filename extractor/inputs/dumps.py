"""News dumps for `extract batch`: paths, folders and globs streamed as article records.

Folders of text/HTML files, JSON Lines (plain, .gz, .zst, stdin) and WARC. One article
that cannot be read comes out with ``error`` set, so a batch records it and goes on.
"""

from __future__ import annotations

import glob
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from .decode import DEFAULT_MAX_BYTES
from .files import read_file
from .formats import STDIN, input_format
from .jsonl import DEFAULT_FIELDS, FieldNames, read_jsonl
from .records import ArticleRecord
from .warc import read_warc


def expand_inputs(inputs: list[str]) -> list[str]:
    """Paths, folders and globs -> input files in a stable order; InputError for what is
    missing."""
    expanded: list[str] = []
    for item in inputs:
        if item == STDIN:
            expanded.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and input_format(p) is not None
            )
            expanded.extend(str(p) for p in files)
        elif path.exists():
            expanded.append(item)
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputError(f"{item}: the pattern matches no file")
            expanded.extend(matches)
        else:
            raise InputError(f"{item}: no such file or folder")
    return expanded


def iter_records(
    inputs: list[str],
    *,
    fmt: str = "auto",
    fields: FieldNames = DEFAULT_FIELDS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[ArticleRecord]:
    """Every article of every input, in order; bad ones carry ``error``."""
    for name in expand_inputs(inputs):
        kind = fmt if fmt != "auto" else ("jsonl" if name == STDIN else input_format(name))
        if kind is None:
            yield ArticleRecord(
                id=name, origin=name, error="unknown input format (use --input-format)"
            )
            continue
        try:
            yield from _read(name, kind, fields=fields, max_bytes=max_bytes)
        except (OSError, EOFError, ValueError) as err:
            # A truncated or corrupt compressed file: what was read stands; the rest is an
            # error.
            yield ArticleRecord(
                id=name, origin=name, error=f"input stopped early: {err.__class__.__name__}: {err}"
            )


def _read(name: str, kind: str, *, fields: FieldNames, max_bytes: int) -> Iterator[ArticleRecord]:
    if kind == "jsonl":
        yield from read_jsonl(name, fields=fields, max_bytes=max_bytes)
    elif kind == "warc":
        yield from read_warc(name, max_bytes=max_bytes)
    else:
        yield read_file(name, kind=kind, max_bytes=max_bytes)
