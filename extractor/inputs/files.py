"""Article files: one text or HTML page per file, or standard input for `extract FILE`."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .decode import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_HTML_BYTES,
    decode_text,
    read_limited,
    read_stdin,
)
from .formats import STDIN, input_format, starts_like_html
from .pages import page_record
from .records import ArticleRecord, content_id, reason


def read_article(
    name: str,
    *,
    fmt: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES,
    published: str | None = None,
) -> ArticleRecord:
    """One article file (``-`` is stdin) for `extract FILE`; InputError when it cannot be
    read. ``auto`` reads HTML by suffix or by a leading ``<html>``; an empty file is an
    empty article (text ``""``), whatever its name. Its id is the file's stem (``stdin``)
    and a hash of its bytes: two different articles never share one."""
    if name == STDIN:
        data, stem, origin = read_stdin(max_bytes=max_bytes), "stdin", "<stdin>"
    else:
        data, stem, origin = read_limited(name, max_bytes=max_bytes), Path(name).stem, name
    doc_id = content_id(stem, data)
    text = decode_text(data, source=origin, max_bytes=max_bytes)
    is_html = fmt == "html" or (
        fmt == "auto" and (input_format(origin) == "html" or starts_like_html(text))
    )
    if is_html and text.strip():
        _check_page_size(origin, len(data), max_html_bytes)
        return page_record(text, id=doc_id, origin=origin, published=published)
    return ArticleRecord(id=doc_id, origin=origin, text=text, published=published)


def read_file(
    name: str,
    *,
    kind: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES,
) -> ArticleRecord:
    """One text or HTML file of a dump; one that cannot be read is a record with ``error``.

    Unlike `extract FILE`, which needs the text as UTF-8 anyway, a page goes to
    trafilatura as bytes, so a page in another encoding is read by its declared charset;
    it is parsed later, by the worker (``pages.parse_page``), under the time limit.
    """
    stem = Path(name).stem
    try:
        if kind == "html":
            data = read_limited(name, max_bytes=max_html_bytes, option="--max-html-bytes")
            return ArticleRecord(id=content_id(stem, data), origin=name, html=data)
        data = read_limited(name, max_bytes=max_bytes)
        text = decode_text(data, source=name, max_bytes=max_bytes)
    except InputError as err:
        return ArticleRecord(id=stem, origin=name, error=reason(err))
    doc_id = content_id(stem, data)
    if not text.strip():
        return ArticleRecord(id=doc_id, origin=name, error="empty article")
    return ArticleRecord(id=doc_id, origin=name, text=text)


def _check_page_size(origin: str, size: int, max_html_bytes: int) -> None:
    if size > max_html_bytes:
        raise InputError(
            f"{origin}: an HTML page of {size:,} bytes is over the {max_html_bytes:,} byte "
            "limit for a page (--max-html-bytes)"
        )
