"""The review desk's JSON API over HTTP (FastAPI's TestClient): tokens, list, get, mark,
feeding articles; bad input (malformed JSON, wrong types, oversize bodies, unknown ids);
read-only mode."""

from __future__ import annotations

import json
import re

import pytest

from extractor.queue import open_queue

from .desk_support import (  # noqa: F401 - the *_fixture names are fixtures
    FakeExtractor,
    alice_fixture,
    app_fixture,
    client,
    csrf_of,
    item_id,
    location_fixture,
    make_app,
    template_queue_fixture,
    token_fixture,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


# -- API -----------------------------------------------------------------------------------


def test_api_needs_a_token(app):
    anonymous = client(app)
    response = anonymous.get("/api/items")
    assert response.status_code == 401 and response.json()["field"] == "Authorization"
    response = anonymous.get("/api/items", headers={"Authorization": "Bearer desk_nope"})
    assert response.status_code == 401 and response.json()["error"] == "unknown API token"


def test_api_list_and_get(alice, token, location):
    listing = alice.get("/api/items?speaker=milley", headers=token).json()
    assert listing["total"] == 1 and listing["items"][0]["number"] == "100,000"
    item = listing["items"][0]["id"]
    record = alice.get(f"/api/items/{item}", headers=token).json()
    assert record["version"] == 0 and record["outlets"] == 2 and len(record["appearances"]) == 2
    assert set(record["ranking"]) == {"claim", "spread", "recency", "conflicts"}
    assert record["ranking"]["claim"]["reason"].startswith("model, mean of 2 records (best shown)")
    assert record["conflicts"]
    assert record["ranking"]["conflicts"] == {
        "value": 1.0,
        "weight": 0.1,
        "points": 0.1,
        "reason": "1 conflicting item(s)",
    }
    points = sum(part["points"] for part in record["ranking"].values())
    assert points == pytest.approx(record["score"], abs=1e-3)


def test_api_mark_and_conflict(client_api):
    api, item = client_api
    ok = api.post(
        f"/api/items/{item}/mark",
        json={"status": "checked", "version": 0, "rating": {"value": 1}, "note": "wrong"},
    )
    assert ok.status_code == 200
    body = ok.json()
    assert body["status"] == "checked" and body["rating"] == "False" and body["version"] == 1
    assert body["history"][0]["user"] == "alice" and body["rating_value"] == 1
    stale = api.post(f"/api/items/{item}/mark", json={"status": "dismissed", "version": 0})
    assert stale.status_code == 409
    assert stale.json()["field"] == "version" and "reload" in stale.json()["error"]


@pytest.fixture
def client_api(app, token, location):
    api = client(app)
    api.headers.update(token)
    return api, item_id(location, "ria-1")


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ('{"status": "checked", "version": 0', 400, "body"),
        ('{"status": "checked", "version": "zero"}', 422, "body.version"),
        ('{"status": "approved", "version": 0}', 422, "body.status"),
        ('{"status": "checked", "version": 0, "rating": {"value": 9}}', 422, "body.rating.value"),
        ('{"status": "checked", "version": 0, "extra": 1}', 422, "body.extra"),
        ("[1, 2]", 422, "body"),
    ],
)
def test_api_mark_bad_input(client_api, body, status, field):
    api, item = client_api
    response = api.post(
        f"/api/items/{item}/mark", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == status, response.text
    assert response.json()["field"] == field
    assert api.get(f"/api/items/{item}").status_code == 200  # still serving


def test_api_articles_one_and_batch_idempotent(app, token):
    FakeExtractor.loads = 0
    api = client(app)
    api.headers.update(token)
    article = {
        "id": "cms-1",
        "text": "Officials said 4,200 people were evacuated.",
        "url": "https://cms.example/1",
        "published": "2022-11-12",
        "source": "CMS",
    }
    assert FakeExtractor.loads == 0  # loaded lazily, on the first article
    first = api.post("/api/articles", json=article).json()
    assert first["articles"] == 1 and first["claims"] == 1 and first["new_items"] == 1
    again = api.post("/api/articles", json=article).json()
    assert again["new_items"] == 0 and again["duplicates"] == 1
    batch = "\n".join(
        json.dumps({"id": f"cms-{n}", "text": f"About {n}00 people left."}) for n in (2, 3)
    )
    result = api.post(
        "/api/articles", content=batch, headers={"content-type": "application/x-ndjson"}
    ).json()
    assert result["articles"] == 2 and result["claims"] == 2
    assert FakeExtractor.loads == 1  # once per process
    assert api.get("/api/items?q=evacuated").json()["total"] == 1


def test_api_articles_html(app, token):
    api = client(app)
    api.headers.update(token)
    html = (
        "<html><head><title>Evacuation</title></head><body><nav>Home | World</nav><article>"
        "<p>Officials said 4,200 people were evacuated from the town on Monday after the "
        "flood, and more were expected to leave by the evening.</p></article></body></html>"
    )
    result = api.post("/api/articles", json={"id": "page-1", "html": html}).json()
    assert result["claims"] >= 1 and not result["failed"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ('{"text": "no id"}', "body.id"),
        ('{"id": "a", "text": "x", "html": "<p>x</p>"}', "body"),
        ('{"id": "a"}', "body"),
        ('{"id": "a", "text": 5}', "body.text"),
        ('{"id": "a", "text": "x", "published": "soon"}', "body.published"),
        ('{"id": "a", "text": "x"}\n{"id": "b", "text": "y"\n', "body[2]"),
        ('{"id": "a", "text": "x"}\n{"id": "b"}\n', "body[2]"),
        ("", "body"),
        ('"just a string"', "body"),
    ],
)
def test_api_articles_bad_input(app, token, body, field):
    api = client(app)
    api.headers.update(token)
    response = api.post("/api/articles", content=body.encode())
    assert 400 <= response.status_code < 500
    assert response.json()["field"] == field, response.json()


