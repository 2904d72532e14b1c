"""The command line, run for real: exit codes, output, and one-line errors that name the input.

Most tests use typer's CliRunner on ``extractor.cli.app`` (same process, so the spaCy
pipeline is loaded once); one runs the installed ``extract`` console script.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from extractor.cli import app
from extractor.cli.errors import EXIT_BELOW_FLOOR, EXIT_INPUT, EXIT_MODEL, EXIT_OK, EXIT_USAGE
from extractor.inputs.decode import DEFAULT_MAX_BYTES
from extractor.inputs.records import content_id

from .conftest import SEED_ARTICLE, SEED_GOLD, SEED_PUBLISHED

SEED_CLAIMS = 6  # hand-labelled claims in the seed gold; the extractor finds all of them
# Recent Click keeps stderr apart from stdout (result.stdout / result.stderr) by default.
runner = CliRunner()


@pytest.fixture(scope="module")
def seed_gold_dir(tmp_path_factory) -> Path:
    """A gold folder holding only the seed (fixtures/gold/ also holds the Wikinews dev set,
    which has its own floors in test_gold.py)."""
    root = tmp_path_factory.mktemp("seed")
    (root / "gold").mkdir()
    (root / "articles").mkdir()
    shutil.copyfile(SEED_GOLD, root / "gold" / SEED_GOLD.name)
    shutil.copyfile(SEED_ARTICLE, root / "articles" / SEED_ARTICLE.name)
    return root / "gold"


def invoke(*args: object, input: str | bytes | None = None) -> Result:
    """Run ``extract ARGS``; whatever the exit code, no exception may escape the CLI."""
    result = runner.invoke(app, [str(arg) for arg in args], input=input)
    assert "Traceback" not in result.output
    # CliRunner records typer.Exit / usage errors as SystemExit; anything else is a crash.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def assert_one_line_error(result: Result, *fragments: str) -> None:
    """The CLI's error contract: one ``extract: error:`` line on stderr, nothing on stdout."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("extract: error: ")
    for fragment in fragments:
        assert fragment in lines[0]
    assert result.stdout == ""


# -- good input ---------------------------------------------------------------------------


def test_article_without_subcommand_prints_json_array():
    result = invoke(SEED_ARTICLE)
    assert result.exit_code == EXIT_OK
    records = json.loads(result.stdout)
    assert isinstance(records, list)
    assert len(records) == SEED_CLAIMS
    # The file's stem and a hash of its bytes: two articles never share an id (issue 15).
    assert {record["doc_id"] for record in records} == {
        content_id(SEED_ARTICLE.stem, SEED_ARTICLE.read_bytes())
    }
    assert records[0]["quantity"]["text"] == "Around 100,000"
    assert result.stderr == ""


def test_default_command_equals_explicit_file_command():
    implicit = invoke(SEED_ARTICLE)
    explicit = invoke("file", SEED_ARTICLE)
    assert explicit.exit_code == EXIT_OK
    assert implicit.stdout == explicit.stdout


def test_options_before_the_article_still_route_to_file():
    result = invoke("--format", "jsonl", SEED_ARTICLE)
    assert result.exit_code == EXIT_OK
    assert len(result.stdout.splitlines()) == SEED_CLAIMS


def test_jsonl_prints_one_record_per_line():
    result = invoke(SEED_ARTICLE, "--format", "jsonl")
    assert result.exit_code == EXIT_OK
    lines = result.stdout.splitlines()
    assert len(lines) == SEED_CLAIMS
    records = [json.loads(line) for line in lines]
    assert all(isinstance(record, dict) and "quantity" in record for record in records)
    assert records == json.loads(invoke(SEED_ARTICLE).stdout)


def test_output_file_is_written_and_stdout_stays_empty(tmp_path: Path):
    out = tmp_path / "claims.json"
    result = invoke(SEED_ARTICLE, "-o", out)
    assert result.exit_code == EXIT_OK
    assert result.stdout == ""
    assert len(json.loads(out.read_text(encoding="utf-8"))) == SEED_CLAIMS
    assert list(tmp_path.iterdir()) == [out]  # the atomic write leaves no temporary file


