"""Smoke tests of the TempEval-3 adapter on a tiny synthetic TimeML file (no dataset content)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from extractor.bench import run_benchmark, tempeval3
from extractor.schema import DateRef

SAMPLE = (
    '<?xml version="1.0" ?>\n'
    "<TimeML>\n"
    "<DOCID>SYN0001</DOCID>\n"
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-15" temporalFunction="false" '
    'functionInDocument="CREATION_TIME">2001-03-15</TIMEX3></DCT>\n'
    "<TEXT>\n"
    'The council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="2001-03-13" functionInDocument="NONE">Tuesday</TIMEX3>'
    " &amp; voted.\n"
    "\n"
    'It will decide in <TIMEX3 tid="t2" type="DATE" value="2001-04" functionInDocument="NONE">'
    "April</TIMEX3> after "
    '<TIMEX3 tid="t3" type="DURATION" value="P3Y" functionInDocument="NONE">three years</TIMEX3>'
    " of talks, a member said "
    '<TIMEX3 tid="t4" type="DATE" value="PRESENT_REF" functionInDocument="NONE">now</TIMEX3>.\n'
    "</TEXT>\n"
    "</TimeML>\n"
)


@pytest.fixture()
def data_root(tmp_path: Path) -> Path:
    folder = tmp_path / "tempeval3" / "TBAQ-cleaned" / "TimeBank"
    folder.mkdir(parents=True)
    (folder / "SYN0001.tml").write_text(SAMPLE, encoding="utf-8")
    return tmp_path


def test_load_timeml_strips_tags_and_keeps_offsets(data_root: Path) -> None:
    doc = tempeval3.load_timeml(tempeval3.tml_paths(data_root)[0])
    assert doc.doc_id == "SYN0001"
    assert doc.dct == datetime.date(2001, 3, 15)
    assert "<" not in doc.text and "&amp;" not in doc.text and " & voted" in doc.text
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Tuesday", "DATE", "2001-03-13"),
        ("April", "DATE", "2001-04"),
        ("three years", "DURATION", "P3Y"),
        ("now", "DATE", "PRESENT_REF"),
    ]
    for timex in doc.timexes:
        assert doc.text[timex.start_char : timex.end_char] == timex.text


def test_score_document_strict_relaxed_and_value() -> None:
    text = "It happened in early April and Tuesday."
    gold = (
        tempeval3.Timex(21, 26, "April", "DATE", "2001-04"),
        tempeval3.Timex(31, 38, "Tuesday", "DATE", "2001-03-13"),
    )
    doc = tempeval3.TimeMLDoc("d", text, datetime.date(2001, 3, 15), gold)
    predicted = [
        DateRef(start_char=12, end_char=26, text="in early April", value="2001-04"),  # relaxed only
        DateRef(start_char=31, end_char=38, text="Tuesday", value="2001-03-06"),  # wrong value
    ]
    score = tempeval3.Score()
    details: list[str] = []
    tempeval3.score_document(doc, predicted, score, details)
    assert (score.gold, score.predicted, score.strict, score.relaxed, score.values) == (
        2,
        2,
        1,
        2,
        1,
    )
    assert any("VALUE" in line for line in details)


@pytest.mark.parametrize(
    ("value", "canonical"),
    [
        ("2000-W6", "2000-W06"),
        ("1949-XX", "1949"),
        ("199X", "199"),
        ("2001-04", "2001-04"),
        (None, None),
    ],
)
def test_canonical_value(value: str | None, canonical: str | None) -> None:
    assert tempeval3.canonical_value(value) == canonical


@pytest.mark.slow
def test_run_on_synthetic_sample(data_root: Path, extractor) -> None:
    result = run_benchmark("tempeval3", root=data_root, extractor=extractor, detail=True)
    assert result.skipped is None and result.documents == 1
    rows = {(row.system, row.measure): row for row in result.rows}
    relaxed = rows[(tempeval3.SYSTEM, "span relaxed")]
    assert relaxed.support == 3  # the DURATION and the DCT are not scored
    assert relaxed.recall == pytest.approx(1.0)
    assert rows[(tempeval3.SYSTEM, "value")].recall == pytest.approx(1.0)
    assert (tempeval3.BASELINE, "value") in rows


def test_skips_when_absent(tmp_path: Path, extractor) -> None:
    result = run_benchmark("tempeval3", root=tmp_path, extractor=extractor)
    assert result.skipped and "tempeval3" in result.skipped


def test_real_data_loads_when_present() -> None:
    root = Path("../shared/benchmarks")
    if not tempeval3.available(root):
        pytest.skip("TempEval-3 data not present")
    doc = tempeval3.load_timeml(tempeval3.tml_paths(root)[0])
    for timex in doc.timexes:
        assert doc.text[timex.start_char : timex.end_char] == timex.text
