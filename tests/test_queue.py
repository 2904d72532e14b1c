"""The claim queue: keys, ranking pairs, the store on SQLite and PostgreSQL, export.

Store tests run on both backends (``queue_location`` is parametrised): PostgreSQL is a
throwaway server started in a temporary folder for the session (initdb + pg_ctl on a free
loopback port), skipped with the reason when PostgreSQL is not installed.
"""

from __future__ import annotations

import csv
import glob
import io
import itertools
import json
import multiprocessing
import os
import shlex
import shutil
import socket
import sqlite3
import subprocess
import tempfile
from pathlib import Path

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
)
from extractor.queue import store_feeding as store_module
from extractor.queue.dedup import (
    Numbers,
    appearance_key,
    identity_key,
    normalise_name,
    qualifier_stems,
    quantities_conflict,
    quantities_match,
    same_number,
)
from extractor.queue.export import SCHEMA_CONTEXT, render
from extractor.queue.ranking import RankFeatures, check_worthiness, explain
from extractor.schema import About, Claim, Quantity, Span, Speaker

# -- building claim records ---------------------------------------------------------------


def make_claim(
    doc_id: str,
    value: float | None = 100000,
    *,
    start: int = 10,
    text: str | None = None,
    bound: str = "exact",
    low: float | None = None,
    high: float | None = None,
    unit: str | None = None,
    entity: str | None = "soldiers",
    qualifiers: tuple[str, ...] = ("Russian",),
    prop: str | None = "killed",
    speaker: str | None = "Mark Milley",
    kind: str = "person",
    mention: str | None = None,
    quote: str = "indirect",
    published: str | None = "2022-11-10",
    source: str | None = None,
    sentence: str | None = None,
) -> Claim:
    quantity_text = text or f"{value:,}"
    sentence_text = (
        sentence
        or f"{speaker or 'It'} said {quantity_text} {' '.join(qualifiers)} {entity} were {prop}."
    )
    return Claim(
        doc_id=doc_id,
        sentence=Span(start_char=0, end_char=len(sentence_text), text=sentence_text),
        quantity=Quantity(
            start_char=start,
            end_char=start + len(quantity_text),
            text=quantity_text,
            value=value,
            low=low,
            high=high,
            bound=bound,
            unit=unit,
        ),
        about=About(
            text=f"{' '.join(qualifiers)} {entity}".strip(),
            entity=entity,
            qualifiers=list(qualifiers),
            property=prop,
        ),
        speaker=(
            Speaker(
                name=speaker,
                kind=kind,
                mention=Span(
                    start_char=0, end_char=len(mention or speaker), text=mention or speaker
                ),
            )
            if speaker
            else None
        ),
        quote=quote,
        published=published,
        url=f"https://{source or 'news.example'}/{doc_id}",
        title=f"Article {doc_id}",
        source=source or f"outlet-{doc_id}",
    )


def write_jsonl(path: Path, claims: list[Claim], *, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [claim.model_dump_json() for claim in claims] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- keys ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (5937, 5937, True),
        (5937, 5900, True),  # 2 significant digits
        (100000, 100500, True),  # within 1%
        (1149, 1150, True),  # within 1% though 2-digit rounding differs
        (5937, 6000, False),
        (100000, 120000, False),
        (3.4, 3.9, False),
        (None, None, True),
        (None, 5, False),
    ],
)
def test_same_number(a, b, same):
    assert same_number(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "match"),
    [
        (Numbers(100000, None, None, "approx"), Numbers(100000, None, None, "exact"), True),
        (
            Numbers(100000, None, None, "lower"),
            Numbers(100000, None, None, "approx"),
            False,
        ),  # bound considered
        (Numbers(None, 15e6, 30e6, "range"), Numbers(None, 15e6, 30e6, "range"), True),
        (
            Numbers(None, 15e6, 30e6, "range"),
            Numbers(None, 15e6, 20e6, "range"),
            False,
        ),  # both ends
    ],
)
def test_quantities_match(a, b, match):
    assert quantities_match(a, b) is match


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (Numbers(5937, None, None, "exact"), Numbers(100000, None, None, "approx"), True),
        (
            Numbers(5937, None, None, "exact"),
            Numbers(5900, None, None, "approx"),
            False,
        ),  # within rounding
        (
            Numbers(120000, None, None, "exact"),
            Numbers(100000, None, None, "lower"),
            False,
        ),  # consistent
        (Numbers(5937, None, None, "exact"), Numbers(100000, None, None, "lower"), True),
        (Numbers(20e6, None, None, "exact"), Numbers(None, 15e6, 30e6, "range"), False),
        (Numbers(40e6, None, None, "exact"), Numbers(None, 15e6, 30e6, "range"), True),
    ],
)
def test_quantities_conflict(a, b, conflict):
    assert quantities_conflict(a, b) is conflict


