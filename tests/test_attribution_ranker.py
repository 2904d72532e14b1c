"""The speaker ranker: JSON weights (no code runs at load), the choice among the rules'
candidates, and a smoke training run on a handful of synthetic PolNeAR-style documents
(CI never retrains the shipped weights)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from extractor.errors import ModelError
from extractor.stages.attribution.ranker import SpeakerRanker, load_speaker_ranker
from extractor.stages.attribution.ranker.model import MODEL_FILE
from extractor.stages.attribution.ranker.train import (
    NumberExample,
    Scores,
    TrainConfig,
    choose_setting,
    fit,
    ranker_choice,
    rule_choice,
    score,
    train_speaker_ranker,
)


@dataclass
class Option:
    features: dict


def test_the_highest_score_wins_and_ties_go_to_the_first():
    ranker = SpeakerRanker(weights={"origin=rule": 1.0, "mention=pronoun": -2.0})
    options = [Option({"origin=cue": 1.0}), Option({"origin=rule": 1.0}), Option({"x": 1.0})]
    assert ranker.best(options) is options[1]
    assert ranker.best([options[0], options[2]]) is options[0]


def test_weights_round_trip_through_json():
    ranker = SpeakerRanker(weights={"b": 0.5, "a": -1.25}, intercept=0.1, meta={"seed": 13})
    again = SpeakerRanker.from_json(ranker.to_json())
    assert again == ranker
    assert list(json.loads(ranker.to_json())["weights"]) == ["a", "b"]  # one run, one file


@pytest.mark.parametrize(
    "text",
    ["not json", "[]", '{"format": "pickle", "weights": {"a": 1}}', '{"format": "x"}'],
)
def test_anything_but_the_weights_format_is_a_model_error(text):
    with pytest.raises(ModelError):
        SpeakerRanker.from_json(text)


def test_the_packaged_weights_load_and_are_versioned():
    ranker = load_speaker_ranker()
    assert MODEL_FILE == "speaker_ranker.v3.json"
    assert ranker.weights


def _example(right: int, n: int = 3, *, rule: int = 0) -> NumberExample:
    features = [{"bias": 1.0, f"slot={i}": 1.0} for i in range(n - 1)] + [{"none_bias": 1.0}]
    features[rule]["rule_choice"] = 1.0
    return NumberExample(
        features=features,
        speaker_right=[i == right for i in range(n)],
        cue_right=[i == right for i in range(n)],
        speaker_scored=True,
        cue_scored=True,
        in_content=True,
    )


def test_fitting_learns_a_preference_the_rules_miss():
    examples = [_example(right=1) for _ in range(20)]
    assert score(examples, rule_choice).speaker_right == 0
    ranker = fit(examples, strength=1.0, seed=13, max_iter=500)
    assert score(examples, ranker_choice(ranker)).speaker_right == 20


def _scores(right: int, outside: int) -> Scores:
    return Scores(speaker_right=right, speaker_scored=100, attributed_outside=outside)


def test_the_chosen_setting_attributes_few_more_numbers_outside_gold_than_the_rules():
    rules = _scores(60, outside=100)
    found = {(0.1, 0.1, 0.0): _scores(90, 130), (0.1, 0.2, 0.0): _scores(80, 110)}
    assert choose_setting(found, rules, tolerance=0.0) == (0.1, 0.2, 0.0)  # most precise
    assert choose_setting(found, rules, tolerance=0.15) == (0.1, 0.2, 0.0)
    assert choose_setting(found, rules, tolerance=0.3) == (0.1, 0.1, 0.0)


def test_numbers_outside_gold_contents_teach_no_speaker():
    example = _example(right=0)
    example.in_content = False
    assert example.labels() == [0, 0, 1]


ARTICLE = (
    "Acme Corp said on Monday that it would cut 4,000 jobs this year.\n\n"
    "The firm expects 200 new stores, the company said.\n\n"
    "Prices rose 5 percent in March.\n"
)


def _write_half(folder, names):
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    source, cue = ARTICLE.index("Acme Corp"), ARTICLE.index("said")
    content = ARTICLE.index("it would")
    ann = (
        f"T1\tSource {source} {source + 9}\tAcme Corp\n"
        f"T2\tCue {cue} {cue + 4}\tsaid\n"
        f"T3\tContent {content} {content + 31}\t{ARTICLE[content : content + 31]}\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    )
    for name in names:
        (folder / "text" / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
        (folder / "attributions" / f"{name}_ab12.ann").write_text(ann, encoding="utf-8")


@pytest.mark.slow
def test_a_smoke_training_run_writes_weights_that_load(tmp_path):
    pytest.importorskip("sklearn")
    root = tmp_path / "benchmarks"
    _write_half(root / "polnear" / "train", ["a", "b", "c"])
    _write_half(root / "polnear" / "dev", ["d"])
    config = TrainConfig(
        train_documents=3, strengths=(1.0,), outside_weights=(1.0,), jobs=1, max_iter=200
    )
    output = tmp_path / "speaker_ranker.v1.json"
    report = train_speaker_ranker(root, config, output)
    ranker = SpeakerRanker.from_json(output.read_text(encoding="utf-8"))
    assert ranker.meta["strength"] == 1.0
    assert report.numbers["train"] == 3 * report.numbers["dev"] > 0
    assert report.scores["dev (ranker)"]["speaker_support"] == 1
    # deterministic: the same data, config and seed write the same file
    again = tmp_path / "again.json"
    train_speaker_ranker(root, config, again)
    assert again.read_text(encoding="utf-8") == output.read_text(encoding="utf-8")


def test_features_get_a_copy_per_origin():
    from extractor.stages.attribution.ranker.features import with_origin_copies

    features = {"bias": 1.0, "origin=weak": 1.0, "path=dobj": 1.0}
    assert with_origin_copies(features, "weak") == {**features, "weak|path=dobj": 1.0}
