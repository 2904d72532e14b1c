"""The review desk's ASGI app: configuration, one queue connection per worker thread, errors.

``create_app(DeskConfig(location=...))`` gives the FastAPI app `extract desk` serves. Pages
(pages.py) and the JSON API (api.py) are routers over the same state: a ``QueuePool`` (each
worker thread its own connection, because one SQLite or psycopg connection must not run two
transactions at once), the article feeder (the extractor, loaded lazily, once per process),
and the templates and static files shipped in the package.
"""

from __future__ import annotations

import contextlib
import secrets
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..queue import ClaimQueue, QueueError, QueueLockedError, UnknownItemError, open_queue
from ..queue.history import VersionConflictError, ensure_history
from .accounts import ensure_accounts
from .articles import ArticleFeeder, ExtractFn
from .security import (
    CSRF_COOKIE,
    DEFAULT_MAX_BODY,
    SecurityMiddleware,
    csrf_token,
    new_csrf_cookie,
    safe_url,
)

SESSION_COOKIE = "desk_session"


@dataclass(frozen=True)
class DeskConfig:
    """How a desk is served; the defaults are the safe ones."""

    location: str
    read_only: bool = False
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    max_body: int = DEFAULT_MAX_BODY
    secure_cookies: bool = False  # set behind an HTTPS proxy: cookies only over HTTPS
    lock_timeout: float = 10.0
    extractor_factory: Callable[[], ExtractFn] | None = None


class FieldError(Exception):
    """Bad input: a 4xx whose message names the field (JSON for the API, a page otherwise)."""

    def __init__(self, status: int, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.field = status, message, field


class SignInRequired(Exception):
    def __init__(self, target: str) -> None:
        super().__init__(target)
        self.target = target


class QueuePool:
    """One open queue per thread, opened on first use and closed with the app."""

    def __init__(self, location: str, *, lock_timeout: float) -> None:
        self.location, self.lock_timeout = location, lock_timeout
        self._local = threading.local()
        self._opened: list[ClaimQueue] = []
        self._lock = threading.Lock()

    def get(self) -> ClaimQueue:
        queue = getattr(self._local, "queue", None)
        if queue is None:
            queue = self.open()
            self._local.queue = queue
        return queue

    def open(self) -> ClaimQueue:
        """A connection of its own (closed with the pool, or earlier by the caller)."""
        queue = open_queue(self.location, lock_timeout=self.lock_timeout)
        with self._lock:
            self._opened.append(queue)
        return queue

    def close_all(self) -> None:
        with self._lock:
            opened, self._opened = self._opened, []
        for queue in opened:
            with contextlib.suppress(Exception):  # at shutdown: nothing left to tell anyone
                queue.close()


class Desk:
    """What the routes share."""

    def __init__(self, config: DeskConfig) -> None:
        self.config = config
        self.pool = QueuePool(config.location, lock_timeout=config.lock_timeout)
        queue = self.pool.get()  # fails now, with the queue's own message, if it cannot open
        ensure_history(queue)
        ensure_accounts(queue)
        self.feeder = ArticleFeeder(config.extractor_factory)
        env = Environment(
            loader=PackageLoader("extractor.desk", "templates"),
            autoescape=select_autoescape(["html"], default=True),
        )
        env.filters["safe_url"] = safe_url
        self.templates = Jinja2Templates(env=env)

    def queue(self) -> ClaimQueue:
        return self.pool.get()

    def render(self, request: Request, name: str, context: dict[str, Any], status: int = 200):  # type: ignore[no-untyped-def]
        """A page; a browser without a CSRF cookie gets one (its forms' tokens derive from it)."""
        cookie = request.cookies.get(CSRF_COOKIE)
        fresh = cookie is None
        cookie = cookie or new_csrf_cookie()
        context = {
            "read_only": self.config.read_only,
            "csrf": csrf_token(self.config.secret, cookie),
            **context,
        }
        response = self.templates.TemplateResponse(request, name, context, status_code=status)
        if fresh:
            response.set_cookie(
                CSRF_COOKIE,
                cookie,
                httponly=True,
                samesite="strict",
                secure=self.config.secure_cookies,
            )
        return response


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_response(request: Request, status: int, message: str, field: str | None = None):  # type: ignore[no-untyped-def]
    """A JSON error for the API (``{"error", "field"}``), an error page for the pages."""
    if is_api(request):
        body: dict[str, Any] = {"error": message}
        if field:
            body["field"] = field
        return JSONResponse(body, status_code=status)
    desk: Desk = request.app.state.desk
    return desk.render(
        request, "error.html", {"status": status, "message": message, "user": None}, status
    )


def _validation_field(err: dict[str, Any]) -> str:
    return ".".join(str(part) for part in err.get("loc", ())) or "body"


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        if first.get("type") == "json_invalid":
            return error_response(request, 400, "malformed JSON body", "body")
        name = _validation_field(first)
        return error_response(request, 422, f"{name}: {first.get('msg', 'invalid')}", name)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        field = "body" if exc.status_code == 413 else None
        return error_response(request, exc.status_code, str(exc.detail), field)

    @app.exception_handler(FieldError)
    async def field_error(request: Request, exc: FieldError) -> Response:
        return error_response(request, exc.status, exc.message, exc.field)

    @app.exception_handler(SignInRequired)
    async def sign_in(request: Request, exc: SignInRequired) -> Response:
        from urllib.parse import urlencode

        return RedirectResponse("/login?" + urlencode({"next": exc.target}), status_code=303)

    @app.exception_handler(QueueError)
    async def queue_error(request: Request, exc: QueueError) -> Response:
        if isinstance(exc, UnknownItemError):
            return error_response(request, 404, str(exc).split(": ")[-1], "item_id")
        if isinstance(exc, VersionConflictError):
            return error_response(request, 409, str(exc), "version")
        if isinstance(exc, QueueLockedError):
            return error_response(request, 503, str(exc))
        return error_response(request, 400, str(exc))


def create_app(config: DeskConfig) -> FastAPI:
    """The desk for one queue; QueueError if the queue cannot be opened."""
    from .api import router as api_router
    from .pages import router as pages_router

    desk = Desk(config)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        desk.pool.close_all()

    app = FastAPI(
        lifespan=lifespan,
        title="claim-extractor review desk",
        summary="Work the fact-checking queue: list, read, claim, mark, export; feed articles.",
        version="1",
        docs_url=None,  # Swagger UI loads scripts from a CDN: the desk serves its own page
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.desk = desk
    _install_error_handlers(app)

    app.add_middleware(SecurityMiddleware, max_body=config.max_body)
    app.mount("/static", StaticFiles(packages=[("extractor.desk", "static")]), name="static")
    app.include_router(api_router)
    app.include_router(pages_router)

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/items", status_code=303)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    return app


__all__ = ["DeskConfig", "FieldError", "HTMLResponse", "create_app"]
