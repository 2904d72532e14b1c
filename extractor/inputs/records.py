"""The one article record every reader returns and every command consumes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class ArticleRecord:
    """One article of an input; ``error`` says why it cannot be processed, if so.

    ``id`` becomes the claims' ``doc_id``; ``origin`` names where the article was read
    (a path, ``path:line``, ``path#record``, ``<stdin>``) for error messages; ``source``
    is the site that published it. ``from_html``: the text is what trafilatura found in
    an HTML page, so offsets index it, not the page.

    A record read from HTML in a batch carries the page in ``html`` until a worker parses
    it (``pages.parse_page``), so that parsing runs under the article's time limit;
    ``page_keeps`` names the record's own fields that win over the page's even when empty.
    ``damaged``: the record stands for the unread rest of a truncated or corrupt container.
    """

    id: str
    origin: str
    text: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None
    error: str | None = None
    from_html: bool = False
    html: str | bytes | None = None
    page_keeps: tuple[str, ...] = ()
    damaged: bool = False

    def usable_published(self) -> str | None:
        """The record's date if it is YYYY-MM-DD: a bad date in a dump is dropped, not fatal."""
        from ..errors import ExtractorError
        from ..pipeline import parse_published

        if not self.published:
            return None
        try:
            parse_published(self.published)
        except ExtractorError:
            return None
        return self.published[:10]

    def claim_metadata(self) -> dict[str, str | None]:
        """What the claims of this article carry about it besides its id and date."""
        return {"url": self.url, "title": self.title, "source": self.source}


def reason(err: Exception) -> str:
    """An error's message without the input name that the record already carries."""
    message = str(err)
    return message.split(": ", 1)[1] if ": " in message else message


def content_id(stem: str, data: bytes) -> str:
    """An article file's id: its name's stem and a hash of its bytes (``story-3f2a9c1b5d07``),
    so two different articles never share an id (``a/story.txt`` and ``b/story.txt``, or
    two piped articles), and the same article under two names keeps one."""
    return f"{stem}-{hashlib.sha256(data).hexdigest()[:12]}"
