"""News dumps for `extract batch`: paths, folders and globs streamed as article records.

Folders of text/HTML files, JSON Lines (plain, .gz, .zst, stdin) and WARC. One article
that cannot be read comes out with ``error`` set, so a batch records it and goes on; a
container that is truncated or corrupt comes out as one record with ``damaged`` set,
after the articles read before the damage.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .decode import DEFAULT_MAX_BYTES, DEFAULT_MAX_HTML_BYTES
from .files import read_file
from .formats import STDIN, input_format
from .jsonl import DEFAULT_FIELDS, FieldNames, read_jsonl
from .records import ArticleRecord
from .warc import read_warc


@dataclass
class InputFiles:
    """The input files of a batch, in order, and what was skipped (with why)."""

    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def expand_inputs(inputs: list[str]) -> list[str]:
    """Paths, folders and globs -> input files in a stable order; InputError for what is
    missing. See ``find_inputs`` for what is skipped."""
    return find_inputs(inputs).files


def find_inputs(inputs: list[str]) -> InputFiles:
    """Paths, folders and globs -> input files in a stable order, and the skipped ones.

    Only regular files are read (``-``, standard input, is allowed too): a FIFO, a device
    or a socket would hang or never end, so it is skipped with a reason. Folders and
    ``**`` are walked following symbolic links, but each directory once (by device and
    inode), so a symlink loop neither repeats an article nor runs forever.
    """
    found = InputFiles()
    for item in inputs:
        if item == STDIN:
            found.files.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            for name in sorted(p for p in _walk(path, ()) if input_format(p) is not None):
                _add_file(found, str(name))
        elif path.exists():
            _add_file(found, item)
        elif glob.has_magic(item):
            matches = _glob(item)
            if not matches:
                raise InputError(f"{item}: the pattern matches no file")
            for match in matches:
                _add_file(found, match)
        else:
            raise InputError(f"{item}: no such file or folder")
    return found


def _add_file(found: InputFiles, name: str) -> None:
    try:
        mode = os.stat(name).st_mode
    except OSError as err:
        found.skipped.append(f"{name}: cannot be read ({err.strerror or err}), skipped")
        return
    if stat.S_ISREG(mode):
        found.files.append(name)
    elif not stat.S_ISDIR(mode):
        found.skipped.append(f"{name}: not a regular file ({_kind(mode)}), skipped")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def _walk(root: Path, pattern: tuple[str, ...]) -> Iterator[Path]:
    """What is under ``root`` and not a folder (whose relative path matches ``pattern``,
    if given), following symbolic links but entering each directory once."""
    seen: set[tuple[int, int]] = set()
    stack: list[tuple[Path, tuple[str, ...]]] = [(root, ())]
    deep = not pattern or "**" in pattern
    while stack:
        folder, parts = stack.pop()
        try:
            info = folder.stat()
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        for entry in entries:
            relative = (*parts, entry.name)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir and (deep or len(relative) < len(pattern)):
                stack.append((Path(entry.path), relative))
            elif not is_dir and (not pattern or _matches(relative, pattern)):
                yield Path(entry.path)


def _glob(item: str) -> list[str]:
    """The files a pattern matches, sorted; ``**`` is any number of folders."""
    parts = Path(item).parts
    fixed = 0
    while fixed < len(parts) - 1 and not glob.has_magic(parts[fixed]):
        fixed += 1
    root = Path(*parts[:fixed]) if fixed else Path(".")
    return sorted(str(path) for path in _walk(root, parts[fixed:]))


def _matches(parts: tuple[str, ...], pattern: tuple[str, ...]) -> bool:
    if not pattern:
        return not parts
    if pattern[0] == "**":
        return any(_matches(parts[skip:], pattern[1:]) for skip in range(len(parts) + 1))
    return (
        bool(parts)
        and not (parts[0].startswith(".") and not pattern[0].startswith("."))
        and fnmatch.fnmatchcase(parts[0], pattern[0])
        and _matches(parts[1:], pattern[1:])
    )


def iter_records(
    inputs: list[str],
    *,
    fmt: str = "auto",
    fields: FieldNames = DEFAULT_FIELDS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES,
) -> Iterator[ArticleRecord]:
    """Every article of every input, in order; bad ones carry ``error``, and a damaged
    container ends with a ``damaged`` record naming how far it was read."""
    for name in expand_inputs(inputs):
        kind = fmt if fmt != "auto" else ("jsonl" if name == STDIN else input_format(name))
        if kind is None:
            yield ArticleRecord(
                id=name, origin=name, error="unknown input format (use --input-format)"
            )
            continue
        try:
            yield from _read(
                name, kind, fields=fields, max_bytes=max_bytes, max_html_bytes=max_html_bytes
            )
        except InputError as err:
            yield ArticleRecord(id=name, origin=name, error=str(err), damaged=True)
        except Exception as err:  # noqa: BLE001 - one bad container never stops a batch
            yield ArticleRecord(
                id=name,
                origin=name,
                error=f"{name}: damaged input ({err.__class__.__name__}: {err})",
                damaged=True,
            )


def _read(
    name: str, kind: str, *, fields: FieldNames, max_bytes: int, max_html_bytes: int
) -> Iterator[ArticleRecord]:
    if kind == "jsonl":
        yield from read_jsonl(
            name, fields=fields, max_bytes=max_bytes, max_html_bytes=max_html_bytes
        )
    elif kind == "warc":
        yield from read_warc(name, max_html_bytes=max_html_bytes)
    else:
        yield read_file(name, kind=kind, max_bytes=max_bytes, max_html_bytes=max_html_bytes)
