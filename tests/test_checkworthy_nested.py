"""Nested leave-one-debate-out: the choice among configs is made inside the training
debates only. Synthetic debates only; no benchmark text."""

from __future__ import annotations

import pytest

from extractor.checkworthy.joint import JointModel
from extractor.checkworthy.nested import describe, fit_config, lodo_measures, nested
from extractor.checkworthy.train import JOINT_CONFIG_NAME, load_config

from .checkworthy_support import three_debates

SHIPPED = load_config(name=JOINT_CONFIG_NAME)  # v6: one set of C


def _variant(name: str, c_values: list[float]) -> dict:
    return {**SHIPPED, "name": name, "sentence": {**SHIPPED["sentence"], "C_average": c_values}}


def test_each_debate_is_scored_by_the_config_chosen_on_the_others():
    configs = [SHIPPED, _variant("strong-prior", [0.01])]
    found = nested(three_debates(), configs)
    assert [fold.debate for fold in found] == ["one", "two", "three"]
    for fold in found:
        assert set(fold.inner_map) == {SHIPPED["name"], "strong-prior"}
        assert fold.chosen in fold.inner_map
        # the debates are alike: claim lines perfectly ranked; the claimless positive is last
        assert fold.scores["auc"] == 1.0 and fold.scores["map"] == pytest.approx(13 / 15)


def test_a_tie_goes_to_the_config_listed_first():
    configs = [_variant("first", [1.0]), _variant("second", [1.0])]
    assert {fold.chosen for fold in nested(three_debates(), configs)} == {"first"}


def test_configs_need_distinct_names():
    with pytest.raises(ValueError, match="distinct names"):
        nested(three_debates(), [SHIPPED, SHIPPED])


def test_plain_figures_and_the_fit_on_allthree_debates():
    measured = lodo_measures(three_debates(), SHIPPED)
    assert describe(measured) == (
        "MAP 0.867 (0.867 / 0.867 / 0.867), AUC 1.000 (1.000 / 1.000 / 1.000)"
    )
    assert isinstance(fit_config(three_debates(), SHIPPED), JointModel)
