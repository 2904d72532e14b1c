"""Issue #15, item 13: queue details a checker meets through `extract queue ...`.

LIKE wildcards in filters, ``list --json`` appearances and conflicts, ClaimReview
author/url/datePublished, schema.org-valid numbers in JSON-LD, outlets counted by
source, huge ids, and a queue in a read-only folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from .queue_support import check_jsonld, make_claim, write_jsonl
from .test_queue_cli import assert_error, invoke


def _queue(tmp_path: Path, claims: list) -> Path:
    db = tmp_path / "q.db"
    result = invoke("add", write_jsonl(tmp_path / "claims.jsonl", claims), "--queue", db)
    assert result.exit_code == 0, result.stderr
    return db


def _listed(db: Path, *options: object) -> list[dict]:
    result = invoke("list", "--queue", db, "--json", *options)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def percent_queue(tmp_path) -> Path:
    """One sentence says "100%"; 25 others only say 100 (and a speaker named with _)."""
    claims = [make_claim("p", 100, unit="percent", text="100%", sentence="Turnout was 100% there.")]
    claims += [
        make_claim(f"d{i}", 100 + i, entity=f"thing{i}", sentence=f"Some 100 {i} items.")
        for i in range(25)
    ]
    claims.append(make_claim("s", 7, entity="boats", speaker="Jo_Smith", sentence="Jo 7 boats."))
    claims.append(make_claim("t", 8, entity="cars", speaker="JoXSmith", sentence="Jo 8 cars."))
    return _queue(tmp_path, claims)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (("--search", "100%"), ["Turnout was 100% there."]),
        (("--search", "100%", "--speaker", "milley"), ["Turnout was 100% there."]),
        (("--speaker", "jo_"), ["Jo 7 boats."]),
        (("--search", "jo\\"), []),
    ],
)
def test_search_and_speaker_match_wildcards_literally(percent_queue, options, expected):
    assert [item["sentence"] for item in _listed(percent_queue, *options)] == expected


@pytest.fixture
def conflict_queue(tmp_path) -> Path:
    return _queue(
        tmp_path,
        [
            make_claim("bbc-1", 100000, source="bbc", published="2022-11-10"),
            make_claim("cnn-1", 100000, source="cnn", published="2022-11-11"),
            make_claim(
                "ria-1",
                5937,
                speaker="Russia",
                kind="place",
                qualifiers=("its",),
                entity="troops",
                prop="killed",  # a measure in common with Milley's: conflicts need one
                source="ria",
            ),
        ],
    )


def test_list_json_has_appearances_and_conflicts(conflict_queue):
    listed = {item["speaker"]: item for item in _listed(conflict_queue)}
    milley, russia = listed["Mark Milley"], listed["Russia"]
    assert [a["doc_id"] for a in milley["appearances"]] == ["bbc-1", "cnn-1"]
    assert milley["conflicts"] == [russia["id"]] and russia["conflicts"] == [milley["id"]]


def _jsonld(db: Path, *options: object) -> dict:
    result = invoke("export", "--format", "jsonld", "--queue", db, *options)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_claim_review_has_author_url_and_date(conflict_queue):
    listed = {item["speaker"]: item for item in _listed(conflict_queue)}
    milley = listed["Mark Milley"]["id"]
    marked = invoke("mark", milley, "checked", "--rating", "Accurate", "--queue", conflict_queue)
    assert marked.exit_code == 0, marked.stderr
    (review,) = [n for n in _jsonld(conflict_queue)["@graph"] if n["@type"] == "ClaimReview"]
    assert review["author"] == {"@type": "Organization", "name": "claim-extractor queue"}
    assert review["url"] == "https://bbc/bbc-1"  # the first appearance
    assert review["datePublished"][:10] == review["dateModified"]
    time.sleep(1.1)  # feeding a new appearance later does not move the review's date
    invoke(
        "add",
        write_jsonl(conflict_queue.parent / "more.jsonl", [make_claim("ap-1", 100000)]),
        "--queue",
        conflict_queue,
    )
    again = [n for n in _jsonld(conflict_queue, "--publisher", "Full Fact")["@graph"]]
    (later,) = [n for n in again if n["@type"] == "ClaimReview"]
    assert later["author"] == {"@type": "Organization", "name": "Full Fact"}
    assert later["datePublished"] == review["datePublished"]
    assert len(later["itemReviewed"]["appearance"]) == 3


def test_jsonld_numbers_are_where_schema_org_allows_them(conflict_queue):
    document = _jsonld(conflict_queue)
    check_jsonld(document)
    for claim in document["@graph"]:
        assert "additionalProperty" not in claim  # not a property of schema.org Claim
        (value,) = [t for t in claim["about"] if t["@type"] == "QuantitativeValue"]
        numbers = {p["name"]: p["value"] for p in value["additionalProperty"]}
        assert "bound" in numbers and "checkWorthiness" in numbers
        if value["value"] == 5937:
            assert numbers["entity"] == "troops" and numbers["bound"] == "exact"


def test_one_article_under_two_file_names_is_one_outlet(tmp_path):
    # `extract a/story.txt` and `extract b/copy.txt`: no source, no url, the same text.
    same = [
        make_claim(doc, 5937, sentence="Russia said 5,937 soldiers were killed.")
        for doc in ("story", "copy")
    ]
    records = [claim.model_copy(update={"source": None, "url": None}) for claim in same]
    records.append(make_claim("other", 5937, source="ap", sentence="Russia said 5,937 died."))
    (item,) = _listed(_queue(tmp_path, records))
    assert (item["outlets"], len(item["appearances"])) == (2, 3)


@pytest.mark.parametrize(
    "args", [("show", "99999999999999999999999"), ("mark", "99999999999999999999999", "new")]
)
def test_huge_id_is_an_unknown_item(conflict_queue, args):
    assert_error(
        invoke(*args, "--queue", conflict_queue), 1, "no queue item 99999999999999999999999"
    )


@contextlib.contextmanager
def _read_only(folder: Path):
    """The folder made read-only; as root (who writes anywhere), with the immutable flag."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)]).returncode != 0:
        pytest.skip("running as root and the folder cannot be made immutable (chattr)")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


@pytest.mark.parametrize(
    "command", [("list",), ("list", "--json"), ("show", "1"), ("export",), ("stats",)]
)
def test_reading_commands_work_in_a_read_only_folder(tmp_path, conflict_queue, command):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "q.db"
    shutil.copy(conflict_queue, db)
    with _read_only(folder):
        result = invoke(*command, "--queue", db)
        write = invoke("mark", "1", "checked", "--queue", db)
    assert result.exit_code == 0, result.stderr
    assert "Mark Milley" in result.stdout or '"appearances": 3' in result.stdout
    assert_error(write, 1, "q.db")