def test_output_into_a_missing_folder_is_an_input_error(tmp_path: Path):
    out = tmp_path / "no_such_folder" / "claims.json"
    result = invoke(SEED_ARTICLE, "-o", out)
    assert result.exit_code == EXIT_INPUT
    assert_one_line_error(result, str(out), "cannot be written")


def test_dash_reads_stdin():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    result = invoke("-", input=text)
    assert result.exit_code == EXIT_OK
    records = json.loads(result.stdout)
    assert len(records) == SEED_CLAIMS
    assert {record["doc_id"] for record in records} == {content_id("stdin", text.encode())}


def test_published_is_set_in_every_record():
    result = invoke(SEED_ARTICLE, "--published", SEED_PUBLISHED)
    assert result.exit_code == EXIT_OK
    records = json.loads(result.stdout)
    assert len(records) == SEED_CLAIMS
    assert [record["published"] for record in records] == [SEED_PUBLISHED] * SEED_CLAIMS


def test_without_published_the_field_is_null():
    records = json.loads(invoke(SEED_ARTICLE).stdout)
    assert [record["published"] for record in records] == [None] * SEED_CLAIMS


def test_bad_published_date_is_an_input_error():
    result = invoke(SEED_ARTICLE, "--published", "notadate")
    assert result.exit_code == EXIT_INPUT
    assert_one_line_error(result, "notadate", "YYYY-MM-DD")


PAGE = (
    "<!DOCTYPE html><html><head><title>Storm hits coast</title>"
    "<meta property='article:published_time' content='2022-11-10'></head>"
    "<body><nav>Home | World | Sport | 24 hours</nav><article><h1>Storm hits coast</h1>"
    "<p>Officials said that 1,200 people were evacuated from the coast on Monday "
    "after the storm.</p>"
    "<p>About 40 homes were damaged, the mayor told reporters in the town hall.</p>"
    "</article><footer>Share this article with 3 friends</footer></body></html>"
)


@pytest.mark.parametrize("name", ["page.html", "page.txt"])
def test_html_page_goes_through_trafilatura(tmp_path: Path, name: str):
    page = tmp_path / name  # by suffix, or by a leading <!DOCTYPE html> whatever the suffix
    page.write_text(PAGE, encoding="utf-8")
    saved = tmp_path / "page.article.txt"
    result = invoke(page, "--save-text", saved)
    assert result.exit_code == EXIT_OK, result.stderr
    records = json.loads(result.stdout)
    text = saved.read_text(encoding="utf-8")
    assert [r["quantity"]["value"] for r in records] == [1200, 40]  # nothing from nav or footer
    for record in records:
        assert (
            text[record["quantity"]["start_char"] : record["quantity"]["end_char"]]
            == record["quantity"]["text"]
        )
        assert record["title"] == "Storm hits coast"
        assert record["published"] == "2022-11-10"  # the page's own date when --published is absent


