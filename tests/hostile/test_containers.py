"""Item 3 of issue 15: a truncated or garbage container is an error naming the file and
how far reading got (records, byte offset), with exit code 7; what was read stands."""

from __future__ import annotations

from pathlib import Path

import zstandard

from .conftest import invoke, jsonl_line, read_jsonl
from .warcs import write_warc


def _batch(tmp_path: Path, dump: Path):
    out = tmp_path / "claims.jsonl"
    return invoke("batch", dump, "-o", out, "-j", "1"), out


def test_a_truncated_zst_is_an_error_with_how_far_it_got(tmp_path: Path):
    data = "".join(jsonl_line(i) + "\n" for i in range(40)).encode()
    compressed = zstandard.ZstdCompressor().compress(data)
    dump = tmp_path / "dump.jsonl.zst"
    dump.write_bytes(compressed[: len(compressed) * 2 // 3])
    result, out = _batch(tmp_path, dump)
    assert result.exit_code == 7, result.output
    assert "dump.jsonl.zst: damaged input, reading stopped after" in result.stderr
    assert "truncated" in result.stderr
    errors = read_jsonl(tmp_path / "claims.jsonl.errors.jsonl")
    assert [e["id"] for e in errors] == [str(dump)]


def test_a_truncated_warc_gz_is_an_error_after_the_whole_records(tmp_path: Path):
    warc = tmp_path / "dump.warc.gz"
    write_warc(warc, pages=6, gzip=True)
    data = warc.read_bytes()
    warc.write_bytes(data[: int(len(data) * 0.7)])
    result, out = _batch(tmp_path, warc)
    assert result.exit_code == 7, result.output
    assert "dump.warc.gz: damaged input, reading stopped after 4 records at byte" in (result.stderr)
    assert len({r["doc_id"] for r in read_jsonl(out)}) == 4


def test_a_garbage_warc_is_an_error(tmp_path: Path):
    warc = tmp_path / "dump.warc"
    warc.write_bytes(b"hello, this is not a WARC file\n" * 50)
    result, out = _batch(tmp_path, warc)
    assert result.exit_code == 7, result.output
    assert "dump.warc: not a WARC file" in result.stderr
    assert out.read_text() == ""


def test_a_truncated_gzip_is_an_error_after_the_whole_lines(tmp_path: Path):
    import gzip

    dump = tmp_path / "dump.jsonl.gz"
    data = gzip.compress("".join(jsonl_line(i) + "\n" for i in range(200)).encode())
    dump.write_bytes(data[: len(data) // 2])
    result, out = _batch(tmp_path, dump)
    assert result.exit_code == 7, result.output
    assert "dump.jsonl.gz: damaged input, reading stopped after" in result.stderr
    assert "EOFError" in result.stderr
