"""Which format an input is: one table from file suffix to format, for every command."""

from __future__ import annotations

from pathlib import Path

STDIN = "-"
FORMATS = ("auto", "text", "html", "jsonl", "warc")
# The formats `extract FILE` reads: one article per file.
ARTICLE_FORMATS = ("auto", "text", "html")
SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonl.gz": "jsonl",
    ".jsonl.zst": "jsonl",
    ".ndjson.gz": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
}


def input_format(path: Path | str) -> str | None:
    """The format a file name implies, or None for a file that is not an input."""
    name = str(path).lower()
    for suffix in sorted(SUFFIX_FORMATS, key=len, reverse=True):
        if name.endswith(suffix):
            return SUFFIX_FORMATS[suffix]
    return None


def starts_like_html(text: str) -> bool:
    """Whether an article's text is an HTML page by how it starts, whatever its name."""
    head = text.lstrip()[:100].lower()
    return head.startswith(("<!doctype html", "<html"))
