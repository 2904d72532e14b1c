"""The desk's JSON API (OpenAPI at /api/openapi.json, read as a page at /api/docs).

Calls carry a per-user token (``Authorization: Bearer desk_...``, made on /account or with
`extract desk add-token`). Errors are ``{"error": ..., "field": ...}`` with a 4xx status.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from ..queue.history import mark_versioned
from .app import FieldError
from .articles import ArticleInputError, parse_articles
from .deps import DeskDep, FilterDep, api_user, api_writer
from .listing import list_page
from .views import RATINGS, item_json, item_view, summary_json

router = APIRouter(prefix="/api", tags=["queue"])
ReaderDep = Annotated[str | None, Depends(api_user)]
WriterDep = Annotated[str, Depends(api_writer)]


class RatingIn(BaseModel):
    """ClaimReview's reviewRating: a value 1-5 and the name readers see."""

    model_config = ConfigDict(extra="forbid")
    value: int = Field(ge=1, le=5)
    name: str | None = Field(default=None, max_length=60, description="e.g. False, Accurate")


class MarkIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: Literal["new", "in_review", "checked", "dismissed"]
    version: int = Field(ge=0, description="the item's version when you read it (GET)")
    note: str | None = Field(default=None, max_length=5000)
    rating: RatingIn | None = None


@router.get("/items", summary="The ranked, filtered list (one page)")
def api_list(desk: DeskDep, user: ReaderDep, filters: FilterDep) -> dict[str, Any]:
    page = list_page(desk.queue(), filters)
    return {
        "total": page.total,
        "page": filters.page,
        "per_page": filters.per_page,
        "pages": page.pages,
        "items": [summary_json(i, claimed_by=page.claimed_by.get(i.id)) for i in page.items],
    }


@router.get("/items/{item_id}", summary="One item in full, with its version and history")
def api_item(desk: DeskDep, user: ReaderDep, item_id: int) -> dict[str, Any]:
    return item_json(item_view(desk.queue(), item_id))


@router.post(
    "/items/{item_id}/mark",
    summary="Change an item's status (409 if it changed since the version you read)",
    responses={409: {"description": "someone changed the item after you read it"}},
)
def api_mark(desk: DeskDep, user: WriterDep, item_id: int, change: MarkIn) -> dict[str, Any]:
    rating = change.rating
    mark_versioned(
        desk.queue(),
        item_id,
        change.status,
        expected_version=change.version,
        user_name=user,
        note=change.note,
        rating=(rating.name or RATINGS[rating.value]) if rating else None,
        rating_value=rating.value if rating else None,
    )
    return item_json(item_view(desk.queue(), item_id))


ARTICLE_EXAMPLE = {
    "id": "reuters-2022-11-10-milley",
    "text": "Gen. Mark Milley said about 100,000 Russian soldiers have been killed or wounded.",
    "url": "https://example.com/milley",
    "published": "2022-11-10",
    "source": "Reuters",
}


@router.post(
    "/articles",
    summary="Extract the claims of articles and add them to the queue (idempotent)",
    description=(
        "The body is one JSON article or JSON Lines (one article a line, at most 500). "
        "Each has `id` and `text` or `html`; `url`, `published` (YYYY-MM-DD), `source`, "
        "`title` are optional. Sending an article again changes nothing."
    ),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"example": ARTICLE_EXAMPLE},
                "application/x-ndjson": {"schema": {"type": "string"}},
            },
        }
    },
)
async def api_articles(request: Request, desk: DeskDep, user: WriterDep) -> dict[str, Any]:
    body = await request.body()  # counted against the size limit as it arrives
    try:
        articles = parse_articles(body)
    except ArticleInputError as err:
        raise FieldError(422 if err.field != "body" else 400, str(err), field=err.field) from None
    from starlette.concurrency import run_in_threadpool

    result = await run_in_threadpool(lambda: desk.feeder.feed(desk.queue(), articles))
    return result.as_dict()
