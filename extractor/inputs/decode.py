"""The one size limit and text check for an article's bytes, file or standard input."""

from __future__ import annotations

import codecs
import os
import stat
import sys
from pathlib import Path

from ..errors import InputError
from .streams import read_at_most

DEFAULT_MAX_BYTES = 10_000_000
# An HTML page is parsed whole by lxml and trafilatura, in memory and time that grow
# faster than its size: a 5 MB page took 73 s and 260 MB (a loaded 2-core machine).
DEFAULT_MAX_HTML_BYTES = 5_000_000
# Text that starts with one of these is decoded by it (UTF-32 first: its little-endian
# mark begins with UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_limited(
    name: str, *, max_bytes: int = DEFAULT_MAX_BYTES, option: str = "--max-bytes"
) -> bytes:
    """The bytes of one article file; InputError when it is missing, a folder, unreadable
    or over ``max_bytes``. A regular file is refused from its size; anything else (a
    FIFO, a device) is read up to one byte over the limit, never more."""
    file = Path(name)
    if not file.exists():
        raise InputError(f"{name}: no such file")
    if file.is_dir():
        raise InputError(f"{name}: is a directory; give one article file (or - for stdin)")
    try:
        with open(file, "rb") as stream:
            info = os.fstat(stream.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                _over(name, info.st_size, max_bytes, option)
            data = read_at_most(stream, max_bytes)
    except PermissionError as err:
        raise InputError(f"{name}: cannot be read ({err.strerror})") from err
    except OSError as err:
        raise InputError(f"{name}: cannot be read ({err.strerror or err})") from err
    if len(data) > max_bytes:
        raise InputError(
            f"{name}: more than the {_size(max_bytes)} limit for one article (reading "
            f"stopped there); raise it with {option} if this really is one article"
        )
    return data


def _over(name: str, size: int, max_bytes: int, option: str) -> None:
    size_text, limit_text = _size(size), _size(max_bytes)
    if size_text == limit_text:  # "10.0 MB is over the 10.0 MB limit" says nothing
        size_text, limit_text = f"{size:,} bytes", f"{max_bytes:,} bytes"
    raise InputError(
        f"{name}: {size_text} is over the {limit_text} limit for one "
        f"article; raise it with {option} if this really is one article"
    )


def read_stdin(*, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Standard input's bytes, one more than ``max_bytes`` at most (so decode_text can
    tell that the limit was passed without reading the rest)."""
    return read_at_most(sys.stdin.buffer, max_bytes)


def decode_text(data: bytes, *, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode an article's bytes: UTF-8, or UTF-16/32 by their byte-order mark (a BOM is
    dropped), not binary, not over the limit."""
    if len(data) > max_bytes:
        raise InputError(
            f"{source}: over the {_size(max_bytes)} limit for one article (--max-bytes)"
        )
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(
                    f"{source}: starts with a {codec.upper()} byte-order mark but is not valid "
                    f"{codec.upper()} (at offset {err.start})"
                ) from err
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
