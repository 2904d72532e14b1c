"""Smoke tests of the MEANTIME adapter on a tiny synthetic file (no dataset content)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from extractor.bench import meantime, run_benchmark

TOKENS = [
    (0, "Ministry reports growth"),
    (1, "March 3 , 2010"),
    (2, "The ministry said on Tuesday that exports rose 5 percent ."),
    (3, "Officials expect 300 new jobs ."),
]


def _sample() -> str:
    lines, t_id = (
        ['<?xml version="1.0" ?><Document doc_id="1" doc_name="1_Synthetic" lang="en">'],
        0,
    )
    ids: dict[str, int] = {}
    for sentence, text in TOKENS:
        for word in text.split():
            t_id += 1
            ids.setdefault(word, t_id)
            lines.append(
                f'<token number="{t_id - 1}" sentence="{sentence}" t_id="{t_id}">{word}</token>'
            )

    def anchors(*words: str) -> str:
        return "".join(f'<token_anchor t_id="{ids[word]}"/>' for word in words)

    lines += [
        "<Markables>",
        '<TIMEX3 m_id="1" type="DATE" value="2010-03-03" functionInDocument="CREATION_TIME">'
        f"{anchors('March', '3', ',', '2010')}</TIMEX3>",
        '<TIMEX3 m_id="2" type="DATE" value="2010-03-02" functionInDocument="NONE">'
        f"{anchors('Tuesday')}</TIMEX3>",
        f'<VALUE m_id="3" type="PERCENT">{anchors("5", "percent")}</VALUE>',
        f'<VALUE m_id="4" type="QUANTITY">{anchors("300")}</VALUE>',
        '<ENTITY_MENTION m_id="5" syntactic_type="NOM">'
        f"{anchors('The', 'ministry')}</ENTITY_MENTION>",
        f'<EVENT_MENTION m_id="6" pred="say">{anchors("said")}</EVENT_MENTION>',
        '<ENTITY TAG_DESCRIPTOR="Ministry" ent_type="ORG" m_id="7"/>',
        '<EVENT TAG_DESCRIPTOR="said" class="SPEECH_COGNITIVE" m_id="8"/>',
        "</Markables>",
        "<Relations>",
        '<REFERS_TO r_id="1"><source m_id="5"/><target m_id="7"/></REFERS_TO>',
        '<REFERS_TO r_id="2"><source m_id="6"/><target m_id="8"/></REFERS_TO>',
        '<HAS_PARTICIPANT r_id="3" sem_role="Arg0">'
        '<source m_id="6"/><target m_id="5"/></HAS_PARTICIPANT>',
        "</Relations>",
        "</Document>",
    ]
    return "\n".join(lines)


@pytest.fixture()
def data_root(tmp_path: Path) -> Path:
    folder = tmp_path / "meantime" / "corpus_synthetic"
    folder.mkdir(parents=True)
    (folder / "1_Synthetic.xml").write_text(_sample(), encoding="utf-8")
    return tmp_path


def test_load_meantime_rebuilds_text_and_gold(data_root: Path) -> None:
    doc = meantime.load_meantime(meantime.xml_paths(data_root)[0])
    assert doc.text.startswith(
        "Ministry reports growth\n\nMarch 3 , 2010\n\nThe ministry said on Tuesday"
    )
    assert doc.published == datetime.date(2010, 3, 3)
    assert [(kind, m.text) for kind, m in doc.numbers] == [
        ("PERCENT", "5 percent"),
        ("QUANTITY", "300"),
    ]
    assert [(t.text, t.type) for t in doc.timexes] == [
        ("March 3 , 2010", "CREATION_TIME"),
        ("Tuesday", "DATE"),
    ]
    assert [(number.text, sorted(names)) for number, names, _ in doc.speeches] == [
        ("5 percent", ["Ministry", "The ministry"])
    ]
    for _, mention in doc.numbers:
        assert doc.text[mention.start_char : mention.end_char] == mention.text
    assert doc.annotated_end == len(doc.text)


@pytest.mark.slow
def test_run_on_synthetic_sample(data_root: Path, extractor) -> None:
    result = run_benchmark("meantime", root=data_root, extractor=extractor, detail=True)
    assert result.skipped is None and result.documents == 1
    rows = {row.measure: row for row in result.rows}
    assert rows["number recall all"].support == 2
    assert rows["number recall all"].recall == pytest.approx(1.0)
    assert rows["date span relaxed"].support == 1  # the dateline (DCT) is not scored
    assert rows["date value"].accuracy == pytest.approx(1.0)
    assert rows["speaker of speech numbers"].support == 1


def test_skips_when_absent(tmp_path: Path, extractor) -> None:
    result = run_benchmark("meantime", root=tmp_path, extractor=extractor)
    assert result.skipped and "meantime" in result.skipped


def test_real_data_loads_when_present() -> None:
    root = Path("../shared/benchmarks")
    if not meantime.available(root):
        pytest.skip("MEANTIME data not present")
    doc = meantime.load_meantime(meantime.xml_paths(root)[0])
    assert doc.published is not None
    for _, mention in doc.numbers:
        assert doc.text[mention.start_char : mention.end_char] == mention.text
