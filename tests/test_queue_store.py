"""The claim queue's store on both backends: feeding, merging, conflicts, listing, the
workflow, concurrent feeders, export, and bad or busy databases.

Store tests run on both backends (``queue_location`` is parametrised): PostgreSQL is a
throwaway server started in a temporary folder for the session (initdb + pg_ctl on a free
loopback port), skipped with the reason when PostgreSQL is not installed.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import sqlite3

import pytest

from extractor.queue import (
    BadStatusError,
    ItemFilter,
    QueueCorruptError,
    QueueError,
    QueueLockedError,
    UnknownItemError,
    feed_files,
    open_queue,
    store_feeding,
)
from extractor.queue.export import render
from extractor.queue.ranking import RANKING
from extractor.schema import Claim

from .queue_support import (
    check_jsonld,
    free_port,
    make_claim,
    new_database,
    throwaway_postgres,
    write_jsonl,
)


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server on 127.0.0.1 in a temp folder (run as the postgres user under root)."""
    yield from throwaway_postgres()


@pytest.fixture(params=["sqlite", "postgres"])
def queue_location(request, tmp_path) -> str:
    """A fresh, empty queue: a SQLite file, or a new database on the session's server."""
    if request.param == "sqlite":
        return str(tmp_path / "claims.db")
    return new_database(request.getfixturevalue("postgres_server"))


def open_fresh(location: str, **options):
    """Open the queue at ``location``, creating it if needed."""
    return open_queue(location, create=True, **options)


# -- the store, on both backends -----------------------------------------------------------


def test_same_claim_in_many_outlets_is_one_item(queue_location):
    claims = [
        make_claim(
            "bbc-1",
            100000,
            bound="approx",
            text="Around 100,000",
            source="bbc",
            published="2022-11-10",
        ),
        make_claim("cnn-7", 100000, source="cnn", published="2022-11-11"),
        make_claim(
            "ap-3", 100400, source="ap", quote="direct", published="2022-11-09"
        ),  # within 1%
        make_claim(
            "ap-3", 100000, start=200, qualifiers=("Ukrainian",), source="ap"
        ),  # another group: another item
        make_claim(
            "ap-3", 100000, start=300, bound="lower", text="well over 100,000", source="ap"
        ),  # a bound: another
    ]
    with open_fresh(queue_location) as queue:
        summary = queue.add_claims(claims)
        assert (summary.records, summary.new_items, summary.merged, summary.duplicates) == (
            5,
            3,
            2,
            0,
        )
        items = queue.list_items()
        assert len(items) == 3
        top = next(item for item in items if item.appearance_count == 3)
        assert (top.outlets, top.first_published, top.last_published, top.quote) == (
            3,
            "2022-11-09",
            "2022-11-11",
            "direct",
        )
        detail = queue.get_item(top.id)
        assert [a.source for a in detail.appearances] == ["ap", "bbc", "cnn"]  # by publication date
        assert detail.appearances[0].claim.doc_id == "ap-3"
        stats = queue.stats()
        assert (stats.items, stats.appearances, stats.merged_appearances, stats.as_of) == (
            3,
            5,
            2,
            "2022-11-11",
        )


def test_refeeding_changes_nothing(queue_location, tmp_path):
    claims = [make_claim(f"doc{i}", 1000 * (i % 3 + 1), source=f"s{i}") for i in range(10)]
    path = write_jsonl(tmp_path / "claims.jsonl", claims)
    with open_fresh(queue_location) as queue:
        first = feed_files(queue, [str(path)])
        before = [
            (i.id, i.score, i.appearance_count) for i in queue.list_items(ItemFilter(limit=None))
        ]
        second = feed_files(queue, [str(path), str(path)])
        after = [
            (i.id, i.score, i.appearance_count) for i in queue.list_items(ItemFilter(limit=None))
        ]
        assert (first.new_items, first.merged) == (3, 7)
        assert (second.new_items, second.merged, second.duplicates) == (0, 0, 20)
        assert before == after
        assert queue.stats().appearances == 10


