"""PolNeAR adapter: a synthetic brat sample (written here, no dataset content) and the skip."""

from __future__ import annotations

import pytest

from extractor.bench import default_data_root, polnear, run_benchmark

TEXT = (
    "Mayor John Smith spoke on Monday.\n\n"
    "Smith said that 300 homes were destroyed.\n\n"
    "About 40 roads were closed.\n\n"
)
# Source "Smith", Cue "said", Content "that 300 homes were destroyed"; a discontinuous
# Content with a digit the extractor has no claim for; a relation without a Source.
ANN = "\n".join(
    [
        "T1\tSource 35 40\tSmith",
        "T2\tCue 41 45\tsaid",
        "T3\tContent 46 75\tthat 300 homes were destroyed",
        "T4\tAttribution 41 45\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "T5\tContent 0 5;6 10\tMayor John",
        "T6\tCue 11 16\tSmith",
        "T7\tAttribution-no-source 11 16\tSmith",
        "E2\tAttribution-no-source:T7 Content:T5 Cue:T6",
        "#1\tAnnotatorNotes T1\ta note",
    ]
)


@pytest.fixture
def sample_root(tmp_path):
    half = tmp_path / polnear.DATA_DIR / "dev"
    (half / "text").mkdir(parents=True)
    (half / "attributions").mkdir()
    (half / "text" / "sample.txt").write_text(TEXT, encoding="utf-8")
    (half / "attributions" / "sample_ab12.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / polnear.DATA_DIR / "metadata.tsv").write_text(
        "compartment\tfilename\tpublication_date\ndev\tsample\t2016-09-12\n", encoding="utf-8"
    )
    return tmp_path


def test_parse_ann_reads_fragments_and_relations():
    gold = polnear.parse_ann(ANN)
    assert [g.content for g in gold] == [((46, 75),), ((0, 5), (6, 10))]
    assert gold[0].source == ((35, 40),) and gold[1].source is None
    assert TEXT[46:75] == "that 300 homes were destroyed"


def test_adapter_scores_a_synthetic_sample(sample_root, extractor):
    result = run_benchmark("polnear", root=sample_root, extractor=extractor, detail=True)
    assert result.skipped is None and result.documents == 1
    rows = {row.measure: row for row in result.rows}
    assert rows["numeric attribution: number found"].recall == 1.0
    assert rows["speaker (claims in gold Content with Source)"].accuracy == 1.0
    assert rows["cue (claims in gold Content with Cue)"].accuracy == 1.0
    assert rows["attributed claims inside a gold Content"].precision == 1.0


def test_speaker_match_by_name():
    from extractor.schema import Span as TextSpan
    from extractor.schema import Speaker

    text = "the Clinton campaign said"
    source = ((0, 20),)

    class _Claim:
        speaker = Speaker(
            name="Hillary Clinton",
            mention=TextSpan(start_char=100, end_char=103, text="she"),
            kind="person",
        )

    assert polnear.speaker_matches(text, _Claim(), source)
    _Claim.speaker = Speaker(
        name="Donald Trump",
        mention=TextSpan(start_char=100, end_char=103, text="he"),
        kind="person",
    )
    assert not polnear.speaker_matches(text, _Claim(), source)


def test_skips_when_data_absent(tmp_path, extractor):
    result = run_benchmark("polnear", root=tmp_path, extractor=extractor)
    assert result.skipped and "polnear" in result.skipped


@pytest.mark.skipif(not polnear.available(default_data_root()), reason="PolNeAR data not present")
def test_real_data_loads():
    documents = polnear.load_half(default_data_root() / polnear.DATA_DIR / "dev")
    assert documents and all(text for _, text, _ in documents)
