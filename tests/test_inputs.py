"""The one input path: `extract FILE` and `extract batch` read an article file alike, and
the trafilatura adapter leaves the process's logging as it found it."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.adapters.trafilatura import html_to_article
from extractor.errors import InputError
from extractor.inputs.dumps import expand_inputs, iter_records
from extractor.inputs.files import read_article, read_file
from extractor.inputs.formats import SUFFIX_FORMATS, input_format
from extractor.inputs.pages import parse_page

# No leading <html>: by its content alone this is not a page, so only the suffix decides.
PAGE = (
    "<head><title>Storm hits coast</title>"
    "<meta property='article:published_time' content='2022-11-10'></head>"
    "<body><nav>Home | World | Sport</nav><article><h1>Storm hits coast</h1>"
    "<p>Officials said that 1,200 people were evacuated from the coast on Monday.</p>"
    "<p>About 40 homes were damaged, the mayor told reporters in the town hall.</p>"
    "</article><footer>Share this article</footer></body>"
)
ARTICLE_SUFFIXES = sorted(s for s, kind in SUFFIX_FORMATS.items() if kind in ("text", "html"))


def test_xhtml_is_html():
    assert input_format("page.xhtml") == "html"
    assert input_format("PAGE.XHTML") == "html"


@pytest.mark.parametrize("suffix", ARTICLE_SUFFIXES)
def test_file_and_batch_read_an_article_file_alike(tmp_path: Path, suffix: str):
    path = tmp_path / f"article{suffix}"
    path.write_text(PAGE, encoding="utf-8")
    from_file = read_article(str(path))
    read = read_file(str(path), kind=input_format(path))
    from_batch = parse_page(read)  # a batch parses a page in its worker
    assert from_file == from_batch
    assert from_file.from_html == (SUFFIX_FORMATS[suffix] == "html")
    assert expand_inputs([str(tmp_path)]) == [str(path)]
    assert list(iter_records([str(tmp_path)])) == [read]


def test_an_xhtml_page_goes_through_trafilatura_on_both_paths(tmp_path: Path):
    path = tmp_path / "page.xhtml"
    path.write_text(PAGE, encoding="utf-8")
    [record] = iter_records([str(tmp_path)])
    record = parse_page(record)
    assert record.error is None and record.from_html
    assert record.title == "Storm hits coast"
    assert "Home | World" not in record.text
    assert read_article(str(path)).text == record.text


def test_page_date_is_the_fallback_and_a_given_date_wins(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert read_article(str(path)).usable_published() == "2022-11-10"
    given = read_article(str(path), published="2023-01-02")
    assert given.usable_published() == "2023-01-02"


def test_importing_the_adapter_leaves_logging_alone():
    code = (
        "import logging, extractor.adapters.trafilatura; "
        "print(logging.getLogger('trafilatura').level)"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert completed.stdout.strip() == str(logging.NOTSET)


def test_the_adapter_quiets_trafilatura_only_during_its_call(caplog):
    import trafilatura

    logger = logging.getLogger("trafilatura")
    assert logger.level == logging.NOTSET
    with caplog.at_level(logging.WARNING):
        trafilatura.bare_extraction("<p>x</p>")  # called directly: "discarding data" warning
    assert any(r.levelno == logging.WARNING for r in caplog.records)
    caplog.clear()
    with caplog.at_level(logging.WARNING), pytest.raises(InputError, match="no article text"):
        html_to_article("<p>x</p>", name="fragment.html")
    assert logger.level == logging.NOTSET
    assert [r for r in caplog.records if r.levelno == logging.WARNING] == []


@pytest.mark.parametrize(
    ("line", "column"),
    [
        ('{"id": "d", "text": \n', 21),  # cut short, with the line's own newline
        ('{"id": "d" "text": "x"}', 12),  # a missing comma
    ],
)
def test_a_malformed_record_names_where_in_its_line(line, column):
    from extractor.inputs.jsonl import DEFAULT_FIELDS, json_record

    record = json_record(line, origin="dump.jsonl:4", fields=DEFAULT_FIELDS)
    assert record.error is not None
    assert record.error.startswith("malformed JSON: ")
    assert record.error.endswith(f"at column {column}")
