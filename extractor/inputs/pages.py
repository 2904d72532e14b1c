"""HTML pages as article records: text and metadata through trafilatura, and their date."""

from __future__ import annotations

from dataclasses import replace

from ..adapters.trafilatura import html_to_article
from ..errors import InputError
from .records import ArticleRecord, reason


def page_record(
    html: str | bytes,
    *,
    id: str,
    origin: str,
    url: str | None = None,
    published: str | None = None,
) -> ArticleRecord:
    """One page as an article: trafilatura's text, title, site and URL, dated by
    ``published`` when one is given, else by the page's own date. InputError if the page
    has no article text."""
    page = html_to_article(html, url=url, name=origin)
    return ArticleRecord(
        id=id,
        origin=origin,
        text=page.text,
        url=page.url,
        title=page.title,
        source=page.source,
        published=published or page.published,
        from_html=True,
    )


def parse_page(record: ArticleRecord) -> ArticleRecord:
    """A record that carries a page (``html``) as the article trafilatura finds in it; a
    page with no article text is a record with ``error``. Other records are returned as
    they are."""
    if record.html is None:
        return record
    try:
        page = page_record(
            record.html,
            id=record.id,
            origin=record.origin,
            url=record.url,
            published=record.published,
        )
    except InputError as err:
        return replace(record, html=None, error=reason(err))
    kept = {name: getattr(record, name) for name in record.page_keeps}
    return replace(page, title=record.title or page.title, **kept)
