"""`extract queue ...` run for real (typer's CliRunner on ``extractor.cli.app``): good and bad
inputs to every command, exit codes, one-line errors, never a traceback."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from extractor.cli import app
from extractor.cli import errors as main_cli
from extractor.queue import cli as queue_cli

from .queue_support import check_jsonld, make_claim, write_jsonl

runner = CliRunner()


def invoke(*args: object, input: str | None = None) -> Result:
    result = runner.invoke(app, ["queue", *map(str, args)], input=input)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def assert_error(result: Result, code: int, *fragments: str) -> None:
    """One ``extract: error:`` line on stderr (after any warnings), nothing on stdout."""
    assert result.exit_code == code, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert lines and lines[-1].startswith("extract: error: "), result.stderr
    assert all(line.startswith("extract: warning: ") for line in lines[:-1]), result.stderr
    for fragment in fragments:
        assert fragment in lines[-1]
    assert result.stdout == ""


@pytest.fixture
def claims_file(tmp_path) -> Path:
    return write_jsonl(
        tmp_path / "claims.jsonl",
        [
            make_claim(
                "bbc-1",
                100000,
                bound="approx",
                text="Around 100,000",
                source="bbc",
                published="2022-11-10",
            ),
            make_claim("cnn-1", 100000, source="cnn", published="2022-11-11"),
            make_claim(
                "ria-1",
                5937,
                speaker="Russia",
                kind="place",
                qualifiers=("its",),
                entity="troops",
                prop="killed",
                source="ria",
                published="2022-10-21",  # within 31 days: about the same moment
            ),
            make_claim(
                "x-1",
                3.2e9,
                unit="USD",
                speaker=None,
                quote="none",
                entity="aid",
                qualifiers=(),
                prop="sent",
            ),
        ],
    )


@pytest.fixture
def queue_db(tmp_path, claims_file) -> Path:
    path = tmp_path / "queue.db"
    assert invoke("add", claims_file, "--queue", path).exit_code == 0
    return path


def test_exit_codes_are_the_clis():
    assert (
        queue_cli.EXIT_OK,
        queue_cli.EXIT_INPUT,
        queue_cli.EXIT_USAGE,
        queue_cli.EXIT_SKIPPED,
    ) == (main_cli.EXIT_OK, main_cli.EXIT_INPUT, main_cli.EXIT_USAGE, main_cli.EXIT_ARTICLE_ERRORS)
    assert queue_cli.EXIT_LOCKED not in (0, 1, 2, 3, 4, 5)


# -- add --------------------------------------------------------------------------------------


def test_add_reports_merges_and_conflicts_and_is_idempotent(tmp_path, claims_file):
    db = tmp_path / "q.db"
    first = invoke("add", claims_file, "--queue", db)
    assert first.exit_code == 0, first.stderr
    report = json.loads(first.stdout)
    assert {
        k: report[k]
        for k in ("records", "new_items", "merged", "duplicates", "conflicts", "skipped")
    } == {"records": 4, "new_items": 3, "merged": 1, "duplicates": 0, "conflicts": 1, "skipped": 0}
    assert report["queue"] == {
        "items": 3,
        "appearances": 4,
        "merged_appearances": 1,
        "conflicts": 1,
    }
    again = json.loads(invoke("add", claims_file, "--queue", db).stdout)
    assert (again["duplicates"], again["new_items"], again["queue"]) == (4, 0, report["queue"])


def test_add_from_stdin_and_env(tmp_path, claims_file, monkeypatch):
    monkeypatch.setenv("CLAIM_QUEUE", str(tmp_path / "env.db"))
    result = invoke("add", "-", input=claims_file.read_text())
    assert result.exit_code == 0 and json.loads(result.stdout)["records"] == 4
    assert (tmp_path / "env.db").exists()


def test_add_skips_malformed_lines_with_a_warning(tmp_path):
    path = write_jsonl(
        tmp_path / "claims.jsonl",
        [make_claim("a"), make_claim("b", 7)],
        extra_lines=('{"doc_id": "c", "sentence": ', '{"doc_id": "d"}', "[1, 2]"),
    )
    result = invoke("add", path, "--queue", tmp_path / "q.db")
    assert result.exit_code == queue_cli.EXIT_SKIPPED
    assert json.loads(result.stdout)["skipped"] == 3 and json.loads(result.stdout)["new_items"] == 2
    warnings = result.stderr.splitlines()
    assert warnings[0].startswith(f"extract: warning: {path}:3: skipped: not JSON")
    assert warnings[1].startswith(
        f"extract: warning: {path}:4: skipped: not a claim record (sentence: Field required"
    )
    assert warnings[-1] == "extract: warning: skipped 3 malformed line(s)"


@pytest.mark.parametrize(
    ("make_input", "code", "fragment"),
    [
        (lambda tmp: tmp / "missing.jsonl", 1, "missing.jsonl: no such file"),
        (lambda tmp: tmp, 1, "is a directory, not a claims file"),
    ],
)
def test_add_bad_inputs(tmp_path, make_input, code, fragment):
    result = invoke("add", make_input(tmp_path), "--queue", tmp_path / "q.db")
    assert_error(result, code, fragment)
    assert not (tmp_path / "q.db").exists()  # nothing fed, nothing created


def test_add_to_a_folder_that_does_not_exist(tmp_path, claims_file):
    assert_error(
        invoke("add", claims_file, "--queue", tmp_path / "no" / "q.db"), 1, "does not exist"
    )


# -- list -------------------------------------------------------------------------------------


def test_list_shows_a_ranked_table(queue_db):
    result = invoke("list", "--queue", queue_db)
    assert result.exit_code == 0, result.stderr
    assert "3 of 3 items (1 appearances merged, 1 conflicts linked)" in result.stdout
    for fragment in ("Mark Milley", "Russia", "~100,000", "3,200,000,000 USD", "score"):
        assert fragment in result.stdout


def test_list_filters(queue_db):
    def ids(*options: object) -> list[str]:
        result = invoke("list", "--queue", queue_db, "--json", *options)
        assert result.exit_code == 0, result.stderr
        return [json.loads(line)["speaker"] for line in result.stdout.splitlines()]

    assert ids("--speaker", "milley") == ["Mark Milley"]
    assert ids("--until", "2022-10-30") == ["Russia"]
    assert ids("--since", "2022-11-11") == ["Mark Milley"]
    assert ids("--search", "AID WERE SENT") == [None]
    assert len(ids("--limit", "2")) == 2
    assert ids("--status", "checked") == []
    assert ids("--min-score", "1.0") == []


@pytest.mark.parametrize(
    ("options", "code", "fragment"),
    [
        (("--status", "closed"), 2, "unknown status 'closed'"),
        (("--since", "yesterday"), 1, "bad date 'yesterday'"),
        (("--limit", "0"), 2, "--limit must be >= 1"),
    ],
)
def test_list_bad_options(queue_db, options, code, fragment):
    assert_error(invoke("list", "--queue", queue_db, *options), code, fragment)


def test_list_missing_queue(tmp_path):
    assert_error(invoke("list", "--queue", tmp_path / "nope.db"), 1, "no such queue")
    assert not (tmp_path / "nope.db").exists()


# -- show, mark -----------------------------------------------------------------------------


def _id_of(queue_db: Path, speaker: str) -> int:
    result = invoke("list", "--queue", queue_db, "--json", "--speaker", speaker)
    return json.loads(result.stdout.splitlines()[0])["id"]


def test_show_prints_sentences_sources_and_conflicts(queue_db):
    milley = _id_of(queue_db, "Milley")
    result = invoke("show", milley, "--queue", queue_db)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert f"Item {milley}  [new]" in out
    assert "Printed:  2 time(s) by 2 outlet(s), 2022-11-10 to 2022-11-11" in out
    assert "https://bbc/bbc-1" in out and "https://cnn/cnn-1" in out
    assert "Conflicts: 1 item(s)" in out and "5,937" in out and "(this)" in out
    # Why it ranks here: every part of the score, the conflict's included (issue #16).
    assert "Why it ranks here (value x weight = points):" in out
    assert "conflicts  1.00 x 0.100 = 0.100   1 conflicting item(s)" in out
    assert "spread     0.33 x 0.100 = 0.033   2 outlet(s)" in out
    assert "claim" in out and "recency" in out and "score" in out
    as_json = json.loads(invoke("show", milley, "--queue", queue_db, "--json").stdout)
    assert len(as_json["appearances"]) == 2 and len(as_json["conflicts"]) == 1


def test_mark_moves_through_the_workflow(queue_db):
    milley = _id_of(queue_db, "Milley")
    result = invoke(
        "mark", milley, "in-review", "--queue", queue_db, "--note", "calling the Pentagon"
    )
    assert result.exit_code == 0 and json.loads(result.stdout)["status"] == "in_review"
    result = invoke("mark", milley, "checked", "--queue", queue_db, "--rating", "Accurate")
    assert json.loads(result.stdout) == {
        "id": milley,
        "status": "checked",
        "rating": "Accurate",
        "note": "calling the Pentagon",
    }
    listed = invoke(
        "list", "--queue", queue_db, "--status", "checked", "--json"
    ).stdout.splitlines()
    assert [json.loads(line)["id"] for line in listed] == [milley]


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (("show", 999), 1, "no queue item 999"),
        (("show", "abc"), 2, ""),
        (("mark", 999, "checked"), 1, "no queue item 999"),
        (
            ("mark", 1, "done"),
            2,
            "unknown status 'done': use one of new, in_review, checked, dismissed",
        ),
    ],
)
def test_show_and_mark_bad_input(queue_db, args, code, fragment):
    result = invoke(*args, "--queue", queue_db)
    if code == 2 and not fragment:  # typer's own usage error for a non-integer id
        assert result.exit_code == 2 and "Traceback" not in result.stderr
        return
    assert_error(result, code, fragment)


# -- export -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "jsonld"])
def test_export(queue_db, tmp_path, fmt):
    milley = _id_of(queue_db, "Milley")
    invoke(
        "mark",
        milley,
        "checked",
        "--queue",
        queue_db,
        "--rating",
        "Accurate",
        "--note",
        "BBC, 9 Nov",
    )
    out = tmp_path / f"export.{fmt}"
    result = invoke("export", "--queue", queue_db, "--format", fmt, "-o", out)
    assert result.exit_code == 0, result.stderr
    text = out.read_text()
    assert (
        text == invoke("export", "--queue", queue_db, "--format", fmt).stdout
    )  # -o or stdout, the same
    if fmt == "jsonl":
        assert len(text.splitlines()) == 3
    elif fmt == "csv":
        assert text.splitlines()[0].startswith("id,score,status,speaker")
        assert len(text.splitlines()) == 4
    else:
        document = json.loads(text)
        check_jsonld(
            {
                **document,
                "@graph": [n for n in document["@graph"] if "author" in n or "itemReviewed" in n],
            }
        )
        assert [n["@type"] for n in document["@graph"]].count("ClaimReview") == 1
    checked = invoke("export", "--queue", queue_db, "--format", fmt, "--status", "checked").stdout
    assert "Milley" in checked and "5937" not in checked and "5,937" not in checked


@pytest.mark.parametrize(
    ("options", "code", "fragment"),
    [
        (("--format", "xml"), 2, "--format must be one of jsonl, csv, jsonld, not 'xml'"),
        (("--status", "open"), 2, "unknown status 'open'"),
        (("-o", "/nonexistent-dir/x.jsonl"), 1, "cannot be written"),
    ],
)
def test_export_bad_options(queue_db, options, code, fragment):
    assert_error(invoke("export", "--queue", queue_db, *options), code, fragment)


# -- broken and busy databases, for every command -------------------------------------------


COMMANDS = [
    ("add", "CLAIMS"),
    ("list",),
    ("show", "1"),
    ("mark", "1", "checked"),
    ("export",),
    ("stats",),
]


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_corrupt_database(tmp_path, claims_file, command):
    db = tmp_path / "garbage.db"
    db.write_bytes(b"this is not a database, it is a shopping list\n" * 100 + os.urandom(512))
    args = [str(claims_file) if arg == "CLAIMS" else arg for arg in command]
    assert_error(invoke(*args, "--queue", db), 1, "garbage.db: not a usable claim queue database")


@pytest.mark.parametrize(
    "command", [c for c in COMMANDS if c[0] in ("add", "mark")], ids=["add", "mark"]
)
def test_locked_database(queue_db, claims_file, command):
    holder = sqlite3.connect(queue_db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        args = [str(claims_file) if arg == "CLAIMS" else arg for arg in command]
        result = invoke(*args, "--queue", queue_db, "--lock-timeout", "0.2")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_error(result, queue_cli.EXIT_LOCKED, "locked by another writer; gave up after 4 tries")
    retries = result.stderr.splitlines()[:-1]
    assert len(retries) == 3 and "retrying (try 1 of 4)" in retries[0]


def test_stats(queue_db):
    stats = json.loads(invoke("stats", "--queue", queue_db).stdout)
    assert (
        stats["items"],
        stats["appearances"],
        stats["merged_appearances"],
        stats["conflicts"],
    ) == (3, 4, 1, 1)
    assert stats["by_status"]["new"] == 3 and stats["as_of"] == "2022-11-11"


def test_help_documents_exit_codes():
    result = invoke("--help")
    assert result.exit_code == 0 and "6 the queue stayed locked" in result.stdout
