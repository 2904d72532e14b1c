"""JSON Lines dumps (plain, .gz, .zst, or standard input): one article per line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from .decode import DEFAULT_MAX_BYTES, DEFAULT_MAX_HTML_BYTES
from .formats import STDIN
from .records import ArticleRecord
from .streams import bounded_lines, damaged, open_binary


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
    name: str,
    *,
    fields: FieldNames = DEFAULT_FIELDS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES,
) -> Iterator[ArticleRecord]:
    """Every record of a JSON Lines file (``-`` is stdin), blank lines skipped; a line over
    ``max_bytes`` is an error record, read past in pieces. DamagedInput when a compressed
    file is truncated or corrupt, after the records before the damage."""
    stream = open_binary(name)
    try:
        for number, line, length in _numbered_lines(name, stream, max_bytes=max_bytes):
            origin = f"{name}:{number}"
            if line is None:
                yield ArticleRecord(
                    id=origin,
                    origin=origin,
                    error=f"record of {length:,} bytes is over the {max_bytes:,} byte limit",
                )
                continue
            text = line.decode("utf-8", errors="replace")
            if text.strip():
                yield json_record(
                    text,
                    origin=origin,
                    fields=fields,
                    max_bytes=max_bytes,
                    max_html_bytes=max_html_bytes,
                )
    finally:
        if name != STDIN:
            stream.close()


def _numbered_lines(
    name: str, stream: IO[bytes], *, max_bytes: int
) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, line or None when over the limit, its length); a read error of the
    container is a DamagedInput saying how far reading got."""
    lines = bounded_lines(stream, max_bytes=max_bytes)
    number = offset = 0
    while True:
        try:
            line, length = next(lines)
        except StopIteration:
            return
        except (OSError, EOFError, ValueError) as err:
            raise damaged(name, err, records=number, offset=offset) from err
        number += 1
        offset += length
        yield number, line, length


def json_record(
    line: str,
    *,
    origin: str,
    fields: FieldNames,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES,
) -> ArticleRecord:
    """One line of a dump as an article record; what is wrong with it is its ``error``."""
    if len(line) > max_bytes:
        return ArticleRecord(
            id=origin, origin=origin, error=f"record of {len(line):,} characters is over the limit"
        )
    data = _json_object(line)
    if isinstance(data, str):
        return ArticleRecord(id=origin, origin=origin, error=data)

    def first(names: tuple[str, ...], *, numbers: bool = False) -> str | None:
        for key in names:
            if (value := _scalar(data.get(key), numbers=numbers)) is not None:
                return value
        return None

    record_id = first(fields.id, numbers=True) or origin
    wrong = _wrong_type(data, fields)
    if wrong is not None:
        return ArticleRecord(id=_printable(record_id), origin=origin, error=wrong)
    meta = {"url": first(fields.url), "title": first(fields.title), "source": first(fields.source)}
    published = first(fields.published)
    text = first(fields.text)
    bad = _lone_surrogate(id=record_id, text=text, published=published, **meta)
    if bad is not None:
        return ArticleRecord(id=_printable(record_id), origin=origin, error=bad)
    if text is None and (html := first(fields.html)) is not None:
        return _html_record(
            html, id=record_id, origin=origin, published=published, meta=meta, limit=max_html_bytes
        )
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


def _json_object(line: str) -> dict | str:
    """The line's JSON object, or what is wrong with it."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as err:
        # The offset in the line: ``colno`` restarts after the line's own newline, so a
        # record cut short ('{"text": ') pointed at column 1; the end of its text instead.
        column = min(err.pos, len(line.rstrip("\r\n"))) + 1
        return f"malformed JSON: {err.msg} at column {column}"
    except RecursionError:
        return "malformed JSON: nested too deeply"
    except ValueError as err:  # e.g. an integer of more than 4,300 digits
        return f"malformed JSON: {err}"
    return data if isinstance(data, dict) else "a JSON line must be an object"


def _wrong_type(data: dict, fields: FieldNames) -> str | None:
    """Why a record cannot be read when its text or html is not a string (a list or an
    object would otherwise be read as its Python repr)."""
    for key in (*fields.text, *fields.html):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            return f"field {key!r}: expected a string, got {_json_kind(value)}"
    return None


def _json_kind(value: object) -> str:
    """The JSON name of a parsed value's type, for error messages."""
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list"}
    return names.get(type(value), "an object")


def _scalar(value: object, *, numbers: bool) -> str | None:
    """A metadata value as text: strings (and, for ids, integers) only; a list, an object or
    a boolean counts as absent rather than being written as its Python repr."""
    if isinstance(value, str):
        return value or None
    if numbers and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _html_record(
    html: str,
    *,
    id: str,
    origin: str,
    published: str | None,
    meta: dict[str, str | None],
    limit: int,
) -> ArticleRecord:
    """A record that carries the page instead of its text, parsed later (in a worker, under
    the time limit): the record's own url and source win, the page fills in its title and
    date."""
    if len(html) > limit:
        return ArticleRecord(
            id=id,
            origin=origin,
            error=f"html of {len(html):,} characters is over the {limit:,} limit for a page "
            "(--max-html-bytes)",
            **meta,
        )
    if _lone_surrogate(html=html) is not None:
        return ArticleRecord(id=id, origin=origin, error="lone surrogate in html", **meta)
    return ArticleRecord(
        id=id,
        origin=origin,
        html=html,
        published=published,
        page_keeps=("url", "source"),
        **meta,
    )


# A "\ud800" escape that is not half of a pair: valid JSON, but not text (it cannot be
# written as UTF-8).
_SURROGATE = re.compile("[\ud800-\udfff]")


def _lone_surrogate(**values: str | None) -> str | None:
    """Why a record cannot be processed if one of its strings holds a lone surrogate."""
    for name, value in values.items():
        if value is not None and (found := _SURROGATE.search(value)):
            return (
                f"lone surrogate \\u{ord(found.group()):04x} in {name} at character "
                f"{found.start()} (not valid Unicode)"
            )
    return None


def _printable(value: str) -> str:
    """``value`` with lone surrogates as U+FFFD, so an error line can be written."""
    return _SURROGATE.sub("\ufffd", value)
