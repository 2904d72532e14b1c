"""Reading articles and writing records: every failure is an InputError naming the input."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .schema import Claim

DEFAULT_MAX_BYTES = 10_000_000
STDIN = "-"


@dataclass(frozen=True)
class Article:
    doc_id: str
    text: str
    source: str


def read_article(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one article file (``-`` is stdin) as UTF-8, with a clear error when it cannot be."""
    name = str(path)
    if name == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        return decode_article(data, doc_id="stdin", source="<stdin>", max_bytes=max_bytes)
    file = Path(path)
    if not file.exists():
        raise InputError(f"{name}: no such file")
    if file.is_dir():
        raise InputError(f"{name}: is a directory; give one article file (or - for stdin)")
    try:
        size = file.stat().st_size
        if size > max_bytes:
            size_text, limit_text = _size(size), _size(max_bytes)
            if size_text == limit_text:  # "10.0 MB is over the 10.0 MB limit" says nothing
                size_text, limit_text = f"{size:,} bytes", f"{max_bytes:,} bytes"
            raise InputError(
                f"{name}: {size_text} is over the {limit_text} limit for one "
                "article; raise it with --max-bytes if this really is one article"
            )
        data = file.read_bytes()
    except PermissionError as err:
        raise InputError(f"{name}: cannot be read ({err.strerror})") from err
    except OSError as err:
        raise InputError(f"{name}: cannot be read ({err.strerror or err})") from err
    return decode_article(data, doc_id=file.stem, source=name, max_bytes=max_bytes)


def decode_article(
    data: bytes, *, doc_id: str, source: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """Decode an article's bytes: UTF-8 (a BOM is dropped), not binary, not over the limit."""
    if len(data) > max_bytes:
        raise InputError(
            f"{source}: over the {_size(max_bytes)} limit for one article (--max-bytes)"
        )
    nul = data.find(b"\x00", 0, 65536)
    if nul >= 0:
        raise InputError(f"{source}: looks binary (NUL byte at offset {nul}), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{source}: not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from err
    return Article(doc_id=doc_id, text=text, source=source)


HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def looks_like_html(name: str, text: str) -> bool:
    """Whether an article file is an HTML page: by its suffix, or by how its text starts."""
    if name.lower().endswith(HTML_SUFFIXES):
        return True
    head = text.lstrip()[:100].lower()
    return head.startswith(("<!doctype html", "<html"))


def _size(n_bytes: int) -> str:
    """A size to compare with --max-bytes: exact below 1 MB, where "0 MB" would hide the limit."""
    if n_bytes < 1_000_000:
        return f"{n_bytes:,} bytes"
    return f"{n_bytes / 1e6:.1f} MB"


def claims_to_json(claims: Iterable[Claim], *, fmt: str) -> str:
    """Records as a JSON array (``json``) or one object per line (``jsonl``); stable bytes."""
    records = [claim.model_dump(mode="json") for claim in claims]
    if fmt == "jsonl":
        return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def write_text_atomic(path: Path, text: str) -> None:
    """Write a whole file or nothing: a temporary file renamed into place."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=directory, delete=False, suffix=".tmp"
        ) as tmp:
            tmp.write(text)
        os.replace(tmp.name, path)
    except OSError as err:
        raise InputError(f"{path}: cannot be written ({err.strerror or err})") from err
