"""Shared by the queue tests: claim records built in one call, and a throwaway PostgreSQL.

The PostgreSQL server is started in a temporary folder (initdb + pg_ctl on a free loopback
port); without PostgreSQL installed, the tests that need it are skipped with the reason.
"""

from __future__ import annotations

import glob
import itertools
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from extractor.queue.export import SCHEMA_CONTEXT
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
    """A claim record as `extract batch` writes it; by default Milley's 100,000 killed."""
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
        speaker=_speaker(speaker, kind, mention),
        quote=quote,
        published=published,
        url=f"https://{source or 'news.example'}/{doc_id}",
        title=f"Article {doc_id}",
        source=source or f"outlet-{doc_id}",
    )


def _speaker(name: str | None, kind: str, mention: str | None) -> Speaker | None:
    """The record's speaker, mentioned as ``mention`` (by default by name)."""
    if not name:
        return None
    text = mention or name
    return Speaker(name=name, kind=kind, mention=Span(start_char=0, end_char=len(text), text=text))


def write_jsonl(path: Path, claims: list[Claim], *, extra_lines: tuple[str, ...] = ()) -> Path:
    """Claims as JSON Lines (then any raw ``extra_lines``), as `extract batch -o` writes them."""
    lines = [claim.model_dump_json() for claim in claims] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


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
        assert "additionalProperty" not in claim  # not a schema.org Claim property
        (number,) = [thing for thing in claim["about"] if thing["@type"] == "QuantitativeValue"]
        assert all(p["@type"] == "PropertyValue" for p in number["additionalProperty"])
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


# -- a throwaway PostgreSQL server ----------------------------------------------------------

Run = Callable[..., "subprocess.CompletedProcess[str]"]  # a PostgreSQL program, run as its user


def _initdb() -> str | None:
    found = shutil.which("initdb")
    if found:
        return found
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return candidates[-1] if candidates else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_postgres_user(base: Path) -> list[str]:
    """The command prefix that runs a program as the postgres user when we are root."""
    if os.geteuid() != 0:
        return []
    # initdb refuses to run as root
    import pwd

    try:
        user = pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("PostgreSQL tests skipped: running as root and there is no postgres user")
    os.chown(base, user.pw_uid, user.pw_gid)
    runuser = shutil.which("runuser")
    return (
        [runuser, "-u", "postgres", "--"] if runuser else ["su", "postgres", "-s", "/bin/sh", "-c"]
    )


def _runner(prefix: list[str], base: Path) -> Run:
    """Runs a PostgreSQL program in ``base`` (through ``prefix``), capturing its output."""

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [*prefix, shlex.join(args)] if prefix[:1] == ["su"] else [*prefix, *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=base)

    return run


def _start_server(run: Run, bindir: Path, base: Path, data: Path, port: int) -> None:
    """initdb a cluster in ``data`` and start it on ``port``; skip the tests if either fails."""
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


def throwaway_postgres() -> Iterator[str]:
    """Start a PostgreSQL server on 127.0.0.1 in a temp folder; yield its URL, then remove it."""
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
    prefix = _as_postgres_user(base)
    data, port = base / "data", free_port()
    run = _runner(prefix, base)
    _start_server(run, bindir, base, data, port)
    try:
        yield f"postgresql://claimq@127.0.0.1:{port}"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(base, ignore_errors=True)


_databases = itertools.count()


def new_database(server: str) -> str:
    """A new, empty database on the server: its URL."""
    import psycopg

    name = f"queue_{os.getpid()}_{next(_databases)}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{server}/{name}"
