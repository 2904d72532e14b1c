"""Article files: one text or HTML page per file, or standard input for `extract FILE`."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .decode import DEFAULT_MAX_BYTES, decode_text, read_limited, read_stdin
from .formats import STDIN, input_format, starts_like_html
from .pages import page_record
from .records import ArticleRecord, reason


def read_article(
    name: str,
    *,
    fmt: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: str | None = None,
) -> ArticleRecord:
    """One article file (``-`` is stdin) for `extract FILE`; InputError when it cannot be
    read. ``auto`` reads HTML by suffix or by a leading ``<html>``; an empty file is an
    empty article (text ``""``), whatever its name."""
    if name == STDIN:
        data, doc_id, origin = read_stdin(max_bytes=max_bytes), "stdin", "<stdin>"
    else:
        data, doc_id, origin = read_limited(name, max_bytes=max_bytes), Path(name).stem, name
    text = decode_text(data, source=origin, max_bytes=max_bytes)
    is_html = fmt == "html" or (
        fmt == "auto" and (input_format(origin) == "html" or starts_like_html(text))
    )
    if is_html and text.strip():
        return page_record(text, id=doc_id, origin=origin, published=published)
    return ArticleRecord(id=doc_id, origin=origin, text=text, published=published)


def read_file(name: str, *, kind: str, max_bytes: int = DEFAULT_MAX_BYTES) -> ArticleRecord:
    """One text or HTML file of a dump; one that cannot be read is a record with ``error``.

    Unlike `extract FILE`, which needs the text as UTF-8 anyway, a page goes to
    trafilatura as bytes, so a page in another encoding is read by its declared charset.
    """
    stem = Path(name).stem
    try:
        data = read_limited(name, max_bytes=max_bytes)
        if kind == "html":
            return page_record(data, id=stem, origin=name)
        text = decode_text(data, source=name, max_bytes=max_bytes)
    except InputError as err:
        return ArticleRecord(id=stem, origin=name, error=reason(err))
    if not text.strip():
        return ArticleRecord(id=stem, origin=name, error="empty article")
    return ArticleRecord(id=stem, origin=name, text=text)
