"""What routes ask of a request: the desk, who is signed in, a valid CSRF token, the filter.

Pages use a session cookie; the API a per-user token (``Authorization: Bearer desk_...``).
In read-only mode nobody signs in: pages and API reads are open, every write is refused.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request

from ..queue import QueueError
from ..queue.models import parse_status
from .accounts import session_user, token_user
from .app import SESSION_COOKIE, Desk, FieldError, SignInRequired
from .listing import MAX_PER_PAGE, UNIT_KINDS, DeskFilter
from .security import CSRF_COOKIE, CSRF_FIELD, csrf_ok

READ_ONLY = "this desk is read-only (started with --read-only): nothing can be changed here"


def get_desk(request: Request) -> Desk:
    return request.app.state.desk


DeskDep = Annotated[Desk, Depends(get_desk)]


def optional_user(request: Request, desk: DeskDep) -> str | None:
    """The signed-in user, or None (also always None in read-only mode)."""
    if desk.config.read_only:
        return None
    return session_user(desk.queue(), request.cookies.get(SESSION_COOKIE))


def page_user(request: Request, desk: DeskDep) -> str | None:
    """Pages that read: the signed-in user; a sign-in first unless the desk is read-only."""
    user = optional_user(request, desk)
    if user is None and not desk.config.read_only:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise SignInRequired(target)
    return user


async def check_csrf(request: Request) -> None:
    """Every form POST carries the token of this browser's CSRF cookie."""
    form = await request.form()
    token = form.get(CSRF_FIELD)
    desk: Desk = request.app.state.desk
    if not csrf_ok(
        desk.config.secret,
        request.cookies.get(CSRF_COOKIE),
        token if isinstance(token, str) else None,
    ):
        raise FieldError(
            403,
            "the form's security token (CSRF) is missing or wrong: reload the page and try again",
            field=CSRF_FIELD,
        )


def work_user(request: Request, desk: DeskDep, _: Annotated[None, Depends(check_csrf)]) -> str:
    """Pages that write: a signed-in user, a valid CSRF token, a desk that is not read-only."""
    if desk.config.read_only:
        raise HTTPException(403, READ_ONLY)
    user = optional_user(request, desk)
    if user is None:
        raise FieldError(401, "sign in first: your session has ended")
    return user


def api_user(request: Request, desk: DeskDep) -> str | None:
    """API reads: the token's user; in read-only mode no token is needed."""
    header = request.headers.get("authorization", "")
    token = header[7:].strip() if header.lower().startswith("bearer ") else None
    user = token_user(desk.queue(), token) if token else None
    if user is None and not desk.config.read_only:
        message = (
            "unknown API token"
            if token
            else "send an API token: Authorization: Bearer desk_... (make one on /account)"
        )
        raise FieldError(401, message, field="Authorization")
    return user


def api_writer(desk: DeskDep, user: Annotated[str | None, Depends(api_user)]) -> str:
    """API writes: a token's user on a desk that is not read-only."""
    if desk.config.read_only or user is None:
        raise FieldError(403, READ_ONLY)
    return user


def _blank(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def desk_filter(
    status: Annotated[str | None, Query(description="new, in_review, checked, dismissed")] = None,
    speaker: Annotated[str | None, Query(max_length=200)] = None,
    since: Annotated[str | None, Query(description="first day, YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="last day, YYYY-MM-DD")] = None,
    min_score: Annotated[str | None, Query(description="0 to 1")] = None,
    unit_kind: Annotated[str | None, Query(description=", ".join(UNIT_KINDS))] = None,
    conflicts: Annotated[bool, Query(description="only items with conflicting numbers")] = False,
    q: Annotated[str | None, Query(max_length=200, description="full-text search")] = None,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE)] = 50,
) -> DeskFilter:
    """The list's filter from URL parameters; empty ones (from the filter form) mean none."""
    score: float | None = None
    if _blank(min_score):
        try:
            score = float(min_score)  # type: ignore[arg-type]
        except ValueError:
            raise FieldError(
                422, f"min_score: not a number: {min_score!r}", field="min_score"
            ) from None
    try:
        if _blank(status):
            status = parse_status(status)  # type: ignore[arg-type]
    except QueueError as err:
        raise FieldError(422, f"status: {err}", field="status") from None
    kind = _blank(unit_kind)
    if kind and kind not in UNIT_KINDS:
        raise FieldError(422, f"unit_kind: use one of {', '.join(UNIT_KINDS)}", field="unit_kind")
    return DeskFilter(
        status=_blank(status),
        speaker=_blank(speaker),
        since=_blank(since),
        until=_blank(until),
        min_score=score,
        unit_kind=kind,
        conflicts=conflicts,
        q=_blank(q),
        page=page,
        per_page=per_page,
    )


FilterDep = Annotated[DeskFilter, Depends(desk_filter)]