def test_oversize_bodies_get_413_and_the_server_keeps_serving(app, token):
    api = client(app)
    api.headers.update(token)
    big = b'{"id": "big", "text": "' + b"x" * (20 * 1024 * 1024) + b'"}'
    response = api.post("/api/articles", content=big)
    assert response.status_code == 413 and response.json()["field"] == "body"

    def chunks():  # no Content-Length: the limit is counted as the body streams in
        for _ in range(8):
            yield b"x" * (1024 * 1024)

    response = api.post("/api/articles", content=chunks())
    assert response.status_code == 413 and "limit" in response.json()["error"]
    assert api.get("/api/items").status_code == 200


def test_openapi_and_docs_page(alice):
    schema = alice.get("/api/openapi.json").json()
    assert {
        "/api/items",
        "/api/items/{item_id}",
        "/api/items/{item_id}/mark",
        "/api/articles",
    } <= set(schema["paths"])
    docs = alice.get("/api/docs")
    assert docs.status_code == 200 and "/api/articles" in docs.text
    assert "cdn" not in docs.text.lower()


def test_tokens_page_make_use_revoke(alice):
    page = alice.get("/account")
    made = alice.post("/account/tokens", data={"csrf_token": csrf_of(page.text), "label": "cms"})
    token = re.search(r'id="new-token">(desk_[^<]+)<', made.text).group(1)
    assert made.headers["cache-control"] == "no-store"
    api = client(alice.app)
    assert api.get("/api/items", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    token_id = re.search(r"/account/tokens/(\d+)/revoke", made.text).group(1)
    alice.post(f"/account/tokens/{token_id}/revoke", data={"csrf_token": csrf_of(made.text)})
    assert api.get("/api/items", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_static_assets(alice):
    js = alice.get("/static/desk.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert alice.get("/static/desk.css").status_code == 200
    assert alice.get("/", follow_redirects=False).headers["location"] == "/items"


# -- read-only mode ------------------------------------------------------------------------


def test_read_only_serves_reads_without_sign_in_and_refuses_writes(location, token):
    app = make_app(location, read_only=True)
    screen = client(app)
    page = screen.get("/items")
    assert page.status_code == 200 and "read-only" in page.text
    item = item_id(location, "ria-1")
    item_page = screen.get(f"/items/{item}")
    assert item_page.status_code == 200 and "Mark checked" not in item_page.text
    assert 'name="csrf_token"' not in page.text  # no forms at all
    form = {"csrf_token": "x", "version": 0, "rating_value": 3}
    assert screen.post(f"/items/{item}/check", data=form).status_code == 403
    assert screen.get("/login", follow_redirects=False).headers["location"] == "/items"
    assert screen.get("/api/items").status_code == 200
    response = screen.post(f"/api/items/{item}/mark", json={"status": "checked", "version": 0})
    assert response.status_code == 403
    response = screen.post(
        f"/api/items/{item}/mark", json={"status": "checked", "version": 0}, headers=token
    )
    assert response.status_code == 403
    with open_queue(location) as queue:
        assert queue.get_item(item).status == "new"
