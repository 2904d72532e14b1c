"""Articles pushed to the desk's API: parsed, checked, extracted, added to the queue.

The body is one JSON article or a JSON Lines batch of them. Each has an ``id`` and either
``text`` or ``html`` (an HTML page goes through trafilatura, as in `extract page.html`),
and optionally ``url``, ``published`` (YYYY-MM-DD), ``source`` and ``title``. The whole
body is checked before anything is extracted, so a bad field fails the request (naming
the line and field) and nothing is half-fed; an article whose extraction fails is reported
and the others go on (a batch never stops for one bad article).

Feeding is idempotent because the queue's appearance key is the article id plus the
quantity's offsets: the same article twice makes every record a duplicate.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import ExtractorError
from ..queue import AddSummary, ClaimQueue
from ..schema import Claim

ExtractFn = Callable[..., list[Claim]]  # (text, *, published, doc_id) -> claims
MAX_ARTICLES = 500


class ArticleIn(BaseModel):
    """One article for the queue."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=300)
    text: str | None = None
    html: str | None = None
    url: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}")
    source: str | None = Field(default=None, max_length=300)
    title: str | None = Field(default=None, max_length=1000)

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of text or html")
        return self


class ArticleInputError(ValueError):
    """The body cannot be read as articles; ``field`` names where (``body[2].published``)."""

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass
class FeedResult:
    articles: int = 0
    claims: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    summary: AddSummary = field(default_factory=AddSummary)

    def as_dict(self) -> dict[str, Any]:
        counts = self.summary.as_dict()
        counts.pop("records", None)
        counts.pop("skipped", None)
        return {"articles": self.articles, "claims": self.claims, **counts, "failed": self.failed}


def _validated(record: Any, where: str) -> ArticleIn:
    try:
        return ArticleIn.model_validate(record)
    except ValidationError as err:
        first = err.errors()[0]
        loc = ".".join(str(part) for part in first["loc"])
        name = f"{where}.{loc}" if loc else where
        raise ArticleInputError(f"{name}: {first['msg']}", field=name) from None


def parse_articles(body: bytes) -> list[ArticleIn]:
    """One JSON article, or JSON Lines (one article a line); ArticleInputError names the field."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ArticleInputError("the body is not UTF-8", field="body") from None
    if not text.strip():
        raise ArticleInputError("the body is empty: send one article or JSON Lines", field="body")
    try:
        single = json.loads(text)
    except json.JSONDecodeError:
        single = None  # several lines: JSON Lines
    else:
        if not isinstance(single, dict):
            raise ArticleInputError("expected a JSON object (an article)", field="body")
        return [_validated(single, "body")]
    articles = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise ArticleInputError(
                f"line {lineno}: not JSON ({err.msg})", field=f"body[{lineno}]"
            ) from None
        articles.append(_validated(record, f"body[{lineno}]"))
    if len(articles) > MAX_ARTICLES:
        raise ArticleInputError(
            f"{len(articles)} articles in one request: send at most {MAX_ARTICLES}", field="body"
        )
    return articles


class ArticleFeeder:
    """Extracts claims from articles with one extractor per process, loaded on first use."""

    def __init__(self, factory: Callable[[], ExtractFn] | None = None) -> None:
        self._factory = factory or _default_factory
        self._extract: ExtractFn | None = None
        self._lock = threading.Lock()

    def extractor(self) -> ExtractFn:
        with self._lock:  # two first requests at once still load spaCy once
            if self._extract is None:
                self._extract = self._factory()
            return self._extract

    def claims_of(self, article: ArticleIn) -> list[Claim]:
        """The article's claim records, with its url, title and source."""
        text, published = article.text, article.published
        metadata = {"url": article.url, "title": article.title, "source": article.source}
        if article.html is not None:
            from ..inputs.pages import page_record

            page = page_record(
                article.html, id=article.id, origin=article.id, url=article.url, published=published
            )
            text = page.text
            published = (page.published or "")[:10] or None
            metadata = {
                "url": article.url or page.url,
                "title": article.title or page.title,
                "source": article.source or page.source,
            }
        found = self.extractor()(text or "", published=published, doc_id=article.id)
        return [claim.model_copy(update=metadata) for claim in found]

    def feed(self, queue: ClaimQueue, articles: list[ArticleIn]) -> FeedResult:
        """Extract every article and add its claims to the queue."""
        result = FeedResult(articles=len(articles))
        claims: list[Claim] = []
        for article in articles:
            try:
                found = self.claims_of(article)
            except ExtractorError as err:
                result.failed.append({"id": article.id, "error": str(err)})
                continue
            except Exception as err:  # noqa: BLE001 - one bad article never stops a batch
                result.failed.append(
                    {"id": article.id, "error": f"{err.__class__.__name__}: {err}"}
                )
                continue
            claims.extend(found)
        result.claims = len(claims)
        queue.add_claims(claims, summary=result.summary)
        return result


def _default_factory() -> ExtractFn:
    from ..pipeline import default_extractor

    return default_extractor()
