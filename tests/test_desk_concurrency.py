"""Checkers at once, on SQLite and PostgreSQL: two clients marking one item (the second gets 409,
never a lost write), many at the same instant (exactly one wins), and the API feeding articles
while checkers work. PostgreSQL is a throwaway server (tests/queue_support.py), skipped with
the reason when it is not installed."""

from __future__ import annotations

import json
import threading

import pytest

from extractor.queue import ItemFilter, open_queue
from extractor.queue.history import item_history

from .desk_support import FakeExtractor, api_token, build_queue, client, make_app
from .queue_support import new_database, throwaway_postgres

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def postgres_server():
    yield from throwaway_postgres()


@pytest.fixture(params=["sqlite", "postgres"])
def location(request, tmp_path) -> str:
    if request.param == "sqlite":
        return build_queue(str(tmp_path / "claims.db"))
    return build_queue(new_database(request.getfixturevalue("postgres_server")))


def api_client(app, location: str, user: str):  # type: ignore[no-untyped-def]
    api = client(app)
    api.headers["Authorization"] = f"Bearer {api_token(location, user)}"
    return api


def first_item(location: str) -> int:
    with open_queue(location) as queue:
        return queue.list_items(ItemFilter(limit=1))[0].id


def test_two_clients_marking_one_item_the_second_gets_409(location):
    app = make_app(location)
    item = first_item(location)
    alice, bob = api_client(app, location, "alice"), api_client(app, location, "bob")
    seen_by_alice = alice.get(f"/api/items/{item}").json()["version"]
    seen_by_bob = bob.get(f"/api/items/{item}").json()["version"]
    first = alice.post(
        f"/api/items/{item}/mark",
        json={"status": "checked", "version": seen_by_alice, "rating": {"value": 4}},
    )
    second = bob.post(
        f"/api/items/{item}/mark", json={"status": "dismissed", "version": seen_by_bob}
    )
    assert first.status_code == 200 and second.status_code == 409
    assert "changed by alice" in second.json()["error"]
    final = bob.get(f"/api/items/{item}").json()
    assert final["status"] == "checked" and final["rating"] == "Mostly true"
    assert [entry["user"] for entry in final["history"]] == ["alice"]


def test_many_marks_at_the_same_instant_exactly_one_wins(location):
    app = make_app(location)
    item = first_item(location)
    users = ["alice", "bob"] * 3
    clients = [api_client(app, location, user) for user in users]
    start = threading.Barrier(len(clients))
    codes: list[int] = []

    def mark(api, note: str) -> None:  # type: ignore[no-untyped-def]
        start.wait()
        response = api.post(
            f"/api/items/{item}/mark", json={"status": "in_review", "version": 0, "note": note}
        )
        codes.append(response.status_code)

    threads = [
        threading.Thread(target=mark, args=(api, f"note {n}")) for n, api in enumerate(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(codes) == [200] + [409] * (len(clients) - 1)
    with open_queue(location) as queue:
        history = item_history(queue, item)
        assert len(history) == 1
        assert queue.get_item(item).note == history[0].note  # the winner's note, nobody else's


def test_feeding_articles_while_checkers_work(location):
    app = make_app(location, extractor_factory=FakeExtractor)
    feeder, checker = api_client(app, location, "alice"), api_client(app, location, "bob")
    with open_queue(location) as queue:
        items = [item.id for item in queue.list_items(ItemFilter(limit=None))]
    failures: list[str] = []

    def feed() -> None:
        for n in range(12):
            article = {"id": f"wire-{n}", "text": f"Officials said {n + 1}{n}7 people left."}
            response = feeder.post("/api/articles", content=json.dumps(article))
            if response.status_code != 200:
                failures.append(f"feed {n}: {response.status_code} {response.text}")

    def work() -> None:
        for item in items:
            for version, status in enumerate(("in_review", "checked")):
                response = checker.post(
                    f"/api/items/{item}/mark", json={"status": status, "version": version}
                )
                if response.status_code != 200:
                    failures.append(f"mark {item}: {response.status_code} {response.text}")

    threads = [threading.Thread(target=feed), threading.Thread(target=work)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    with open_queue(location) as queue:
        assert queue.stats().items == len(items) + 12
        for item in items:
            assert queue.get_item(item).status == "checked"
            assert [entry.version for entry in item_history(queue, item)] == [1, 2]
