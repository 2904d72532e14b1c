"""WARC archives: every HTML response is one article, through trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ..errors import InputError
from .decode import DEFAULT_MAX_BYTES
from .pages import page_record
from .records import ArticleRecord, reason


def read_warc(name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ArticleRecord]:
    """Every HTML response of a WARC file (plain or .gz), in archive order."""
    from warcio.archiveiterator import ArchiveIterator

    with open(name, "rb") as stream:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            if record.rec_type != "response":
                continue
            content_type = (
                record.http_headers.get_header("Content-Type") if record.http_headers else ""
            ) or ""
            if "html" not in content_type.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            record_id = record.rec_headers.get_header("WARC-Record-ID") or f"{name}#{number}"
            origin = f"{name}#{number}"
            body = record.content_stream().read(max_bytes + 1)
            yield _response_record(body, id=record_id, origin=origin, url=url, max_bytes=max_bytes)


def _response_record(
    body: bytes, *, id: str, origin: str, url: str | None, max_bytes: int
) -> ArticleRecord:
    """One response's page; its URL is the one it was fetched from, not the page's own."""
    if len(body) > max_bytes:
        return ArticleRecord(id=id, origin=origin, url=url, error="page over the size limit")
    try:
        page = page_record(body, id=id, origin=origin, url=url)
    except InputError as err:
        return ArticleRecord(id=id, origin=origin, url=url, error=reason(err))
    return replace(page, url=url)