def test_conflicting_numbers_are_linked(queue_location):
    russia = make_claim(
        "ria-1",
        5937,
        speaker="Russia",
        kind="place",
        qualifiers=("its",),
        entity="troops",
        prop="killed",
        published="2022-10-21",  # within 31 days of Milley's: about the same moment
        source="ria",
    )
    milley = make_claim(
        "bbc-1",
        100000,
        bound="approx",
        entity="casualties",
        prop="killed or injured",
        source="bbc",
        published="2022-11-10",
    )
    unrelated = make_claim(
        "x-1", 40, entity="soldiers", qualifiers=("French",), source="x"
    )  # another group
    with open_fresh(queue_location) as queue:
        summary = queue.add_claims([russia, milley, unrelated])
        assert summary.conflicts == 1
        items = {item.value: item for item in queue.list_items()}
        detail = queue.get_item(items[5937].id)
        assert [other.id for other in detail.conflicts] == [items[100000].id]
        assert [other.id for other in queue.get_item(items[100000].id).conflicts] == [
            items[5937].id
        ]
        assert items[40].conflict_count == 0 and items[5937].conflict_count == 1
        assert queue.stats().conflicts == 1


def test_a_linked_conflict_raises_both_items_scores(tmp_path):
    # Issue #16: the conflicts signal, weight 0.10; the item fed first is rescored when a
    # later feed links it. Queue "b" gets the same records but a number about tanks.
    russia = make_claim(
        "ria-1", 5937, speaker="Russia", kind="place", qualifiers=("its",), published="2022-10-21"
    )
    milley = make_claim("bbc-1", 100000, bound="approx", published="2022-11-10")
    tanks = make_claim("bbc-1", 100000, bound="approx", entity="tanks", published="2022-11-10")
    with open_fresh(str(tmp_path / "a.db")) as linked, open_fresh(str(tmp_path / "b.db")) as apart:
        for queue, later in ((linked, milley), (apart, tanks)):
            queue.add_claims([russia])
            queue.add_claims([later])
        (first,) = [item for item in linked.list_items() if item.value == 5937]
        (second,) = [item for item in apart.list_items() if item.value == 5937]
        assert (first.conflict_count, second.conflict_count) == (1, 0)
        assert first.score == pytest.approx(second.score + 0.10, abs=1e-4)


def test_a_queue_ranked_by_an_earlier_formula_is_rescored_by_its_next_feed(tmp_path):
    # A queue keeps the formula it was scored by (meta "ranking"); a feed into a queue
    # scored by another (an earlier release's weights or model) rescores every item once.
    path = tmp_path / "old.db"
    with open_fresh(str(path)) as queue:
        queue.add_claims([make_claim("ria-1", 5937, speaker="Russia", kind="place")])
        (scored,) = queue.list_items()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE queue_items SET score = 0.0")
        db.execute("UPDATE queue_meta SET value = 'an earlier formula' WHERE key = 'ranking'")
    with open_fresh(str(path)) as queue:
        queue.add_claims([make_claim("bbc-1", 100000, bound="approx", entity="tanks")])
        (again,) = [item for item in queue.list_items() if item.value == 5937]
        assert again.score == scored.score > 0.0 and again.conflict_count == 0
    with sqlite3.connect(path) as db:
        (stamp,) = db.execute("SELECT value FROM queue_meta WHERE key = 'ranking'").fetchone()
    assert stamp == RANKING


def _treasury_meeting_and_poll() -> list[Claim]:
    """Three claims far apart in rank: a Treasury figure, an unattributed count, a poll."""
    return [
        make_claim(
            "a",
            3.2e9,
            unit="USD",
            speaker="Janet Yellen",
            mention="Treasury Secretary Janet Yellen",
            quote="direct",
            published="2022-11-10",
            entity="aid",
            qualifiers=("Ukrainian",),
            prop="sent",
        ),
        make_claim(
            "b",
            12,
            speaker=None,
            quote="none",
            published="2022-01-05",
            entity="people",
            qualifiers=(),
            prop=None,
            sentence="Twelve people attended the meeting.",
        ),
        make_claim(
            "c",
            45,
            unit="percent",
            speaker="a poll",
            kind="unknown",
            published="2022-06-01",
            entity="voters",
            qualifiers=("Democratic",),
            prop="approve",
        ),
    ]


