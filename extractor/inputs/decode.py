"""The one size limit and UTF-8 check for an article's bytes, file or standard input."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import InputError

DEFAULT_MAX_BYTES = 10_000_000


def read_limited(name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of one article file; InputError when it is missing, a folder, unreadable
    or over ``max_bytes`` (refused from its size, before it is read)."""
    file = Path(name)
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
        return file.read_bytes()
    except PermissionError as err:
        raise InputError(f"{name}: cannot be read ({err.strerror})") from err
    except OSError as err:
        raise InputError(f"{name}: cannot be read ({err.strerror or err})") from err


def read_stdin(*, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Standard input's bytes, one more than ``max_bytes`` at most (so decode_text can
    tell that the limit was passed without reading the rest)."""
    return sys.stdin.buffer.read(max_bytes + 1)


def decode_text(data: bytes, *, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode an article's bytes: UTF-8 (a BOM is dropped), not binary, not over the limit."""
    if len(data) > max_bytes:
        raise InputError(
            f"{source}: over the {_size(max_bytes)} limit for one article (--max-bytes)"
        )
    nul = data.find(b"\x00", 0, 65536)
    if nul >= 0:
        raise InputError(f"{source}: looks binary (NUL byte at offset {nul}), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{source}: not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from err


def _size(n_bytes: int) -> str:
    """A size to compare with --max-bytes: exact below 1 MB, where "0 MB" would hide the limit."""
    if n_bytes < 1_000_000:
        return f"{n_bytes:,} bytes"
    return f"{n_bytes / 1e6:.1f} MB"
