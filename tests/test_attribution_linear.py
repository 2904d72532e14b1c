"""The JSON linear models' shared part (speaker ranker, mention resolver)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from extractor.errors import InputError, ModelError
from extractor.stages.attribution.linear import (
    config_from_file,
    linear_score,
    read_weights,
    weights_json,
)


def test_weights_round_trip_keeps_extra_fields_and_drops_zero_weights():
    text = weights_json(
        "test/linear", meta={"seed": 13}, intercept=0.5, weights={"b": 2.0, "a": 0.0}, margin=1.0
    )
    payload = read_weights(text, "test/linear", "test weights")
    assert payload["weights"] == {"b": 2.0}
    assert (payload["intercept"], payload["margin"], payload["meta"]) == (0.5, 1.0, {"seed": 13})
    assert linear_score(payload["weights"], payload["intercept"], {"b": 1.5, "c": 9.0}) == 3.5


@pytest.mark.parametrize(
    "text, message",
    [
        ("{", "test weights are not JSON"),
        ('{"format": "other", "weights": {"a": 1}}', "expected format 'test/linear'"),
        ('{"format": "test/linear", "weights": {}}', "no weights"),
    ],
)
def test_bad_weights_are_a_model_error_naming_the_model(text, message):
    with pytest.raises(ModelError, match=message):
        read_weights(text, "test/linear", "test weights")


@dataclass(frozen=True)
class _Config:
    seed: int = 1
    strengths: tuple[float, ...] = (1.0,)


def test_config_from_file_makes_lists_tuples_and_refuses_unknown_keys(tmp_path):
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"seed": 7, "strengths": [0.1, 1.0]}))
    assert config_from_file(_Config, path) == _Config(seed=7, strengths=(0.1, 1.0))
    path.write_text(json.dumps({"seeds": 7}))
    with pytest.raises(InputError, match=r"unknown keys \['seeds'\]"):
        config_from_file(_Config, path)
    with pytest.raises(InputError, match="cannot read training config"):
        config_from_file(_Config, tmp_path / "missing.json")
    (tmp_path / "binary.json").write_bytes(b"\x91\xff\x00")
    with pytest.raises(InputError, match="cannot read training config .*binary.json"):
        config_from_file(_Config, tmp_path / "binary.json")
    path.write_text("[1, 2]")
    with pytest.raises(InputError, match="expected a JSON object"):
        config_from_file(_Config, path)
