"""Stream articles out of news dumps: folders of text/HTML, JSON Lines (plain, .gz, .zst,
stdin) and WARC. Every article comes out as an ArticleRecord; one that cannot be read
comes out with ``error`` set, so a batch records it and goes on.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .io import DEFAULT_MAX_BYTES, STDIN, decode_article

FORMATS = ("auto", "text", "html", "jsonl", "warc")
_SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonl.gz": "jsonl",
    ".jsonl.zst": "jsonl",
    ".ndjson.gz": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
}


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


@dataclass(frozen=True)
class ArticleRecord:
    """One article of a dump; ``error`` says why it cannot be processed, if so."""

    id: str
    origin: str
    text: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None
    error: str | None = None


def expand_inputs(inputs: list[str]) -> list[str]:
    """Paths, folders and globs -> input files in a stable order; InputError for what is missing."""
    expanded: list[str] = []
    for item in inputs:
        if item == STDIN:
            expanded.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and input_format(p) is not None
            )
            expanded.extend(str(p) for p in files)
        elif path.exists():
            expanded.append(item)
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputError(f"{item}: the pattern matches no file")
            expanded.extend(matches)
        else:
            raise InputError(f"{item}: no such file or folder")
    return expanded


def input_format(path: Path | str) -> str | None:
    """The format a file name implies, or None for a file that is not an input."""
    name = str(path).lower()
    for suffix in sorted(_SUFFIX_FORMATS, key=len, reverse=True):
        if name.endswith(suffix):
            return _SUFFIX_FORMATS[suffix]
    return None


def iter_records(
    inputs: list[str],
    *,
    fmt: str = "auto",
    fields: FieldNames = FieldNames(),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[ArticleRecord]:
    """Every article of every input, in order; bad ones carry ``error``."""
    for name in expand_inputs(inputs):
        kind = fmt if fmt != "auto" else ("jsonl" if name == STDIN else input_format(name))
        if kind is None:
            yield ArticleRecord(
                id=name, origin=name, error="unknown input format (use --input-format)"
            )
            continue
        reader = {"text": _read_text, "html": _read_html, "jsonl": _read_jsonl, "warc": _read_warc}[
            kind
        ]
        try:
            yield from reader(name, fields=fields, max_bytes=max_bytes)
        except (OSError, EOFError, ValueError) as err:
            # A truncated or corrupt compressed file: what was read stands; the rest is an error.
            yield ArticleRecord(
                id=name, origin=name, error=f"input stopped early: {err.__class__.__name__}: {err}"
            )


def _read_text(name: str, *, fields: FieldNames, max_bytes: int) -> Iterator[ArticleRecord]:
    path = Path(name)
    try:
        data = path.read_bytes() if path.stat().st_size <= max_bytes else None
        if data is None:
            raise InputError(
                f"{name}: {path.stat().st_size:,} bytes is over the {max_bytes:,} bytes limit"
            )
        article = decode_article(data, doc_id=path.stem, source=name, max_bytes=max_bytes)
    except (InputError, OSError) as err:
        yield ArticleRecord(id=path.stem, origin=name, error=_reason(err))
        return
    if not article.text.strip():
        yield ArticleRecord(id=path.stem, origin=name, error="empty article")
        return
    yield ArticleRecord(id=path.stem, origin=name, text=article.text)


def _read_html(name: str, *, fields: FieldNames, max_bytes: int) -> Iterator[ArticleRecord]:
    from .html import html_to_article

    path = Path(name)
    try:
        if path.stat().st_size > max_bytes:
            raise InputError(
                f"{name}: {path.stat().st_size:,} bytes is over the {max_bytes:,} bytes limit"
            )
        page = html_to_article(path.read_bytes(), name=name)
    except (InputError, OSError) as err:
        yield ArticleRecord(id=path.stem, origin=name, error=_reason(err))
        return
    yield ArticleRecord(
        id=path.stem,
        origin=name,
        text=page.text,
        url=page.url,
        title=page.title,
        source=page.source,
        published=page.published,
    )


def _open_lines(name: str) -> io.TextIOBase:
    if name == STDIN:
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    lower = name.lower()
    if lower.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(name, "rb"), encoding="utf-8", errors="replace")
    if lower.endswith(".zst"):
        import zstandard

        stream = zstandard.ZstdDecompressor().stream_reader(open(name, "rb"))  # noqa: SIM115 - closed with the wrapper
        return io.TextIOWrapper(stream, encoding="utf-8", errors="replace")
    return open(name, encoding="utf-8", errors="replace")  # noqa: SIM115 - closed by the caller


def _read_jsonl(name: str, *, fields: FieldNames, max_bytes: int) -> Iterator[ArticleRecord]:
    with _open_lines(name) as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            origin = f"{name}:{number}"
            yield _json_record(line, origin=origin, fields=fields, max_bytes=max_bytes)


def _json_record(line: str, *, origin: str, fields: FieldNames, max_bytes: int) -> ArticleRecord:
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
        from .html import html_to_article

        try:
            page = html_to_article(html, url=meta["url"], name=origin)
        except InputError as err:
            return ArticleRecord(id=record_id, origin=origin, error=_reason(err), **meta)
        text, published = page.text, published or page.published
        meta["title"] = meta["title"] or page.title
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


def _read_warc(name: str, *, fields: FieldNames, max_bytes: int) -> Iterator[ArticleRecord]:
    from warcio.archiveiterator import ArchiveIterator

    from .html import html_to_article

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
            if len(body) > max_bytes:
                yield ArticleRecord(
                    id=record_id, origin=origin, url=url, error="page over the size limit"
                )
                continue
            try:
                page = html_to_article(body, url=url, name=origin)
            except InputError as err:
                yield ArticleRecord(id=record_id, origin=origin, url=url, error=_reason(err))
                continue
            yield ArticleRecord(
                id=record_id,
                origin=origin,
                text=page.text,
                url=url,
                title=page.title,
                source=page.source,
                published=page.published,
            )


def _reason(err: Exception) -> str:
    """The message without the input name the record already carries."""
    message = str(err)
    return message.split(": ", 1)[1] if ": " in message else message