def test_text_input_format_reads_html_as_it_is(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    records = json.loads(invoke(page, "--input-format", "text").stdout)
    assert 24 in [
        r["quantity"]["value"] for r in records
    ]  # "24 hours" in the navigation is read too


def test_empty_html_file_is_an_empty_article(tmp_path: Path):
    page = tmp_path / "empty.html"
    page.write_text("", encoding="utf-8")
    result = invoke(page)
    assert result.exit_code == EXIT_OK
    assert json.loads(result.stdout) == []
    assert "empty article" in result.stderr


def test_html_page_without_article_text_is_an_input_error(tmp_path: Path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    result = invoke(page)
    assert result.exit_code == EXIT_INPUT
    assert_one_line_error(result, str(page), "no article text")


def test_unknown_format_is_a_usage_error():
    result = invoke(SEED_ARTICLE, "--format", "xml")
    assert result.exit_code == EXIT_USAGE
    assert_one_line_error(result, "--format", "xml")


def test_unknown_model_exits_4_with_a_clear_message():
    result = invoke(SEED_ARTICLE, "--model", "no_such_model")
    assert result.exit_code == EXIT_MODEL
    assert_one_line_error(result, "no_such_model", "not installed")


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_shows_examples_and_exit_codes(flag: str):
    result = invoke(flag)
    assert result.exit_code == EXIT_OK
    assert "Examples:" in result.stdout
    assert "extract article.txt" in result.stdout
    assert "Exit codes:" in result.stdout
    assert "score" in result.stdout


def test_file_help_shows_exit_codes():
    result = invoke("file", "--help")
    assert result.exit_code == EXIT_OK
    assert "--published" in result.stdout
    assert "Exit codes:" in result.stdout


def test_no_arguments_shows_help():
    result = invoke()
    # Click >= 8.2 exits 2 after no_args_is_help (older Click exited 0); both show the help.
    assert result.exit_code in (EXIT_OK, EXIT_USAGE)
    assert "Usage:" in result.output
    assert "Examples:" in result.output


# -- bad input ----------------------------------------------------------------------------


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "no_such_article.txt"


def _directory(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    return folder


def _binary(tmp_path: Path) -> Path:
    path = tmp_path / "picture.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return path


def _latin1(tmp_path: Path) -> Path:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le café a coûté 5 euros.".encode("latin-1"))
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_missing, "no such file"),
        (_directory, "is a directory"),
        (_binary, "binary"),
        (_latin1, "not valid UTF-8 (byte 0xe9"),
    ],
    ids=["missing", "directory", "binary", "latin-1"],
)
def test_unreadable_input_exits_1_naming_it(
    tmp_path: Path, make: Callable[[Path], Path], expected: str
):
    path = make(tmp_path)
    result = invoke(path)
    assert result.exit_code == EXIT_INPUT
    assert_one_line_error(result, str(path), expected)


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n \n"], ids=["empty", "whitespace"])
def test_empty_article_gives_no_claims_and_a_warning(tmp_path: Path, content: bytes):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    result = invoke(path)
    assert result.exit_code == EXIT_OK
    assert json.loads(result.stdout) == []
    assert "warning" in result.stderr
    assert "empty" in result.stderr
    assert str(path) in result.stderr


def test_empty_stdin_gives_no_claims_in_jsonl():
    result = invoke("-", "--format", "jsonl", input="")
    assert result.exit_code == EXIT_OK
    assert result.stdout == ""
    assert "empty" in result.stderr


def test_utf8_bom_is_dropped_and_offsets_index_the_text_after_it(tmp_path: Path):
    text = "The company said it sold 5 million cars last year.\n"
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = invoke(path)
    assert result.exit_code == EXIT_OK
    records = json.loads(result.stdout)
    assert [record["quantity"]["text"] for record in records] == ["5 million"]
    quantity = records[0]["quantity"]
    assert text[quantity["start_char"] : quantity["end_char"]] == "5 million"
    assert quantity["value"] == 5_000_000


