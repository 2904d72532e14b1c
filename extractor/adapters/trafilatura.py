"""trafilatura behind one adapter: HTML page -> article text and metadata.

Every HTML input (a file, a WARC response, a JSON Lines ``html`` field) goes through
here, so navigation, share buttons, comments and related-article lists never reach the
claim pipeline. Offsets in records of an HTML article index into the text returned here.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..errors import InputError

# trafilatura falls back to whatever text a page has: a navigation-only page gives "menu".
MIN_ARTICLE_WORDS = 5
# trafilatura's time and memory grow with a page's elements (about 1 s and 5 MB per
# thousand on a 2-core machine): a news page has a few thousand; 100,000 keeps one page
# under about 700 MB, and a page of a million tiny elements within the byte limit is
# refused before it is parsed instead of taking gigabytes.
MAX_PAGE_ELEMENTS = 100_000
_START_TAG = re.compile(r"<[A-Za-z]")
_START_TAG_BYTES = re.compile(rb"<[A-Za-z]")


@dataclass(frozen=True)
class HtmlArticle:
    """What trafilatura finds in one page: the article text and the page's metadata."""

    text: str
    title: str | None
    published: str | None
    url: str | None
    source: str | None


def html_to_article(
    html: str | bytes, *, url: str | None = None, name: str = "<html>"
) -> HtmlArticle:
    """The main text, title, publication date and site of one page; InputError if it has
    no text."""
    import trafilatura  # on first use: it takes ~0.3 s, and plain-text runs never need it

    elements = _element_count(html)
    if elements > MAX_PAGE_ELEMENTS:
        raise InputError(
            f"{name}: HTML has over {MAX_PAGE_ELEMENTS:,} elements ({elements:,}): "
            "not parsed, to keep memory bounded"
        )
    try:
        with _quiet_trafilatura():
            document = trafilatura.bare_extraction(
                html, url=url, with_metadata=True, include_comments=False, include_tables=False
            )
    except TimeoutError:  # the article's time limit (batch worker): not a malformed page
        raise
    except Exception as err:  # noqa: BLE001 - a malformed page must not stop a batch
        raise InputError(
            f"{name}: HTML could not be parsed ({err.__class__.__name__}: {err})"
        ) from err
    text = getattr(document, "text", None) if document is not None else None
    if not text or len(text.split()) < MIN_ARTICLE_WORDS:
        raise InputError(f"{name}: HTML has no article text ({len((text or '').split())} words)")
    return HtmlArticle(
        text=text,
        title=document.title or None,
        published=document.date or None,
        url=document.url or url,
        source=document.sitename or document.hostname or None,
    )


def _element_count(html: str | bytes) -> int:
    """How many start tags a page has (a cheap upper bound of its elements: ``<b`` in a
    script counts too)."""
    if html.count("<" if isinstance(html, str) else b"<") <= MAX_PAGE_ELEMENTS:
        return 0
    pattern = _START_TAG if isinstance(html, str) else _START_TAG_BYTES
    return sum(1 for _ in pattern.finditer(html))


@contextmanager
def _quiet_trafilatura() -> Iterator[None]:
    """Raise trafilatura's log level to ERROR for one call, then restore it.

    trafilatura logs every page it cannot parse at WARNING: one line per bad page of a
    dump is noise; the batch records the failure itself. Done around the call, not at
    import, so importing this module leaves the process's logging alone.
    """
    logger = logging.getLogger("trafilatura")
    previous = logger.level
    logger.setLevel(max(previous, logging.ERROR))
    try:
        yield
    finally:
        logger.setLevel(previous)
