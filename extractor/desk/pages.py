"""The desk's pages: sign-in, the ranked list, an item, the work on it, export, API tokens.

Every page is rendered on the server (Jinja2, autoescaped); every form posts a CSRF token;
a change names the version the checker saw, so a change made meanwhile by someone else is
a 409 with both versions explained, never a silent overwrite.
"""

from __future__ import annotations

from functools import partial
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse

from ..queue.export import FORMATS, render
from ..queue.history import VersionConflictError, mark_versioned, recorded_rating_value
from .accounts import (
    check_password,
    create_token,
    end_session,
    list_tokens,
    revoke_token,
    start_session,
)
from .app import SESSION_COOKIE, Desk, FieldError
from .deps import DeskDep, FilterDep, check_csrf, optional_user, page_user, work_user
from .listing import UNIT_KINDS, list_page, matching_ids
from .security import safe_next
from .views import RATINGS, item_view

router = APIRouter(include_in_schema=False)
ReaderDep = Annotated[str | None, Depends(page_user)]
WorkerDep = Annotated[str, Depends(work_user)]
Version = Annotated[int, Form(ge=0)]
Note = Annotated[str, Form(max_length=5000)]
EXPORT_TYPES = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
    "jsonld": ("application/ld+json; charset=utf-8", "jsonld"),
}


@router.get("/login")
def login_page(request: Request, desk: DeskDep, next: str = "/items") -> Response:
    if desk.config.read_only:
        return RedirectResponse("/items", status_code=303)
    return desk.render(request, "login.html", {"user": None, "next": safe_next(next)})


@router.post("/login", dependencies=[Depends(check_csrf)])
def login(
    request: Request,
    desk: DeskDep,
    name: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=1024)],
    next: Annotated[str, Form(max_length=2000)] = "/items",
) -> Response:
    if desk.config.read_only:
        return RedirectResponse("/items", status_code=303)
    if not check_password(desk.queue(), name, password):
        context = {"user": None, "next": safe_next(next), "error": "Wrong user name or password."}
        return desk.render(request, "login.html", context, status=401)
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        start_session(desk.queue(), name),
        httponly=True,
        samesite="lax",
        secure=desk.config.secure_cookies,
    )
    return response


@router.post("/logout", dependencies=[Depends(check_csrf)])
def logout(request: Request, desk: DeskDep) -> Response:
    end_session(desk.queue(), request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/items")
def list_items(request: Request, desk: DeskDep, user: ReaderDep, filters: FilterDep) -> Response:
    page = list_page(desk.queue(), filters)
    context = {
        "user": user,
        "page": page,
        "filters": filters,
        "unit_kinds": UNIT_KINDS,
        "formats": FORMATS,
    }
    return desk.render(request, "list.html", context)


def _item_page(
    request: Request,
    desk: Desk,
    item_id: int,
    user: str | None,
    *,
    message: str | None = None,
    error: str | None = None,
    status: int = 200,
) -> Response:
    context = {
        "user": user,
        "view": item_view(desk.queue(), item_id),
        "ratings": RATINGS,
        "message": message,
        "error": error,
        "back": request.query_params.get("back") or "",
    }
    return desk.render(request, "item.html", context, status=status)


@router.get("/items/{item_id}")
def show_item(
    request: Request,
    desk: DeskDep,
    user: ReaderDep,
    item_id: int,
    done: Annotated[str | None, Query(max_length=40)] = None,
) -> Response:
    message = {"claimed": "Claimed: it is yours to check.", "checked": "Marked checked."}.get(
        done or "", "Dismissed." if done == "dismissed" else None
    )
    return _item_page(request, desk, item_id, user, message=message)


def _work(
    request: Request,
    desk: Desk,
    item_id: int,
    user: str,
    done: str,
    **change,  # type: ignore[no-untyped-def]
) -> Response:
    try:
        mark_versioned(desk.queue(), item_id, user_name=user, **change)
    except VersionConflictError as err:
        error = f"Not saved: {err}. The page now shows the current state."
        return _item_page(request, desk, item_id, user, error=error, status=409)
    return RedirectResponse(f"/items/{item_id}?done={done}", status_code=303)


@router.post("/items/{item_id}/claim")
def claim_item(
    request: Request, desk: DeskDep, user: WorkerDep, item_id: int, version: Version
) -> Response:
    return _work(
        request, desk, item_id, user, "claimed", status="in_review", expected_version=version
    )


@router.post("/items/{item_id}/check")
def check_item(
    request: Request,
    desk: DeskDep,
    user: WorkerDep,
    item_id: int,
    version: Version,
    rating_value: Annotated[int, Form(ge=1, le=5)],
    rating_name: Annotated[str, Form(max_length=60)] = "",
    note: Note = "",
) -> Response:
    return _work(
        request,
        desk,
        item_id,
        user,
        "checked",
        status="checked",
        expected_version=version,
        rating=rating_name.strip() or RATINGS[rating_value],
        rating_value=rating_value,
        note=note.strip() or None,
    )


@router.post("/items/{item_id}/dismiss")
def dismiss_item(
    request: Request,
    desk: DeskDep,
    user: WorkerDep,
    item_id: int,
    version: Version,
    note: Note = "",
) -> Response:
    return _work(
        request,
        desk,
        item_id,
        user,
        "dismissed",
        status="dismissed",
        expected_version=version,
        note=note.strip() or None,
    )


@router.get("/export")
def export(
    desk: DeskDep,
    user: ReaderDep,
    filters: FilterDep,
    format: Annotated[str, Query(pattern="^(csv|jsonl|jsonld)$")] = "csv",
) -> Response:
    """The current filter (all pages) written by the code of `extract queue export`."""
    ids = matching_ids(desk.queue(), filters)
    queue = desk.pool.open()  # its own connection: the stream is read from other threads

    def chunks():  # type: ignore[no-untyped-def]
        try:
            items = (queue.get_item(item_id) for item_id in ids)
            values = partial(recorded_rating_value, queue)
            yield from render(items, fmt=format, rating_values=values)
        finally:
            queue.close()

    media_type, extension = EXPORT_TYPES[format]
    headers = {"content-disposition": f'attachment; filename="claims.{extension}"'}
    return StreamingResponse(chunks(), media_type=media_type, headers=headers)


@router.get("/account")
def account(request: Request, desk: DeskDep, user: ReaderDep) -> Response:
    if user is None:
        raise FieldError(403, "API tokens belong to users: this desk is read-only")
    context = {"user": user, "tokens": list_tokens(desk.queue(), user), "new_token": None}
    return desk.render(request, "account.html", context)


@router.post("/account/tokens")
def new_token(
    request: Request,
    desk: DeskDep,
    user: WorkerDep,
    label: Annotated[str, Form(max_length=80)] = "",
) -> Response:
    token = create_token(desk.queue(), user, label or "token")
    context = {"user": user, "tokens": list_tokens(desk.queue(), user), "new_token": token}
    response = desk.render(request, "account.html", context)
    response.headers["cache-control"] = "no-store"
    return response


@router.post("/account/tokens/{token_id}/revoke")
def drop_token(desk: DeskDep, user: WorkerDep, token_id: int) -> Response:
    revoke_token(desk.queue(), user, token_id)
    return RedirectResponse("/account", status_code=303)


@router.get("/api/docs")
def api_docs(request: Request, desk: DeskDep) -> Response:
    """The API's OpenAPI document as a page (Swagger UI would need a CDN and inline script)."""
    schema = request.app.openapi()
    user = optional_user(request, desk)
    return desk.render(request, "api_docs.html", {"user": user, "schema": schema})