def test_oversized_file_is_refused_before_it_is_read(tmp_path: Path):
    path = tmp_path / "big.txt"
    sentence = b"The price rose by 5 percent in the year to March, officials said. "
    path.write_bytes(sentence * (20_000_000 // len(sentence) + 1))
    assert path.stat().st_size > 2 * DEFAULT_MAX_BYTES
    started = time.perf_counter()
    result = invoke(path)
    elapsed = time.perf_counter() - started
    assert result.exit_code == EXIT_INPUT
    assert_one_line_error(result, str(path), "limit", "--max-bytes")
    # Refused from the file size alone: neither read nor parsed (parsing 20 MB takes minutes).
    assert elapsed < 5


def test_max_bytes_limit_is_reported_in_bytes_when_small(tmp_path: Path):
    path = tmp_path / "article.txt"
    path.write_bytes(b"Prices rose 5 percent. " * 100)  # 2,300 bytes
    result = invoke(path, "--max-bytes", 1000)
    assert result.exit_code == EXIT_INPUT
    # Not "0.0 MB is over the 0 MB limit": the limit a user set must read as that limit.
    assert_one_line_error(result, str(path), "2,300 bytes", "1,000 bytes", "--max-bytes")


def test_size_just_over_the_limit_is_not_rounded_to_the_limit(tmp_path: Path):
    path = tmp_path / "article.txt"
    path.write_bytes(b"x" * 1_000_001)
    result = invoke(path, "--max-bytes", 1_000_000)
    assert result.exit_code == EXIT_INPUT
    # Not "1.0 MB is over the 1.0 MB limit".
    assert_one_line_error(result, "1,000,001 bytes", "1,000,000 bytes")


def test_max_bytes_applies_to_stdin():
    result = invoke("-", "--max-bytes", 1000, input="Prices rose 5 percent. " * 100)
    assert result.exit_code == EXIT_INPUT
    assert_one_line_error(result, "<stdin>", "1,000 bytes", "--max-bytes")


def test_raising_max_bytes_lets_a_larger_article_through(tmp_path: Path):
    path = tmp_path / "article.txt"
    path.write_bytes(b"Prices rose 5 percent. " * 100)
    result = invoke(path, "--max-bytes", 10_000, "--format", "jsonl")
    assert result.exit_code == EXIT_OK
    assert len(result.stdout.splitlines()) >= 1


# -- score --------------------------------------------------------------------------------


def test_score_gold_folder_prints_a_table(seed_gold_dir: Path):
    result = invoke("score", seed_gold_dir)
    assert result.exit_code == EXIT_OK
    assert "precision" in result.stdout
    assert "recall" in result.stdout
    assert "100.0%" in result.stdout


def test_score_json_reports_perfect_f1_on_the_seed(seed_gold_dir: Path):
    result = invoke("score", seed_gold_dir, "--json")
    assert result.exit_code == EXIT_OK
    scores = json.loads(result.stdout)
    assert scores["f1"] == 1.0
    assert (scores["tp"], scores["fp"], scores["fn"]) == (SEED_CLAIMS, 0, 0)


def test_score_below_min_f1_exits_3(seed_gold_dir: Path):
    result = invoke("score", seed_gold_dir, "--min-f1", 1.01)
    assert result.exit_code == EXIT_BELOW_FLOOR
    assert "below --min-f1" in result.stderr
    assert "precision" in result.stdout  # the table is still shown


def test_score_at_min_f1_passes(seed_gold_dir: Path):
    assert invoke("score", seed_gold_dir, "--min-f1", 1.0).exit_code == EXIT_OK


def test_score_predictions_file_matches_running_the_extractor(tmp_path: Path):
    predictions = tmp_path / "predictions.jsonl"
    written = invoke(
        SEED_ARTICLE, "--published", SEED_PUBLISHED, "--format", "jsonl", "-o", predictions
    )
    assert written.exit_code == EXIT_OK
    assert len(predictions.read_text(encoding="utf-8").splitlines()) == SEED_CLAIMS
    from_file = invoke("score", SEED_GOLD, predictions, "--json")
    assert from_file.exit_code == EXIT_OK
    from_run = invoke("score", SEED_GOLD, "--json")
    assert json.loads(from_file.stdout)["f1"] == json.loads(from_run.stdout)["f1"] == 1.0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"doc_id": "x", bad\n', "invalid JSON"),
        ("[1, 2]\n", "not a claim record"),
    ],
    ids=["broken-json", "not-records"],
)
def test_score_malformed_predictions_exits_1_naming_the_file(
    tmp_path: Path, content: str, expected: str, seed_gold_dir: Path
):
    predictions = tmp_path / "predictions.jsonl"
    predictions.write_text(content, encoding="utf-8")
    result = invoke("score", seed_gold_dir, predictions)
    assert result.exit_code == EXIT_INPUT
    assert_one_line_error(result, str(predictions), expected)


def test_score_missing_gold_exits_1_naming_it(tmp_path: Path):
    gold = tmp_path / "no_such_gold.json"
    result = invoke("score", gold)
    assert result.exit_code == EXIT_INPUT
    assert_one_line_error(result, str(gold))


def test_score_empty_gold_folder_exits_1(tmp_path: Path):
    result = invoke("score", tmp_path)
    assert result.exit_code == EXIT_INPUT
    assert_one_line_error(result, str(tmp_path), "no gold .json files")


# -- the installed console script ---------------------------------------------------------


def test_installed_console_script_on_the_seed_article():
    script = Path(sys.executable).parent / "extract"
    assert script.exists(), f"{script}: console script not installed (pip install -e .)"
    completed = subprocess.run(
        [str(script), str(SEED_ARTICLE), "--published", SEED_PUBLISHED],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == EXIT_OK, completed.stderr
    records = json.loads(completed.stdout)
    assert len(records) == SEED_CLAIMS
    assert all(record["published"] == SEED_PUBLISHED for record in records)


def test_importing_the_cli_sets_no_environment_variable():
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    code = "import os, extractor.cli; print(os.environ.get('OPENBLAS_NUM_THREADS'))"
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "None"
