"""JSON Lines dumps (plain, .gz, .zst, or standard input): one article per line."""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..errors import InputError
from .decode import DEFAULT_MAX_BYTES
from .formats import STDIN
from .pages import page_record
from .records import ArticleRecord, reason


@dataclass(frozen=True)
class FieldNames:
    """Where a JSON Lines record keeps each thing; the first present name wins."""

    text: tuple[str, ...] = ("text", "maintext", "content", "body")
    id: tuple[str, ...] = ("id", "url")
    published: tuple[str, ...] = ("published", "date_publish", "date")
    title: tuple[str, ...] = ("title",)
    source: tuple[str, ...] = ("source", "source_domain")
    url: tuple[str, ...] = ("url",)
    html: tuple[str, ...] = ("html",)

    def with_overrides(self, **names: str | None) -> FieldNames:
        """Put user-given field names first: ``with_overrides(text="article_body")``."""
        updates = {key: (value, *getattr(self, key)) for key, value in names.items() if value}
        return FieldNames(**{**self.__dict__, **updates})


DEFAULT_FIELDS = FieldNames()


def read_jsonl(
    name: str, *, fields: FieldNames = DEFAULT_FIELDS, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[ArticleRecord]:
    """Every record of a JSON Lines file (``-`` is stdin), blank lines skipped."""
    with _open_lines(name) as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            origin = f"{name}:{number}"
            yield json_record(line, origin=origin, fields=fields, max_bytes=max_bytes)


def _open_lines(name: str) -> io.TextIOBase:
    if name == STDIN:
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    lower = name.lower()
    if lower.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(name, "rb"), encoding="utf-8", errors="replace")
    if lower.endswith(".zst"):
        import zstandard

        # Closed with the wrapper that holds it.
        stream = zstandard.ZstdDecompressor().stream_reader(open(name, "rb"))  # noqa: SIM115
        return io.TextIOWrapper(stream, encoding="utf-8", errors="replace")
    return open(name, encoding="utf-8", errors="replace")  # noqa: SIM115 - closed by the caller


def json_record(
    line: str, *, origin: str, fields: FieldNames, max_bytes: int = DEFAULT_MAX_BYTES
) -> ArticleRecord:
    """One line of a dump as an article record; what is wrong with it is its ``error``."""
    if len(line) > max_bytes:
        return ArticleRecord(
            id=origin, origin=origin, error=f"record of {len(line):,} characters is over the limit"
        )
    try:
        data = json.loads(line)
    except json.JSONDecodeError as err:
        return ArticleRecord(
            id=origin, origin=origin, error=f"malformed JSON: {err.msg} at column {err.colno}"
        )
    if not isinstance(data, dict):
        return ArticleRecord(id=origin, origin=origin, error="a JSON line must be an object")

    def first(names: tuple[str, ...]) -> str | None:
        for key in names:
            value = data.get(key)
            if value not in (None, ""):
                return str(value)
        return None

    record_id = first(fields.id) or origin
    meta = {"url": first(fields.url), "title": first(fields.title), "source": first(fields.source)}
    published = first(fields.published)
    text = first(fields.text)
    if text is None and (html := first(fields.html)) is not None:
        return _html_record(html, id=record_id, origin=origin, published=published, meta=meta)
    if text is None and any(isinstance(data.get(key), str) for key in fields.text):
        return ArticleRecord(id=record_id, origin=origin, error="empty article", **meta)
    if text is None:
        return ArticleRecord(
            id=record_id,
            origin=origin,
            error=f"no text field (looked for {', '.join(fields.text)})",
            **meta,
        )
    if not text.strip():
        return ArticleRecord(id=record_id, origin=origin, error="empty article", **meta)
    return ArticleRecord(id=record_id, origin=origin, text=text, published=published, **meta)


def _html_record(
    html: str, *, id: str, origin: str, published: str | None, meta: dict[str, str | None]
) -> ArticleRecord:
    """A record that carries the page instead of its text: the record's own fields win,
    the page fills in its title and date."""
    try:
        page = page_record(html, id=id, origin=origin, url=meta["url"], published=published)
    except InputError as err:
        return ArticleRecord(id=id, origin=origin, error=reason(err), **meta)
    return replace(page, url=meta["url"], title=meta["title"] or page.title, source=meta["source"])