def test_keys():
    assert normalise_name("The Pentagon's") == "pentagon"
    assert qualifier_stems(["its"], speaker="Russia") == qualifier_stems(["Russian"])
    assert appearance_key(make_claim("d1", start=5)) == "d1#5-12"
    # "Obama" and "Barack Obama" are one speaker; Russian and Ukrainian soldiers are two items.
    assert identity_key(make_claim("a", speaker="Obama")) == identity_key(
        make_claim("b", speaker="Barack Obama")
    )
    assert identity_key(make_claim("a")) != identity_key(make_claim("a", qualifiers=("Ukrainian",)))
    assert identity_key(make_claim("a")) == identity_key(
        make_claim("b", entity="troops")
    )  # entity_concepts


# -- ranking pairs: the first claim of each pair ranks above the second ------------------


def features(claim: Claim, *, outlets: int = 1) -> RankFeatures:
    q, speaker = claim.quantity, claim.speaker
    return RankFeatures(
        speaker.name if speaker else None,
        speaker.kind if speaker else None,
        speaker.mention.text if speaker else None,
        q.value,
        q.low,
        q.high,
        q.bound,
        q.unit,
        claim.quote,
        outlets,
        claim.published,
    )


RANKING_PAIRS = [
    (
        "official beats anonymous",
        make_claim("a", mention="Defence Minister Sergei Shoigu", speaker="Sergei Shoigu"),
        make_claim("b", speaker=None),
    ),
    (
        "official beats an unnamed group",
        make_claim("a", speaker="Ministry of Defence", kind="organization"),
        make_claim("b", speaker="residents", kind="group"),
    ),
    ("money beats a count", make_claim("a", 3.2e9, unit="USD"), make_claim("b", 3.2e9)),
    (
        "percent beats a distance",
        make_claim("a", 12, unit="percent"),
        make_claim("b", 12, unit="kilometre"),
    ),
    ("a billion beats a dozen", make_claim("a", 1e9), make_claim("b", 12)),
    ("precise beats approximate", make_claim("a", 5937), make_claim("b", 5937, bound="approx")),
    (
        "a bound beats an approximation",
        make_claim("a", 100000, bound="lower"),
        make_claim("b", 100000, bound="approx"),
    ),
    (
        "a range beats an approximation",
        make_claim("a", None, low=15e6, high=30e6, bound="range", text="15 to 30 million"),
        make_claim("b", 15e6, bound="approx"),
    ),
    (
        "a direct quote beats reported speech",
        make_claim("a", quote="direct"),
        make_claim("b", quote="indirect"),
    ),
    (
        "reported speech beats no attribution",
        make_claim("a", quote="indirect"),
        make_claim("b", quote="none"),
    ),
    (
        "recent beats old",
        make_claim("a", published="2022-11-10"),
        make_claim("b", published="2022-06-01"),
    ),
]


@pytest.mark.parametrize(
    ("reason", "higher", "lower"), RANKING_PAIRS, ids=[pair[0] for pair in RANKING_PAIRS]
)
def test_ranking_pairs(reason, higher, lower):
    as_of = "2022-11-10"
    assert check_worthiness(features(higher), as_of=as_of) > check_worthiness(
        features(lower), as_of=as_of
    ), reason


def test_ranking_spread_and_range():
    claim = make_claim("a")
    assert check_worthiness(features(claim, outlets=5), as_of="2022-11-10") > check_worthiness(
        features(claim), as_of="2022-11-10"
    )
    best = make_claim(
        "a", 5.937e9, unit="USD", quote="direct", mention="President Joe Biden", speaker="Joe Biden"
    )
    for score in (
        check_worthiness(features(best, outlets=50), as_of="2022-11-10"),
        check_worthiness(
            features(make_claim("b", 0, speaker=None, quote="none", published=None)), as_of=None
        ),
    ):
        assert 0.0 <= score <= 1.0
    assert set(explain(features(best), as_of=None)) == {
        "speaker",
        "number",
        "precision",
        "quote",
        "spread",
        "recency",
    }


# -- a throwaway PostgreSQL server for the session ------------------------------------------


