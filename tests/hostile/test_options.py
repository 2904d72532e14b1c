"""Item 13 of issue 15 (the input part): UTF-16 with a byte-order mark is text, not
binary; numeric options below their minimum are usage errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import article, invoke


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_read_as_text(tmp_path: Path, encoding: str):
    path = tmp_path / "article.txt"
    text = article(1)
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    result = invoke(path)
    assert result.exit_code == 0, result.output
    [first, *_] = json.loads(result.stdout)
    assert (
        first["quantity"]["text"]
        == text[first["quantity"]["start_char"] : first["quantity"]["end_char"]]
    )


@pytest.mark.parametrize(
    "args",
    [
        ["--max-bytes", "0"],
        ["--max-bytes", "-5"],
        ["--max-html-bytes", "0"],
    ],
)
def test_file_numeric_options_below_their_minimum_are_usage_errors(tmp_path: Path, args):
    path = tmp_path / "article.txt"
    path.write_text(article(1), encoding="utf-8")
    result = invoke(path, *args)
    assert result.exit_code == 2
    assert args[0] in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["--max-bytes", "0"],
        ["--max-bytes", "-1"],
        ["--shard-articles", "0"],
        ["--shard-articles", "-3"],
        ["--chunk-articles", "0"],
        ["--jobs", "-1"],
        ["--local-cluster", "0"],
        ["--article-timeout", "-1"],
    ],
)
def test_batch_numeric_options_below_their_minimum_are_usage_errors(tmp_path: Path, args):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("{}\n", encoding="utf-8")
    result = invoke("batch", dump, "-o", tmp_path / "out.jsonl", *args)
    assert result.exit_code == 2
    assert args[0] in result.output
    assert not (tmp_path / "out.jsonl").exists()
