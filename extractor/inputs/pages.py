"""HTML pages as article records: text and metadata through trafilatura, and their date."""

from __future__ import annotations

from ..adapters.trafilatura import html_to_article
from .records import ArticleRecord


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