def test_list_filters_and_workflow(queue_location):
    with open_fresh(queue_location) as queue:
        queue.add_claims(_treasury_meeting_and_poll())
        ranked = queue.list_items()
        assert [item.speaker for item in ranked][0] == "Janet Yellen"
        assert [i.score for i in ranked] == sorted((i.score for i in ranked), reverse=True)
        yellen = ranked[0]
        assert [i.speaker for i in queue.list_items(ItemFilter(speaker="yellen"))] == [
            "Janet Yellen"
        ]
        assert [i.value for i in queue.list_items(ItemFilter(since="2022-06-01"))] == [3.2e9, 45]
        assert [i.value for i in queue.list_items(ItemFilter(until="2022-06-01"))] == [45, 12]
        assert [i.value for i in queue.list_items(ItemFilter(search="ATTENDED"))] == [12]
        assert [i.value for i in queue.list_items(ItemFilter(min_score=yellen.score))] == [3.2e9]
        assert len(queue.list_items(ItemFilter(limit=1))) == 1

        marked = queue.mark(yellen.id, "in review", note="asked Treasury")
        assert (marked.status, marked.note) == ("in_review", "asked Treasury")
        marked = queue.mark(yellen.id, "checked", rating="Mostly true")
        assert (marked.status, marked.note, marked.rating) == (
            "checked",
            "asked Treasury",
            "Mostly true",
        )
        assert [i.id for i in queue.list_items(ItemFilter(status="checked"))] == [yellen.id]
        assert queue.stats().by_status == {"new": 2, "in_review": 0, "checked": 1, "dismissed": 0}
        assert [i.value for i in queue.list_items(ItemFilter(search="treasury"))] == [
            3.2e9
        ]  # the note is searched

        with pytest.raises(UnknownItemError, match="no queue item 999"):
            queue.mark(999, "checked")
        with pytest.raises(UnknownItemError):
            queue.get_item(999)
        with pytest.raises(BadStatusError, match="use one of new, in_review, checked, dismissed"):
            queue.mark(yellen.id, "done")
        with pytest.raises(BadStatusError):
            queue.list_items(ItemFilter(status="closed"))
        with pytest.raises(QueueError, match="bad date"):
            queue.list_items(ItemFilter(since="last week"))


def _feed_worker(location: str, path: str) -> None:
    with open_queue(location, create=True, lock_timeout=60) as queue:
        feed_files(queue, [path])


def test_concurrent_feeders_lose_nothing_and_double_nothing(queue_location, tmp_path, monkeypatch):
    # 90 articles; each prints one claim everyone repeats and one of its own. Feeder A gets
    # articles 0-59, feeder B 30-89 (30 in common), in small transactions so they interleave.
    def article(i: int) -> list[Claim]:
        return [
            make_claim(f"doc{i}", 100000, start=0, source=f"outlet{i}"),
            make_claim(f"doc{i}", 1000 + i, start=50, speaker=f"Speaker {i}", source=f"outlet{i}"),
        ]

    first = write_jsonl(tmp_path / "a.jsonl", [c for i in range(0, 60) for c in article(i)])
    second = write_jsonl(tmp_path / "b.jsonl", [c for i in range(30, 90) for c in article(i)])
    monkeypatch.setattr(store_feeding, "BATCH_RECORDS", 7)  # inherited by the forked feeders
    open_fresh(queue_location).close()  # both feeders find the tables (creation is also locked)
    context = multiprocessing.get_context("fork")
    feeders = [
        context.Process(target=_feed_worker, args=(queue_location, str(path)))
        for path in (first, second)
    ]
    for feeder in feeders:
        feeder.start()
    for feeder in feeders:
        feeder.join(timeout=60)
        assert feeder.exitcode == 0
    with open_queue(queue_location) as queue:
        stats = queue.stats()
        assert (stats.items, stats.appearances, stats.merged_appearances) == (91, 180, 89)
        shared = queue.list_items(ItemFilter(search="Mark Milley said 100,000", limit=None))
        assert [(i.appearance_count, i.outlets) for i in shared] == [(90, 90)]
        assert sorted(i.appearance_count for i in queue.list_items(ItemFilter(limit=None))) == [
            1
        ] * 90 + [90]


