"""Item 9 of issue 15: resume trusts content, not names; a deleted output is redone; a
second run on the same output is refused while the first holds it."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from .conftest import invoke, jsonl_line, read_jsonl


def _dump(path: Path, start: int, count: int = 3) -> None:
    path.write_text("".join(jsonl_line(i) + "\n" for i in range(start, start + count)))


def test_an_input_edited_after_a_run_is_not_already_complete(tmp_path: Path):
    dump, out = tmp_path / "dump.jsonl", tmp_path / "claims.jsonl"
    _dump(dump, 0)
    assert invoke("batch", dump, "-o", out, "-j", "1").exit_code == 0
    stat = dump.stat()
    _dump(dump, 10)  # same name, same size, other articles
    os.utime(dump, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # even the same mtime
    assert dump.stat().st_size == stat.st_size
    result = invoke("batch", dump, "-o", out, "-j", "1")
    assert result.exit_code == 0, result.output
    assert {r["doc_id"] for r in read_jsonl(out)} == {"a010", "a011", "a012"}


def test_a_deleted_output_is_written_again(tmp_path: Path):
    dump, out = tmp_path / "dump.jsonl", tmp_path / "claims.jsonl"
    _dump(dump, 0)
    assert invoke("batch", dump, "-o", out, "-j", "1").exit_code == 0
    claims = out.read_bytes()
    out.unlink()
    result = invoke("batch", dump, "-o", out, "-j", "1")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == claims


def test_a_second_run_on_the_same_output_is_refused(tmp_path: Path):
    dump, out = tmp_path / "dump.jsonl", tmp_path / "claims.jsonl"
    _dump(dump, 0)
    with open(tmp_path / "claims.jsonl.lock", "w") as lock:  # as a running batch holds it
        fcntl.flock(lock, fcntl.LOCK_EX)
        result = invoke("batch", dump, "-o", out, "-j", "1")
    assert result.exit_code == 6, result.output
    assert "another batch run is writing this output now" in result.stderr
    assert not out.exists()
