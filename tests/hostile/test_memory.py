"""Item 4 of issue 15: memory is bounded on any input. Each bomb is built small on disk
here; each command runs in a child whose peak RSS (ru_maxrss of RUSAGE_CHILDREN, in a
fresh wrapper process) must stay under 1 GB, and whose answer is a clear error."""

from __future__ import annotations

import gzip
import json
import os
import threading
from pathlib import Path

import pytest
import zstandard

from .conftest import GB_KB, peak_rss, read_jsonl

LINE_BYTES = 1 << 30  # the bombs hold one 1 GB JSON line
PIECE = b"a" * (1 << 20)


def _gzip_bomb(path: Path) -> None:
    # A gzip file may be several members read as one stream: one 1 MB member (1 KB
    # compressed) written 1,024 times is a 1 GB line in 1 MB, built in a moment.
    piece = gzip.compress(PIECE, compresslevel=9)
    with open(path, "wb") as stream:
        stream.write(gzip.compress(b'{"id": "bomb", "text": "'))
        for _ in range(LINE_BYTES // len(PIECE)):
            stream.write(piece)
        stream.write(gzip.compress(b'"}\n'))


def _zstd_bomb(path: Path) -> None:
    with (
        open(path, "wb") as stream,
        zstandard.ZstdCompressor(level=1).stream_writer(stream) as writer,
    ):
        writer.write(b'{"id": "bomb", "text": "')
        for _ in range(LINE_BYTES // len(PIECE)):
            writer.write(PIECE)
        writer.write(b'"}\n')


@pytest.mark.parametrize("suffix, build", [(".gz", _gzip_bomb), (".zst", _zstd_bomb)])
def test_a_compressed_1_gb_line_is_an_error_in_bounded_memory(tmp_path: Path, suffix, build):
    bomb = tmp_path / f"bomb.jsonl{suffix}"
    build(bomb)
    assert bomb.stat().st_size < 2_000_000
    out = tmp_path / "claims.jsonl"
    code, rss = peak_rss("batch", bomb, "-o", out, "-j", "1")
    assert code == 5
    [error] = read_jsonl(tmp_path / "claims.jsonl.errors.jsonl")
    assert "over the 10,000,000 byte limit" in error["reason"]
    assert rss < GB_KB, f"peak RSS {rss // 1024} MB"


def test_extract_dev_zero_is_an_error_in_bounded_memory():
    code, rss = peak_rss("/dev/zero")
    assert code == 1
    assert rss < GB_KB, f"peak RSS {rss // 1024} MB"


def test_an_endless_fifo_is_an_error_in_bounded_memory(tmp_path: Path):
    fifo = tmp_path / "endless.txt"
    os.mkfifo(fifo)
    stop = threading.Event()

    def feed() -> None:  # 2 GB at most: endless for a bounded reader, finite for a test
        block = b"Officials said 5 people died. " * 4096
        try:
            with open(fifo, "wb") as stream:
                for _ in range(2 * (1 << 30) // len(block)):
                    if stop.is_set():
                        break
                    stream.write(block)
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        code, rss = peak_rss(fifo, "--max-bytes", 50_000_000)
    finally:
        stop.set()
    assert code == 1
    assert rss < GB_KB, f"peak RSS {rss // 1024} MB"


def test_an_html_page_over_the_page_limit_is_an_error_in_bounded_memory(tmp_path: Path):
    page = tmp_path / "page.html"
    cell = "<div><span><a href='/x'>Home 12</a></span></div>"
    page.write_text("<html><body>" + cell * (9_000_000 // len(cell)) + "</body></html>")
    code, rss = peak_rss(page)
    assert code == 1
    assert rss < GB_KB, f"peak RSS {rss // 1024} MB"
    dump = tmp_path / "dump.jsonl.gz"
    dump.write_bytes(gzip.compress(b'{"id": "p", "html": "' + page.read_bytes() + b'"}\n'))
    out = tmp_path / "claims.jsonl"
    code, rss = peak_rss("batch", page, dump, "-o", out, "-j", "1")
    assert code == 5
    errors = read_jsonl(tmp_path / "claims.jsonl.errors.jsonl")
    assert len(errors) == 2 and all("limit" in e["reason"] for e in errors)
    assert rss < GB_KB, f"peak RSS {rss // 1024} MB"


def test_a_page_of_tiny_elements_within_the_page_limit_is_an_error_in_bounded_memory(
    tmp_path: Path,
):
    # Within --max-html-bytes, but some 300,000 elements: parsed, it took over 1 GB and
    # minutes; it is refused by its element count before parsing.
    page = tmp_path / "page.html"
    cell = "<div><span><a href='/x'>Home 12</a></span></div>"
    page.write_text("<html><body>" + cell * (4_900_000 // len(cell)) + "</body></html>")
    code, rss = peak_rss(page, "-o", tmp_path / "out.json")
    assert code == 1
    assert rss < GB_KB, f"peak RSS {rss // 1024} MB"
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"id": "p", "html": page.read_text()}) + "\n")
    out = tmp_path / "claims.jsonl"
    code, rss = peak_rss("batch", dump, "-o", out, "-j", "1")
    assert code == 5
    [error] = read_jsonl(tmp_path / "claims.jsonl.errors.jsonl")
    assert "over 100,000 elements" in error["reason"]
    assert rss < GB_KB, f"peak RSS {rss // 1024} MB"
