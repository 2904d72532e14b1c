"""WARC archives: every HTML response is one article, through trafilatura.

A file that does not start as a WARC, a record cut short (a truncated file) or one whose
headers cannot be read is a DamagedInput naming the record and its byte offset; the
responses before it stand. warcio alone reads such files silently as fewer records.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator

from .decode import DEFAULT_MAX_HTML_BYTES
from .records import ArticleRecord
from .streams import DamagedInput, damaged

# The record types of WARC 1.0/1.1: anything else is a header cut or garbled.
RECORD_TYPES = frozenset(
    (
        "warcinfo",
        "response",
        "resource",
        "request",
        "metadata",
        "revisit",
        "conversion",
        "continuation",
    )
)


def read_warc(
    name: str, *, max_html_bytes: int = DEFAULT_MAX_HTML_BYTES
) -> Iterator[ArticleRecord]:
    """Every HTML response of a WARC file (plain or .gz), in archive order; the pages are
    parsed later, by the worker. DamagedInput for a damaged archive."""
    from warcio.archiveiterator import ArchiveIterator

    _check_start(name)
    with open(name, "rb") as stream:
        archive = ArchiveIterator(stream, arc2warc=False)
        done = 0
        try:
            for record in archive:
                page = _page(record, name, done + 1, max_html_bytes)
                _check_whole(record)
                done += 1
                if page is not None:
                    yield page
        except DamagedInput:
            raise
        except Exception as err:  # noqa: BLE001 - warcio raises many kinds on a bad record
            offset = getattr(archive, "offset", 0) or 0
            raise damaged(name, err, records=done, offset=offset) from err


def _page(record, name: str, number: int, limit: int) -> ArticleRecord | None:  # type: ignore[no-untyped-def]
    """The record's article if it is an HTML response (its page, unparsed), else None."""
    if record.rec_type not in RECORD_TYPES:
        raise ValueError(f"record {number} has no valid WARC-Type ({record.rec_type!r})")
    if record.rec_type != "response":
        return None
    content_type = (
        record.http_headers.get_header("Content-Type") if record.http_headers else ""
    ) or ""
    if "html" not in content_type.lower():
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    record_id = record.rec_headers.get_header("WARC-Record-ID") or f"{name}#{number}"
    origin = f"{name}#{number}"
    body = record.content_stream().read(limit + 1)
    if len(body) > limit:
        return ArticleRecord(id=record_id, origin=origin, url=url, error="page over the size limit")
    # The page's URL is the one it was fetched from, not the page's own.
    return ArticleRecord(id=record_id, origin=origin, url=url, html=body, page_keeps=("url",))


def _check_whole(record) -> None:  # type: ignore[no-untyped-def]
    """Read what is left of the record (in pieces); a record cut short is damage."""
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    if getattr(raw, "limit", 0):
        raise EOFError(f"record cut short: {raw.limit:,} bytes of its Content-Length missing")


def _check_start(name: str) -> None:
    """A WARC file (after gzip) starts with ``WARC/``: anything else is not one."""
    with open(name, "rb") as stream:
        head = stream.read(2)
        stream.seek(0)
        try:
            start = gzip.GzipFile(fileobj=stream).read(5) if head == b"\x1f\x8b" else stream.read(5)
        except (OSError, EOFError) as err:
            raise damaged(name, err, records=0, offset=0) from err
    if start and start != b"WARC/":
        raise DamagedInput(f"{name}: not a WARC file (it does not start with WARC/)")
