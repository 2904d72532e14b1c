"""Helpers for the hostile suite: the real CLI, in-process (typer's CliRunner) or as a
child process whose peak memory is measured, and inputs built here, never committed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app

ARTICLE = (
    "Officials said that {n} people were evacuated from the coast on Monday.\n\n"
    "“We moved about {m} families overnight,” Mayor Jane Doe told reporters."
)
# Runs `extract` in a fresh interpreter and prints its exit code and the peak RSS (KB)
# of its children, so the measure is that command's alone.
MEASURE = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)
EXTRACT = str(Path(sys.executable).with_name("extract"))
GB_KB = 1024 * 1024


def article(i: int) -> str:
    return ARTICLE.format(n=1000 + i, m=20 + i)


def jsonl_line(i: int, **fields: object) -> str:
    record = {"id": f"a{i:03d}", "published": "2022-11-10", "text": article(i), **fields}
    return json.dumps(record)


def invoke(*args: object, input: str | bytes | None = None):  # noqa: A002 - CliRunner's name
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def peak_rss(*args: object, timeout: float = 240) -> tuple[int, int]:
    """Run ``extract ARGS`` in a child; its exit code and peak RSS in KB."""
    completed = subprocess.run(
        [sys.executable, "-c", MEASURE, EXTRACT, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    code, rss = completed.stdout.split()
    return int(code), int(rss)


def pytest_collection_modifyitems(items):
    """Every test of this folder is marked ``hostile`` (``pytest -m hostile`` runs them)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.hostile)