def test_export_formats(queue_location):
    with open_fresh(queue_location) as queue:
        queue.add_claims(
            [
                make_claim("bbc-1", 100000, bound="approx", text="Around 100,000", source="bbc"),
                make_claim("cnn-1", 100000, source="cnn", published="2022-11-11"),
                make_claim(
                    "ria-1", 5937, speaker="Ministry of Defence", kind="organization", source="ria"
                ),
            ]
        )
        milley = queue.list_items(ItemFilter(speaker="Milley"))[0]
        queue.mark(milley.id, "checked", note="BBC interview, 9 Nov", rating="Accurate")
        items = list(queue.iter_items())

    records = {
        r["speaker"]: r for r in map(json.loads, "".join(render(items, fmt="jsonl")).splitlines())
    }
    assert {speaker: len(r["appearances"]) for speaker, r in records.items()} == {
        "Mark Milley": 2,
        "Ministry of Defence": 1,
    }
    assert records["Mark Milley"]["appearances"][0]["quantity"]["text"] == "Around 100,000"
    assert records["Mark Milley"]["status"] == "checked"

    rows = {
        row["speaker"]: row
        for row in csv.DictReader(io.StringIO("".join(render(items, fmt="csv"))))
    }
    milley_row = rows["Mark Milley"]
    assert (milley_row["appearances"], milley_row["rating"], milley_row["value"]) == (
        "2",
        "Accurate",
        "100000",
    )
    assert milley_row["urls"] == "https://bbc/bbc-1 | https://cnn/cnn-1"

    document = json.loads("".join(render(items, fmt="jsonld")))
    check_jsonld(document)
    review = next(node for node in document["@graph"] if node["@type"] == "ClaimReview")
    assert review["reviewRating"]["alternateName"] == "Accurate"
    assert review["reviewRating"]["ratingValue"] == 5  # a name on the scale has its value
    assert (review["reviewRating"]["bestRating"], review["reviewRating"]["worstRating"]) == (5, 1)
    assert review["reviewBody"] == "BBC interview, 9 Nov"
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Mark Milley"}
    claim = next(node for node in document["@graph"] if node["@type"] == "Claim")
    assert claim["author"]["@type"] == "Organization"
    (number,) = [thing for thing in claim["about"] if thing["@type"] == "QuantitativeValue"]
    numbers = {p["name"]: p["value"] for p in number["additionalProperty"]}
    assert (numbers["value"], numbers["bound"], numbers["entity"]) == (5937, "exact", "soldiers")


# -- bad databases --------------------------------------------------------------------------


def test_corrupt_file_is_a_clear_error(tmp_path):
    garbage = tmp_path / "claims.db"
    garbage.write_bytes(os.urandom(4096))
    with pytest.raises(QueueCorruptError, match="claims.db: not a usable claim queue database"):
        open_queue(garbage)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE orders (id INTEGER)")
    with pytest.raises(QueueCorruptError, match="not a claim queue"):
        open_queue(other, create=True)
    with pytest.raises(QueueError, match="no such queue"):
        open_queue(tmp_path / "missing.db")
    with pytest.raises(QueueError, match="is a directory"):
        open_queue(tmp_path)


def test_locked_queue_retries_then_gives_up(tmp_path):
    path = tmp_path / "claims.db"
    open_queue(path, create=True).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    retries = []
    try:
        with open_queue(
            path, lock_timeout=0.4, on_retry=lambda *args: retries.append(args)
        ) as queue:
            assert queue.list_items() == []  # readers never wait (WAL)
            with pytest.raises(
                QueueLockedError, match="locked by another writer; gave up after 4 tries"
            ):
                queue.add_claims([make_claim("a")])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert [attempt for attempt, _, _ in retries] == [1, 2, 3]
    with open_queue(path, lock_timeout=0.4) as queue:  # once released, the same feed goes in
        assert queue.add_claims([make_claim("a")]).new_items == 1


def test_postgres_connection_error_is_clear():
    port = free_port()  # nothing listens there
    with pytest.raises(QueueError, match=r"postgresql://u:\*\*\*@127.0.0.1:\d+/db: cannot connect"):
        open_queue(f"postgresql://u:secret@127.0.0.1:{port}/db", lock_timeout=1)


def test_like_wildcards_match_literally_on_both_backends(queue_location):
    # Issue #15 item 13: "100%" matched every sentence with "100" in it.
    with open_fresh(queue_location) as queue:
        queue.add_claims(
            [
                make_claim("p", 100, unit="percent", text="100%", sentence="Turnout was 100%."),
                make_claim("q", 100, entity="boats", sentence="Some 100 boats."),
                make_claim("r", 7, entity="cars", speaker="Jo_Smith", sentence="Jo\\ 7 cars."),
                make_claim("s", 8, entity="ships", speaker="JoXSmith", sentence="Jo 8 ships."),
            ]
        )

        def sentences(**options) -> list[str]:
            return [item.sentence for item in queue.list_items(ItemFilter(**options))]

        assert sentences(search="100%") == ["Turnout was 100%."]
        assert sentences(speaker="jo_") == ["Jo\\ 7 cars."]
        assert sentences(search="jo\\") == ["Jo\\ 7 cars."]
