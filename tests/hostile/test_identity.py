"""Item 2 of issue 15: every article has an id that cannot collide, so `queue add` never
drops a real claim as a duplicate."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import article, invoke, read_jsonl


def test_the_readme_pipe_example_keeps_two_different_articles(tmp_path: Path):
    queue = tmp_path / "claims.db"
    added = []
    for i in (1, 2):
        # extract article.txt --format jsonl | extract queue add - --queue claims.db
        # (the two articles differ, but their claims sit at the same offsets)
        claims = invoke("-", "--format", "jsonl", input=article(i))
        assert claims.exit_code == 0, claims.output
        report = invoke("queue", "add", "-", "--queue", queue, input=claims.stdout)
        assert report.exit_code == 0, report.output
        added.append(json.loads(report.stdout.strip().splitlines()[-1]))
    assert added[1]["duplicates"] == 0, added
    ids = {json.loads(line)["doc_id"] for line in claims.stdout.splitlines()}
    assert len(ids) == 1 and next(iter(ids)).startswith("stdin-")


def test_two_files_of_one_name_in_two_folders_get_two_ids(tmp_path: Path):
    for folder, i in (("a", 1), ("b", 2)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(article(i), encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    result = invoke("batch", tmp_path / "a", tmp_path / "b", "-o", out, "-j", "1")
    assert result.exit_code == 0, result.output
    ids = sorted({r["doc_id"] for r in read_jsonl(out)})
    assert len(ids) == 2 and all(i.startswith("story-") for i in ids)
    # The same article under another name keeps its content's hash.
    one = invoke(tmp_path / "a" / "story.txt", "--format", "jsonl")
    assert json.loads(one.stdout.splitlines()[0])["doc_id"] in ids
