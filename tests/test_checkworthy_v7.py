"""Check-worthiness v7: v6's one regression, its set of C to average over chosen by
leave-one-debate-out MAP inside the training debates. Synthetic debates only."""

from __future__ import annotations

import json

from extractor.checkworthy.joint import JointModel, c_settings
from extractor.checkworthy.selection import choose_joint_settings, leave_one_debate_out
from extractor.checkworthy.train import (
    JOINT_CONFIG_NAME,
    V7_CONFIG_NAME,
    load_config,
    train_joint,
)

from .checkworthy_support import three_debates

V7_CONFIG = load_config(name=V7_CONFIG_NAME)
V6_CONFIG = load_config(name=JOINT_CONFIG_NAME)


def test_v7_is_v6_with_a_grid_of_c_sets_v6s_first():
    assert V7_CONFIG["name"] == "checkworthy.v7" and V7_CONFIG["kind"] == "joint"
    grid = c_settings(V7_CONFIG)
    assert len(grid) == 4 and grid[0] == tuple(V6_CONFIG["sentence"]["C_average"])
    assert c_settings(V6_CONFIG) == [grid[0]]  # v6: one set, nothing to choose
    assert {key: V7_CONFIG[key] for key in ("seed", "kind")} == {
        key: V6_CONFIG[key] for key in ("seed", "kind")
    }
    assert V7_CONFIG["sentence"]["blocks"] == V6_CONFIG["sentence"]["blocks"]


def test_the_choice_is_made_by_leave_one_out_map_ties_to_the_first_set():
    (values, rule), means = choose_joint_settings(three_debates(), config=V7_CONFIG, seed=13)
    assert rule is None  # v7 has no asker rule to choose
    assert len(means) == 4  # one mean MAP per set of C
    # the debates are alike, so every set ranks alike: the tie goes to v6's set
    assert values == c_settings(V7_CONFIG)[0]
    # one debate leaves nothing to leave out: the first set
    assert choose_joint_settings(three_debates()[:1], config=V7_CONFIG, seed=13) == (
        (values, None),
        {},
    )


def test_leave_one_debate_out_chooses_inside_the_training_debates_only():
    results = leave_one_debate_out(three_debates(), config=V7_CONFIG, seed=13)
    for held, model in results:
        assert isinstance(model, JointModel) and model.name == "checkworthy.v7"
        assert len(model.training["inner_map"]) == 4
        examples, labels = held.examples()
        scores = model.score(examples)
        positives = [s for s, y in zip(scores, labels, strict=True) if y]
        negatives = [s for s, y in zip(scores, labels, strict=True) if not y]
        assert min(positives) > max(negatives)


def test_v7_trains_reproducibly_and_records_its_choice(tmp_path):
    model = train_joint(three_debates(), config=V7_CONFIG)
    again = train_joint(three_debates(), config=V7_CONFIG)
    model.save(tmp_path / "a.json")
    again.save(tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data["training"]["C"] == list(c_settings(V7_CONFIG)[0])
    assert len(data["training"]["inner_map"]) == 4
