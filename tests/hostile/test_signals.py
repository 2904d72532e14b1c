"""Item 8 of issue 15: SIGTERM to a batch leaves no worker process behind."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import psutil

from .conftest import EXTRACT, invoke, jsonl_line


def test_sigterm_to_the_batch_stops_its_workers(tmp_path: Path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(jsonl_line(i) + "\n" for i in range(400)), encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    batch = subprocess.Popen(
        [EXTRACT, "batch", dump, "-o", out, "-j", "2", "--chunk-articles", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    parts = tmp_path / "claims.jsonl.parts"
    deadline = time.monotonic() + 120
    while not list(parts.glob("chunk-*.claims.jsonl")) and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = psutil.Process(batch.pid).children(recursive=True)
    assert len(workers) >= 2
    batch.send_signal(signal.SIGTERM)
    batch.communicate(timeout=60)
    assert batch.returncode == 128 + signal.SIGTERM
    gone, alive = psutil.wait_procs(workers, timeout=15)
    assert not [p for p in alive if p.status() != psutil.STATUS_ZOMBIE], alive
    assert parts.exists()  # resumable, as after Ctrl-C


def test_a_stopped_run_whose_input_was_edited_is_not_resumed(tmp_path: Path):
    """Item 9: the parts of a stopped run are not mixed with an edited input's."""
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(jsonl_line(i) + "\n" for i in range(400)), encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    batch = subprocess.Popen(
        [EXTRACT, "batch", dump, "-o", out, "-j", "1", "--chunk-articles", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    parts = tmp_path / "claims.jsonl.parts"
    deadline = time.monotonic() + 120
    while not list(parts.glob("chunk-*.claims.jsonl")) and time.monotonic() < deadline:
        time.sleep(0.05)
    batch.kill()
    batch.wait(timeout=60)
    info = dump.stat()
    text = dump.read_text(encoding="utf-8").replace("a000", "b000")  # same size
    dump.write_text(text, encoding="utf-8")
    os.utime(dump, ns=(info.st_atime_ns, info.st_mtime_ns))
    result = invoke("batch", dump, "-o", out, "-j", "1", "--chunk-articles", "2")  # the same
    assert result.exit_code == 1
    assert "left by a run with other inputs" in result.stderr
