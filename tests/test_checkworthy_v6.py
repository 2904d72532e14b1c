"""Check-worthiness v6: one regression over a sentence's n-grams and its number's record
features, trained on one row per labelled line; no weight between parts, nothing chosen.

Synthetic debates only; no benchmark text."""

from __future__ import annotations

import json

import pytest

from extractor.checkworthy.combined import CombinedModel
from extractor.checkworthy.features import quantity_features, record_features
from extractor.checkworthy.joint import CLAIM_COLUMN, JointModel, claim_record, line_rows
from extractor.checkworthy.model import Example
from extractor.checkworthy.score import load_model, model_from_json
from extractor.checkworthy.selection import leave_one_debate_out
from extractor.checkworthy.train import (
    COMBINED_CONFIG_NAME,
    JOINT_CONFIG_NAME,
    load_config,
    train_combined,
    train_joint,
)

from .checkworthy_support import labelled_debate, three_debates
from .queue_support import make_claim

V6_CONFIG = load_config(name=JOINT_CONFIG_NAME)


def test_v6_config_is_a_joint_model_with_nothing_to_choose():
    assert V6_CONFIG["name"] == "checkworthy.v6" and V6_CONFIG["kind"] == "joint"
    assert "weight_grid" not in V6_CONFIG and "weight_average" not in V6_CONFIG
    assert "C_grid" not in V6_CONFIG["sentence"]
    assert "C_average_grid" not in V6_CONFIG["sentence"]  # v7 chooses among sets of C


def test_quantity_features_leave_out_who_speaks_and_how():
    claim = make_claim("a", 5, unit="percent", speaker="Jane Roe", quote="direct")
    found = quantity_features(claim)
    assert {"kind=percent", "bound=exact", "entity", "qualifiers"} <= set(found)
    assert not any(name.startswith(("speaker", "cue", "quote", "via")) for name in found)
    # v5's record features are these and more
    assert found.items() <= record_features(claim).items()


def test_a_line_is_one_row_its_claims_merged_by_the_highest_value():
    debate = labelled_debate("one", [("It cost 7 dollars, not 7000000 dollars.", 1), ("Hi.", 0)])
    texts, records, labels = line_rows([debate])
    assert texts == ["It cost 7 dollars, not 7000000 dollars.", "Hi."] and labels == [1, 0]
    magnitudes = [quantity_features(claim)["magnitude"] for claim in debate.claims[0]]
    assert records[0]["magnitude"] == max(magnitudes) > min(magnitudes)
    assert records[0][CLAIM_COLUMN] == 1.0
    assert records[1] == {}  # a line without a claim: its n-grams only
    assert claim_record(None) == {}


def test_leave_one_debate_out_fits_one_joint_model_per_debate():
    results = leave_one_debate_out(three_debates(), config=V6_CONFIG, seed=13)
    assert [held.debate.name for held, _ in results] == ["one", "two", "three"]
    for held, model in results:
        assert isinstance(model, JointModel) and model.name == "checkworthy.v6"
        examples, labels = held.examples()
        scores = model.score(examples)
        positives = [s for s, y in zip(scores, labels, strict=True) if y]
        negatives = [s for s, y in zip(scores, labels, strict=True) if not y]
        assert min(positives) > max(negatives)  # the debates are alike


def test_v6_trains_reproducibly_and_round_trips_as_json(tmp_path):
    model = train_joint(three_debates(), config=V6_CONFIG)
    assert train_joint(three_debates(), config=V6_CONFIG).to_json() == model.to_json()
    assert model.training["C"] == V6_CONFIG["sentence"]["C_average"]
    assert set(model.record_names) >= {CLAIM_COLUMN, "kind=count", "bound=exact"}
    path = tmp_path / "v6.json"
    model.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"].endswith("joint") and set(data["record"]) == set(model.record_names)
    loaded = model_from_json(data)
    assert isinstance(loaded, JointModel)
    examples = [Example(claim) for found in three_debates()[0].claims for claim in found]
    assert list(loaded.score(examples)) == pytest.approx(list(model.score(examples)), abs=1e-9)
    assert len(model.score([])) == 0


def test_model_from_json_still_reads_v5s_two_parts():
    debates = three_debates()
    v5 = train_combined(debates, config=load_config(name=COMBINED_CONFIG_NAME))
    assert isinstance(model_from_json(v5.to_json()), CombinedModel)
    with pytest.raises(ValueError):
        JointModel.from_json(v5.to_json())


def test_the_record_columns_learn_what_kind_of_number_is_checked():
    # Same words around each number: only the record tells money from minutes.
    rows = [
        ("They said it was 5 dollars.", 1),
        ("They said it was 5 minutes.", 0),
        ("We heard it was 9 dollars.", 1),
        ("We heard it was 9 minutes.", 0),
    ]
    debates = []
    for name in ("one", "two"):
        debate = labelled_debate(name, rows)
        claims = tuple(
            tuple(
                claim.model_copy(
                    update={
                        "quantity": claim.quantity.model_copy(
                            update={"unit": "USD" if "dollars" in line.text else "minute"}
                        )
                    }
                )
                for claim in found
            )
            for line, found in zip(debate.debate.lines, debate.claims, strict=True)
        )
        debates.append(type(debate)(debate.debate, claims))
    model = train_joint(debates, config=V6_CONFIG)
    coef = dict(zip(model.record_names, model.record_coef, strict=True))
    assert coef["kind=money"] > 0 > coef["kind=time"]


def test_the_shipped_model_is_a_joint_model():
    # v6 was shipped until v7 (the same regression, its set of C chosen inside the
    # training debates: tests/test_checkworthy_v7.py), then v8 (and the asker rule).
    model = load_model()
    assert isinstance(model, JointModel) and model.name == "checkworthy.v8"
    assert len(model.record_coef) == len(model.record_names)
    assert all(len(b.terms) == len(b.coef) == len(b.idf) for b in model.sentence.blocks)
