"""Item 6 of issue 15 (HTML part): parsing an HTML page in a batch runs under the
article's time limit, in the worker."""

from __future__ import annotations

import json
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


def test_a_slow_quantity_parse_is_cut_by_the_article_timeout_and_not_cached(
    tmp_path: Path, monkeypatch
):
    # Item 6 (adapter part): the adapter's `except Exception` swallowed the alarm, and the
    # sentence's numbers were then cached as empty for every later article.
    from extractor.adapters import quantulum

    sentence = "Officials said that 4,321 sandbags were filled on Tuesday."
    real, calls = quantulum._quantulum_parse, []

    def slow_once(text):  # the first parse of the sentence outlasts the article's limit
        if "4,321" in text and not calls:
            calls.append(text)
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:  # Python code, so the alarm can land
                sum(range(1000))
        return real(text)

    monkeypatch.setattr(quantulum, "_quantulum_parse", slow_once)
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        "".join(
            json.dumps({"id": name, "published": "2022-11-10", "text": sentence}) + "\n"
            for name in ("first", "second")
        )
    )
    out = tmp_path / "claims.jsonl"
    result = invoke("batch", dump, "-o", out, "-j", "1", "--article-timeout", "1")
    assert result.exit_code == 5, result.output
    [error] = read_jsonl(tmp_path / "claims.jsonl.errors.jsonl")
    assert (error["id"], error["reason"]) == ("first", "timed out after 1 s")
    [claim] = read_jsonl(out)
    assert (claim["doc_id"], claim["quantity"]["value"]) == ("second", 4321)
