"""The throughput benchmark's bookkeeping: wall and CPU ratios from its measurements."""

from __future__ import annotations

from extractor.bench import throughput


def _fake_measure(system, jobs, path, limit, model):  # noqa: ARG001 - _measure's signature
    """spaCy twice as fast by the wall clock, ours three times as fast per CPU second; spaCy
    on numpy's BLAS as fast as ours by the wall clock, half as fast per CPU second."""
    seconds = {"spacy": 10.0, "spacy-numpy": 20.0, "batch": 20.0}[system] / jobs
    cpu_seconds = {"spacy": 30.0, "spacy-numpy": 20.0, "batch": 10.0}[system]
    return {
        "system": system,
        "jobs": jobs,
        "articles": 2,
        "words": 1000,
        "seconds": seconds,
        "words_per_s": 1000 / seconds,
        "peak_rss_main_mb": 1.0,
        "peak_rss_worker_mb": 1.0,
        "cpu_seconds": cpu_seconds,
        "words_per_cpu_s": 1000 / cpu_seconds,
    }


def test_wall_and_cpu_ratios_are_reported_for_each_process_count(tmp_path, monkeypatch):
    (tmp_path / throughput.DATA_FILE).parent.mkdir(parents=True)
    (tmp_path / throughput.DATA_FILE).write_text("", encoding="utf-8")
    monkeypatch.setattr(throughput, "_measure", _fake_measure)
    result = throughput.run(tmp_path, jobs=(1, 2))
    assert result.ratios["batch/spacy x1"] == 0.5
    assert result.ratios["batch/spacy CPU x1"] == 3.0
    assert result.ratios["batch/spacy CPU x2"] == 3.0
    assert result.ratios["batch x2/x1"] == 2.0
    assert result.ratios["batch/spacy-numpy x1"] == 1.0
    assert result.ratios["batch/spacy-numpy CPU x2"] == 2.0


def test_cpu_time_counts_this_process():
    started = throughput._cpu_seconds()
    sum(range(300_000))
    assert throughput._cpu_seconds() > started
