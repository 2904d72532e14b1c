"""Item 10 of issue 15: a FIFO among the inputs is skipped with a warning (it would hang
the batch); a `**` glob over a symlink loop reads each article once."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from .conftest import EXTRACT, article, read_jsonl


def test_a_fifo_among_the_inputs_is_skipped_with_a_warning(tmp_path: Path):
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    out = tmp_path / "claims.jsonl"
    completed = subprocess.run(
        [EXTRACT, "batch", tmp_path / "a.txt", tmp_path / "b.txt", "-o", out, "-j", "1"],
        capture_output=True,
        text=True,
        timeout=120,  # it hung forever before
    )
    assert completed.returncode == 0, completed.stderr
    assert "b.txt: not a regular file (a FIFO), skipped" in completed.stderr
    assert len({r["doc_id"] for r in read_jsonl(out)}) == 1


def test_a_glob_over_a_symlink_loop_reads_each_article_once(tmp_path: Path):
    root = tmp_path / "news"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text(article(1), encoding="utf-8")
    (root / "sub" / "loop").symlink_to("..")
    (root / "sub" / "again").symlink_to("../sub")
    out = tmp_path / "claims.jsonl"
    completed = subprocess.run(
        [EXTRACT, "batch", f"{root}/**/*.txt", root, "-o", out, "-j", "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    summary = completed.stderr.strip().splitlines()[-1]
    assert '"articles": 2' in summary  # once from the glob, once from the folder