def _initdb() -> str | None:
    found = shutil.which("initdb")
    if found:
        return found
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server on 127.0.0.1 in a temp folder (run as the postgres user under root)."""
    initdb = _initdb()
    if initdb is None:
        pytest.skip(
            "PostgreSQL tests skipped: initdb not found (install Debian's postgresql package)"
        )
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("PostgreSQL tests skipped: psycopg is not installed")
    bindir = Path(initdb).parent
    base = Path(tempfile.mkdtemp(prefix="claim-queue-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        import pwd

        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("PostgreSQL tests skipped: running as root and there is no postgres user")
        os.chown(base, user.pw_uid, user.pw_gid)
        runuser = shutil.which("runuser")
        prefix = (
            [runuser, "-u", "postgres", "--"]
            if runuser
            else ["su", "postgres", "-s", "/bin/sh", "-c"]
        )
    data, port = base / "data", _free_port()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [*prefix, shlex.join(args)] if prefix[:1] == ["su"] else [*prefix, *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=base)

    init = run(
        str(bindir / "initdb"),
        "-D",
        str(data),
        "-U",
        "claimq",
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--locale=C",
        "--no-sync",
    )
    if init.returncode != 0:
        pytest.skip(f"PostgreSQL tests skipped: initdb failed: {init.stderr.strip()[-300:]}")
    options = (
        f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
    )
    start = run(
        str(bindir / "pg_ctl"),
        "-D",
        str(data),
        "-o",
        options,
        "-l",
        str(base / "log"),
        "-w",
        "-t",
        "30",
        "start",
    )
    if start.returncode != 0:
        log = (
            (base / "log").read_text(errors="replace")[-300:]
            if (base / "log").exists()
            else start.stderr
        )
        shutil.rmtree(base, ignore_errors=True)
        pytest.skip(f"PostgreSQL tests skipped: the server did not start: {log.strip()}")
    try:
        yield f"postgresql://claimq@127.0.0.1:{port}"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(base, ignore_errors=True)


_databases = itertools.count()


@pytest.fixture(params=["sqlite", "postgres"])
def queue_location(request, tmp_path) -> str:
    """A fresh, empty queue: a SQLite file, or a new database on the session's server."""
    if request.param == "sqlite":
        return str(tmp_path / "claims.db")
    import psycopg

    server = request.getfixturevalue("postgres_server")
    name = f"queue_{os.getpid()}_{next(_databases)}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{server}/{name}"


def open_fresh(location: str, **options):
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
        published="2022-09-21",
        source="ria",
    )
    milley = make_claim(
        "bbc-1",
        100000,
        bound="approx",
        entity="casualties",
        prop=None,
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


def test_list_filters_and_workflow(queue_location):
    claims = [
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
    with open_fresh(queue_location) as queue:
        queue.add_claims(claims)
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
    monkeypatch.setattr(store_module, "BATCH_RECORDS", 7)  # inherited by the forked feeders
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
    assert review["reviewBody"] == "BBC interview, 9 Nov"
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Mark Milley"}
    claim = next(node for node in document["@graph"] if node["@type"] == "Claim")
    assert claim["author"]["@type"] == "Organization"
    numbers = {p["name"]: p["value"] for p in claim["additionalProperty"]}
    assert (numbers["value"], numbers["bound"], numbers["entity"]) == (5937, "exact", "soldiers")


def check_jsonld(document: dict) -> None:
    """schema.org JSON-LD: the context, and the properties fact-checking tools require."""
    assert document["@context"] == SCHEMA_CONTEXT
    for node in document["@graph"]:
        claim = node["itemReviewed"] if node["@type"] == "ClaimReview" else node
        if node["@type"] == "ClaimReview":
            assert node["claimReviewed"] and node["reviewRating"]["@type"] == "Rating"
        assert claim["@type"] == "Claim" and claim["text"]
        assert claim["author"]["@type"] in ("Person", "Organization") and claim["author"]["name"]
        for work in claim["appearance"]:
            assert work["@type"] == "CreativeWork" and work["url"].startswith("https://")
            assert work["datePublished"] and work["text"]
        assert all(p["@type"] == "PropertyValue" for p in claim["additionalProperty"])
    pyld = pytest.importorskip("pyld", reason="pyld not installed: JSON-LD expansion not checked")

    def offline_loader(url, options=None):  # the schema.org context, reduced to its vocabulary
        assert url.rstrip("/") in ("https://schema.org", "http://schema.org")
        return {
            "contextUrl": None,
            "documentUrl": url,
            "document": {"@context": {"@vocab": "https://schema.org/", "url": {"@type": "@id"}}},
        }

    expanded = pyld.jsonld.expand(document, {"documentLoader": offline_loader})
    types = {t for node in expanded for t in node.get("@type", [])}
    assert types <= {"https://schema.org/Claim", "https://schema.org/ClaimReview"} and types
    first = expanded[0]
    assert "https://schema.org/appearance" in first or "https://schema.org/itemReviewed" in first


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
    port = _free_port()  # nothing listens there
    with pytest.raises(QueueError, match=r"postgresql://u:\*\*\*@127.0.0.1:\d+/db: cannot connect"):
        open_queue(f"postgresql://u:secret@127.0.0.1:{port}/db", lock_timeout=1)
