"""Item 1 of issue 15: one bad record never stops a batch; it is one errors-file line."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

from .conftest import EXTRACT, invoke, jsonl_line, read_jsonl


def test_bad_json_records_are_error_lines_and_the_rest_is_processed(tmp_path: Path):
    dump = tmp_path / "dump.jsonl"
    nested = "[" * 1000 + "]" * 1000
    lines = [
        jsonl_line(0),
        '{"id": "deep", "text": ' + nested + "}",
        '{"id": "x\\ud800", "text": "Officials said 5 people died on Monday in the town."}',
        jsonl_line(1, title="T\ud800"),
        '{"id": "bigint", "n": ' + "9" * 5000 + "}",
        jsonl_line(2),
    ]
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    out = tmp_path / "claims.jsonl"
    result = invoke("batch", dump, "-o", out, "-j", "1")
    assert result.exit_code == 5, result.output
    assert {r["doc_id"] for r in read_jsonl(out)} == {"a000", "a002"}
    errors = read_jsonl(tmp_path / "claims.jsonl.errors.jsonl")
    reasons = [e["reason"] for e in errors]
    assert len(errors) == 4
    assert "nested too deeply" in reasons[0]
    assert "lone surrogate" in reasons[1] and "lone surrogate" in reasons[2]
    assert "malformed JSON" in reasons[3]


def test_a_text_that_is_a_list_or_an_object_is_an_error_line_not_its_repr(tmp_path: Path):
    # Item 12: a JSON Lines text that is a list or a dict was processed as its Python repr.
    sentence = "Officials said 5 people died on Monday in the town."
    lines = [
        jsonl_line(0),
        json.dumps({"id": "listed", "text": [sentence, sentence]}),
        json.dumps({"id": 77, "text": {"body": sentence}}),
        json.dumps({"id": "page", "html": ["<p>", sentence, "</p>"]}),
        json.dumps({"id": "meta", "text": sentence, "title": ["A", "B"], "source": {"x": 1}}),
        jsonl_line(2),
    ]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    result = invoke("batch", dump, "-o", out, "-j", "1")
    assert result.exit_code == 5, result.output
    records = read_jsonl(out)
    assert {r["doc_id"] for r in records} == {"a000", "a002", "meta"}
    assert not any(r["sentence"]["text"].startswith(("[", "{", "'")) for r in records)
    [meta] = [r for r in records if r["doc_id"] == "meta"]
    assert meta.get("title") is None and meta.get("source") is None
    errors = {e["id"]: e["reason"] for e in read_jsonl(tmp_path / "claims.jsonl.errors.jsonl")}
    assert errors == {
        "listed": "field 'text': expected a string, got a list",
        "77": "field 'text': expected a string, got an object",
        "page": "field 'html': expected a string, got a list",
    }


def test_a_file_that_is_not_zstd_is_one_error_and_the_rest_is_processed(tmp_path: Path):
    (tmp_path / "a.jsonl.zst").write_bytes(b"this is not zstd at all\n" * 20)
    (tmp_path / "b.jsonl").write_text(jsonl_line(1) + "\n", encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    result = invoke("batch", tmp_path / "a.jsonl.zst", tmp_path / "b.jsonl", "-o", out, "-j", "1")
    assert result.exit_code == 7, result.output
    assert {r["doc_id"] for r in read_jsonl(out)} == {"a001"}
    [error] = read_jsonl(tmp_path / "claims.jsonl.errors.jsonl")
    assert "a.jsonl.zst: damaged input" in error["reason"] and "at byte 0" in error["reason"]
    assert "a.jsonl.zst: damaged input" in result.stderr


def test_a_damaged_warc_record_is_one_error_and_the_rest_is_processed(tmp_path: Path):
    from .warcs import write_warc

    warc = tmp_path / "dump.warc"
    write_warc(warc, pages=3)
    data = warc.read_bytes()
    second = data.index(b"WARC/1", 10)
    # The second record's Content-Length is not a number.
    damaged = data[:second] + data[second:].replace(b"Content-Length: ", b"Content-Length: x", 1)
    warc.write_bytes(damaged)
    (tmp_path / "b.jsonl").write_text(jsonl_line(1) + "\n", encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    result = invoke("batch", warc, tmp_path / "b.jsonl", "-o", out, "-j", "1")
    assert result.exit_code == 7, result.output
    assert {r["doc_id"] for r in read_jsonl(out)} == {"<urn:uuid:page-0>", "a001"}
    assert re.search(
        r"dump.warc: damaged input, reading stopped after \d records at byte 9\d\d ", result.stderr
    )


def test_a_worker_killed_mid_run_does_not_stop_the_batch(tmp_path: Path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(jsonl_line(i) + "\n" for i in range(24)), encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    args = [EXTRACT, "batch", dump, "-o", out, "-j", "2", "--chunk-articles", "2"]
    batch = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    parts = tmp_path / "claims.jsonl.parts"
    deadline = time.monotonic() + 120
    while not list(parts.glob("chunk-*.claims.jsonl")) and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = psutil.Process(batch.pid).children()
    assert workers, "no worker process"
    os.kill(workers[0].pid, signal.SIGKILL)  # as the OOM killer would
    _, stderr = batch.communicate(timeout=240)
    assert batch.returncode == 0, stderr.decode()
    assert {r["doc_id"] for r in read_jsonl(out)} == {f"a{i:03d}" for i in range(24)}
    assert json.loads(stderr.decode().splitlines()[-1])["articles"] == 24
    assert sys.platform.startswith("linux")
