"""Item 7 of issue 15: an output that is a FIFO, a device or a symlink is written
through, never replaced; a new regular file gets the umask's permissions."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from .conftest import article, invoke

PAGE = (
    "<html><head><title>Floods</title></head><body><article><p>Officials said that 1,200 "
    "people were evacuated from the coast on Monday after the storm.</p></article></body></html>"
)


def _read_fifo(fifo: Path, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with open(fifo, "rb") as stream:
            into.append(stream.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader


def test_a_fifo_as_output_is_written_through(tmp_path: Path):
    source = tmp_path / "a.txt"
    source.write_text(article(1), encoding="utf-8")
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = _read_fifo(fifo, received)
    result = invoke(source, "-o", fifo)
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(received[0])[0]["quantity"]["value"] == 1001


def test_a_symlink_as_output_or_save_text_writes_its_target(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    for name in ("claims.json", "text.txt"):
        (tmp_path / name).write_text("old", encoding="utf-8")
        os.chmod(tmp_path / name, 0o640)
        (tmp_path / f"{name}.link").symlink_to(name)
    result = invoke(
        page, "-o", tmp_path / "claims.json.link", "--save-text", tmp_path / "text.txt.link"
    )
    assert result.exit_code == 0, result.output
    for name in ("claims.json", "text.txt"):
        assert (tmp_path / f"{name}.link").is_symlink()
        assert (tmp_path / name).read_text(encoding="utf-8") != "old"
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o640  # kept


def test_a_new_output_gets_the_umask_permissions(tmp_path: Path):
    source = tmp_path / "a.txt"
    source.write_text(article(1), encoding="utf-8")
    umask = os.umask(0o022)
    try:
        result = invoke(source, "-o", tmp_path / "new.json")
    finally:
        os.umask(umask)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o644


def test_queue_export_to_a_symlink_writes_its_target(tmp_path: Path):
    source = tmp_path / "a.txt"
    source.write_text(article(1), encoding="utf-8")
    claims = invoke(source, "--format", "jsonl")
    queue = tmp_path / "q.db"
    assert invoke("queue", "add", "-", "--queue", queue, input=claims.stdout).exit_code == 0
    (tmp_path / "export.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "link.jsonl").symlink_to("export.jsonl")
    result = invoke(
        "queue", "export", "--format", "jsonl", "-o", tmp_path / "link.jsonl", "--queue", queue
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "link.jsonl").is_symlink()
    assert (tmp_path / "export.jsonl").read_text(encoding="utf-8").strip()


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod of a device needs root")
def test_a_full_device_as_output_is_an_error_and_stays_a_device(tmp_path: Path):
    source = tmp_path / "a.txt"
    source.write_text(article(1), encoding="utf-8")
    full = tmp_path / "full"  # a private /dev/full: the real one is never at risk
    os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    result = invoke(source, "-o", full)
    assert result.exit_code == 1
    assert "cannot be written (No space left on device)" in result.stderr
    assert stat.S_ISCHR(full.stat().st_mode)
