"""Check-worthiness v5: the claim weight averaged (nothing chosen), and which kind of cue
names the speaker (a transcript's "Name:" label or a word of saying) as record features.

Synthetic debates only; no benchmark text."""

from __future__ import annotations

import numpy as np
import pytest

from extractor.checkworthy.features import record_features
from extractor.checkworthy.selection import choose_settings, claim_weights
from extractor.checkworthy.train import COMBINED_CONFIG_NAME, load_config, train_combined
from extractor.schema import Span

from .checkworthy_support import labelled_debate
from .queue_support import make_claim

V5_CONFIG = load_config(name=COMBINED_CONFIG_NAME)
ROWS = [
    ("Taxes went up by 5 trillion dollars under his plan.", 1),
    ("You have 2 minutes to respond.", 0),
    ("Murders are up 40 percent in the city.", 1),
    ("Thank you for the 3 questions tonight.", 0),
    ("Good evening and welcome.", 0),
]


def test_shipped_config_is_v5_and_averages_the_weight():
    assert V5_CONFIG["name"] == "checkworthy.v5" and "weight_grid" not in V5_CONFIG
    assert claim_weights(V5_CONFIG) == [pytest.approx(np.mean(V5_CONFIG["weight_average"]))]
    assert claim_weights(load_config(name="checkworthy.v4.config.json")) == [0, 0.25, 0.5, 1]


def test_v5_chooses_nothing_and_trains_reproducibly():
    debates = [labelled_debate(name, ROWS) for name in ("one", "two", "three")]
    (c, weight), means = choose_settings(debates, config=V5_CONFIG, seed=13)
    assert means == {}  # no inner leave-one-out: one setting
    assert c == tuple(V5_CONFIG["sentence"]["C_average"])
    assert weight == pytest.approx(np.mean(V5_CONFIG["weight_average"]))
    model = train_combined(debates, config=V5_CONFIG)
    assert model.name == "checkworthy.v5" and model.weight == weight
    assert train_combined(debates, config=V5_CONFIG).to_json() == model.to_json()


def _with_cue(claim, text):
    return claim.model_copy(update={"cue": Span(start_char=0, end_char=len(text), text=text)})


@pytest.mark.parametrize(
    ("cue", "present", "absent"),
    [
        # "Roe: We cut taxes by 5 percent." names Roe by the paragraph's label
        (":", {"cue", "cue=label"}, {"cue=word"}),
        # "Roe said taxes fell by 5 percent." names Roe by a word of saying
        ("said", {"cue", "cue=word"}, {"cue=label"}),
        (None, set(), {"cue", "cue=label", "cue=word"}),
    ],
)
def test_the_kind_of_cue_is_a_record_feature(cue, present, absent):
    claim = make_claim("a", 5, unit="percent", speaker="Jane Roe")
    if cue is not None:
        claim = _with_cue(claim, cue)
    found = {name for name, value in record_features(claim).items() if value}
    assert present <= found
    assert not (absent & found)
