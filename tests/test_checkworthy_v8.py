"""Check-worthiness v8: v7's regression and the asker rule (``roles.py``), chosen together
by leave-one-debate-out MAP inside the training debates. Synthetic debates only."""

from __future__ import annotations

import json

from extractor.checkworthy.evaluate import LabelledDebate
from extractor.checkworthy.joint import JointModel, c_settings, fit_joint
from extractor.checkworthy.model import Example
from extractor.checkworthy.score import load_model, model_from_json
from extractor.checkworthy.selection import asker_rules, choose_joint_settings
from extractor.checkworthy.train import SHIPPED_CONFIG_NAME, V7_CONFIG_NAME, load_config

from .checkworthy_support import moderated_debate

V8_CONFIG = load_config(name=SHIPPED_CONFIG_NAME)
V7_CONFIG = load_config(name=V7_CONFIG_NAME)


def _debates() -> list[LabelledDebate]:
    return [moderated_debate(name) for name in ("one", "two", "three")]


def test_v8_is_v7_with_the_asker_rule_to_choose_off_first():
    assert V8_CONFIG["name"] == "checkworthy.v8" and V8_CONFIG["kind"] == "joint"
    assert c_settings(V8_CONFIG) == c_settings(V7_CONFIG)
    assert V8_CONFIG["sentence"] == V7_CONFIG["sentence"]
    rules = asker_rules(V8_CONFIG)
    assert rules[0] is None and [rule.min_share for rule in rules[1:]] == [0.25, 0.35, 0.5]
    assert asker_rules(V7_CONFIG) == [None]


def test_a_model_fitted_with_the_rule_keeps_it():
    rule = asker_rules(V8_CONFIG)[1]
    model = fit_joint(_debates(), config=V8_CONFIG, seed=13, askers=rule)
    assert model.askers == rule and model.training["askers_min_share"] == 0.25
    plain = fit_joint(_debates(), config=V8_CONFIG, seed=13)
    assert plain.askers is None and plain.record_coef == model.record_coef  # same fit


def test_the_askers_claims_score_zero_in_their_article_only():
    rule = asker_rules(V8_CONFIG)[1]
    model = fit_joint(_debates(), config=V8_CONFIG, seed=13, askers=rule)
    held = moderated_debate("held")
    examples, _ = held.examples()
    plain, ruled = model.score(examples), model.score_articles(examples)
    for example, before, after in zip(examples, plain, ruled, strict=True):
        expected = 0.0 if example.claim.speaker.name == "MOD" else before
        assert after == expected and before > 0
    # without the article's other records, nobody is known to ask
    one = [Example(examples[0].claim)]
    assert model.score_articles(one)[0] == plain[0]


def test_the_choice_is_made_inside_the_training_debates():
    (values, rule), means = choose_joint_settings(_debates(), config=V8_CONFIG, seed=13)
    assert len(means) == 4 * 4 and values in c_settings(V8_CONFIG)
    key = next(iter(means))
    assert "askers" not in key and any("askers=0.25" in k for k in means)


def test_a_model_file_keeps_its_rule(tmp_path):
    rule = asker_rules(V8_CONFIG)[2]
    model = fit_joint(_debates(), config=V8_CONFIG, seed=13, askers=rule)
    model.save(tmp_path / "v8.json")
    data = json.loads((tmp_path / "v8.json").read_text(encoding="utf-8"))
    assert data["askers"]["min_share"] == 0.35
    assert model_from_json(data).askers == rule
    off = fit_joint(_debates(), config=V7_CONFIG, seed=13)
    assert "askers" not in off.to_json() and model_from_json(off.to_json()).askers is None


def test_the_shipped_model_is_v8_and_records_its_choice():
    model = load_model()
    assert isinstance(model, JointModel) and model.name == "checkworthy.v8"
    assert tuple(model.training["C"]) in c_settings(V8_CONFIG)
    assert len(model.training["inner_map"]) == 16
