"""Item 6 of issue 15 (HTML part): parsing an HTML page in a batch runs under the
article's time limit, in the worker."""

from __future__ import annotations

import time
from pathlib import Path

from .conftest import invoke, read_jsonl


def test_slow_html_parsing_is_cut_by_the_article_timeout(tmp_path: Path):
    page = tmp_path / "slow.html"
    paragraph = (
        "<p>Officials said that 1,200 people were evacuated from the coast on Monday after "
        "the storm, and 45 percent of homes lost power.</p>\n"
    )
    page.write_text(
        "<html><body><article>"
        + paragraph * (3_000_000 // len(paragraph))
        + "</article></body></html>"
    )
    out = tmp_path / "claims.jsonl"
    started = time.monotonic()
    result = invoke("batch", page, "-o", out, "-j", "1", "--article-timeout", "1")
    assert result.exit_code == 5, result.output
    [error] = read_jsonl(tmp_path / "claims.jsonl.errors.jsonl")
    assert error["reason"] == "timed out after 1 s"
    assert time.monotonic() - started < 30
