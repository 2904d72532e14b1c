"""Issue #15, item 11: nothing an article says is executed on the way out of the queue.

CSV cells are not formulas, JSON-LD can sit in a ``<script>`` block, terminal output
shows control characters and rich markup as text, and no password is ever printed.
Each test runs the real `extract queue ...` command.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from .queue_support import make_claim, write_jsonl
from .test_queue_cli import assert_error, invoke

HOSTILE_SENTENCE = (
    '=HYPERLINK("http://evil.example","click") </script><script>alert(1)</script> & '
    "\x1b[31mRED\x1b]0;pwned\x07 \x9b2J [bold]loud[/bold] -5 said 100,000."
)


@pytest.fixture
def hostile_queue(tmp_path):
    """A queue holding a claim whose every text field was written by an attacker."""
    claims = [
        make_claim(
            "evil-1",
            -5,
            text="-5",
            speaker="@SUM(1+1)",
            entity="+cmd|' /C calc'!A0",
            sentence=HOSTILE_SENTENCE,
            source="[blink]\x1b[5mOutlet",
            published="2022-11-10",
        ),
    ]
    db = tmp_path / "q.db"
    assert invoke("add", write_jsonl(tmp_path / "c.jsonl", claims), "--queue", db).exit_code == 0
    assert invoke("mark", "1", "checked", "--note", "-2+3", "--queue", db).exit_code == 0
    return db


def test_csv_export_neutralises_formulas_but_keeps_numbers(hostile_queue):
    result = invoke("export", "--format", "csv", "--queue", hostile_queue)
    assert result.exit_code == 0, result.stderr
    (row,) = csv.DictReader(io.StringIO(result.stdout))
    assert row["sentence"].startswith("'=HYPERLINK(")
    assert row["speaker"] == "'@SUM(1+1)"
    assert row["entity"].startswith("'+cmd")
    assert row["note"] == "'-2+3"
    assert row["quantity"] == "'-5"  # the article's text: a text column
    assert row["value"] == "-5"  # a number we wrote: a numeric column stays a number
    for name, cell in row.items():
        assert not cell or cell[0] not in "=+-@\t\r" or name in ("value", "low", "high"), name


def test_jsonld_export_can_be_embedded_in_a_script_block(hostile_queue):
    result = invoke("export", "--format", "jsonld", "--queue", hostile_queue)
    assert result.exit_code == 0, result.stderr
    assert not {"<", ">", "&"} & set(result.stdout)
    document = json.loads(result.stdout)
    (review,) = document["@graph"]
    assert review["claimReviewed"] == HOSTILE_SENTENCE  # the same data once parsed


@pytest.mark.parametrize("command", [("list",), ("show", "1"), ("list", "--json")])
def test_terminal_output_shows_control_characters_and_markup_as_text(hostile_queue, command):
    result = invoke(*command, "--queue", hostile_queue)
    assert result.exit_code == 0, result.stderr
    for control in ("\x1b", "\x9b", "\x07"):
        assert control not in result.stdout
    if command[0] == "show":
        assert "\\x1b[31mRED" in result.stdout
        assert "[bold]loud[/bold]" in result.stdout  # markup from an article is text
        assert "[blink]\\x1b[5mOutlet" in result.stdout
    if "--json" in command:
        record = json.loads(result.stdout)
        assert record["sentence"] == HOSTILE_SENTENCE  # escaped, not changed


@pytest.mark.parametrize(
    ("location", "leaked"),
    [
        ("postgresql://u:secret@127.0.0.1:1/db", "secret"),
        ("postgresql://u@127.0.0.1:1/db?password=secret&sslmode=disable", "secret"),
        ("postgres://u:s%40cret@127.0.0.1:1/db", "s%40cret"),
        ("postgresql+psycopg://u:secret@127.0.0.1:1/db", "secret"),
    ],
)
def test_no_password_is_printed(location, leaked):
    for command in (("list",), ("stats",), ("show", "1"), ("export",)):
        result = invoke(*command, "--queue", location, "--lock-timeout", "1")
        assert_error(result, 1)
        assert leaked not in result.stderr and leaked not in result.stdout
        assert "***" in result.stderr


@pytest.mark.parametrize(
    ("location", "redacted"),
    [
        ("postgresql://u:pw@h:5432/db", "postgresql://u:***@h:5432/db"),
        (
            "postgresql://u:p%3Aw@h/db?password=x&sslmode=require",
            "postgresql://u:***@h/db?password=***&sslmode=require",
        ),
        ("postgresql://h/db", "postgresql://h/db"),
        ("claims.db", "claims.db"),
    ],
)
def test_redact_location(location, redacted):
    from extractor.queue.location import redact_location

    assert redact_location(location) == redacted
