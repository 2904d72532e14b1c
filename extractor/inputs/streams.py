"""Bounded reading: every byte of input is read in pieces, with a limit, whatever it is.

Files, pipes, devices and decompressors alike: nothing is sized with ``stat`` and then
trusted, no line is read without a maximum length, and a decompressor never produces
more than a bounded amount of output per read. So a 1 MB gzip of one 1 GB line, an
endless FIFO or ``/dev/zero`` costs at most the limit, never the whole input.

A truncated or corrupt container (gzip, zstd, WARC) is a :class:`DamagedInput` that says
how far reading got, never a silent end of input.
"""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterator
from typing import IO, BinaryIO

from ..errors import InputError
from .formats import STDIN

PIECE = 1 << 16
# zstd input is fed this many compressed bytes at a time: the most one piece can expand to
# is 32 MB (RLE blocks of 128 KB; measured on zeros), so output per read stays bounded.
ZSTD_FEED = 1024


class DamagedInput(InputError):
    """A container is truncated or corrupt: what was read before stands, the rest is lost."""


def damaged(name: str, err: BaseException, *, records: int, offset: int) -> DamagedInput:
    """The error for ``name`` that stopped after ``records`` records, at byte ``offset``."""
    what = f"{err.__class__.__name__}: {err}" if str(err) else err.__class__.__name__
    return DamagedInput(
        f"{name}: damaged input, reading stopped after {records:,} records at byte "
        f"{offset:,} ({what}); the records before it were processed"
    )


def read_at_most(stream: IO[bytes], limit: int) -> bytes:
    """At most ``limit + 1`` bytes of ``stream``: one more than allowed says it is over."""
    pieces: list[bytes] = []
    wanted = limit + 1
    while wanted > 0:
        piece = stream.read(min(wanted, 1 << 20))
        if not piece:
            break
        pieces.append(piece)
        wanted -= len(piece)
    return b"".join(pieces)


def bounded_lines(stream: IO[bytes], *, max_bytes: int) -> Iterator[tuple[bytes | None, int]]:
    """Each line of ``stream`` (``\\n`` ends a line) and its length in bytes; a line over
    ``max_bytes`` (newline not counted) comes as ``(None, length)``, skipped in pieces
    without being held in memory."""
    while True:
        line = stream.readline(max_bytes + 2)
        if not line:
            return
        if len(line) <= max_bytes or (len(line) == max_bytes + 1 and line.endswith(b"\n")):
            yield line, len(line)
            continue
        length = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(PIECE)
            if not line:
                break
            length += len(line)
        yield None, length


class ZstdReader(io.RawIOBase):
    """A zstd stream read with bounded output per read, that knows a truncated frame.

    ``zstandard``'s own stream reader ends silently on a truncated file; here the end of
    the file inside a frame is an EOFError, and every frame of a multi-frame file is read.
    """

    def __init__(self, raw: BinaryIO) -> None:
        import zstandard

        self._zstd = zstandard
        self._raw = raw
        self._decompressor = zstandard.ZstdDecompressor().decompressobj()
        self._started = False
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        """A reader."""
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        """Fill ``buffer`` from decompressed output; 0 at the end of the last frame."""
        while not self._pending:
            if not self._feed():
                return 0
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def _feed(self) -> bool:
        """Decompress one more piece; False at a clean end of input."""
        data = self._raw.read(ZSTD_FEED)
        if not data:
            if self._started and not self._decompressor.eof:
                raise EOFError("zstd file ended in the middle of a frame (truncated)")
            return False
        while data:
            if self._decompressor.eof:  # a new frame starts: concatenated files
                self._decompressor = self._zstd.ZstdDecompressor().decompressobj()
            self._started = True
            try:
                out = self._decompressor.decompress(data)
            except self._zstd.ZstdError as err:
                raise ValueError(f"not zstd data or corrupt ({err})") from err
            data = self._decompressor.unused_data if self._decompressor.eof else b""
            if out:
                self._pending = memoryview(bytes(self._pending) + out)
        return True

    def close(self) -> None:
        """Close the compressed file too."""
        self._raw.close()
        super().close()


def open_binary(name: str) -> IO[bytes]:
    """``name`` as a buffered binary stream, decompressed by suffix (.gz, .zst); ``-`` is
    standard input."""
    if name == STDIN:
        return sys.stdin.buffer
    lower = name.lower()
    if lower.endswith(".gz"):
        return gzip.open(name, "rb")
    raw = open(name, "rb")  # noqa: SIM115 - closed with the stream that holds it
    if lower.endswith(".zst"):
        return io.BufferedReader(ZstdReader(raw), PIECE)
    return raw
