"""Check-worthiness v3 and v4: the sentence part (TF-IDF n-grams; in v4 averaged over C),
the combined model, its JSON file and the nested choice of settings. Synthetic sentences
only; no benchmark text."""

from __future__ import annotations

import json

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from extractor.checkworthy.combined import CombinedModel
from extractor.checkworthy.model import Example
from extractor.checkworthy.selection import (
    choose_settings,
    fit_on,
    leave_one_debate_out,
    sentence_c_grid,
)
from extractor.checkworthy.sentence_model import fit_sentence_model
from extractor.checkworthy.train import load_config, train_combined

from .checkworthy_support import labelled_debate
from .queue_support import make_claim

# v3's config (one C chosen from a grid) stays loadable: its tests keep the grid's path.
CONFIG = load_config(name="checkworthy.v3.config.json")
V4_CONFIG = load_config(name="checkworthy.v4.config.json")

# Check-worthy: a past fact with a number, or a sweeping comparison without one (the
# sentence part learns from sentences without a claim too).
ROWS = [
    ("Taxes went up by 5 trillion dollars under his plan.", 1),
    ("You have 2 minutes to respond.", 0),
    ("Murders are up 40 percent in the city.", 1),
    ("Thank you for the 3 questions tonight.", 0),
    ("Crime is higher than it has ever been.", 1),
    ("Good evening and welcome.", 0),
    ("Let us move on to the next topic.", 0),
    ("The deficit doubled to 800 billion dollars.", 1),
]


def test_sentence_part_reads_tfidf_as_scikit_learn_does():
    texts, labels = [text for text, _ in ROWS], [label for _, label in ROWS]
    model = fit_sentence_model(texts, labels, settings=CONFIG["sentence"], C=1.0, seed=13)
    for block, settings in zip(model.blocks, CONFIG["sentence"]["blocks"], strict=True):
        reference = TfidfVectorizer(
            analyzer=settings["analyzer"],
            ngram_range=tuple(settings["ngram_range"]),
            min_df=settings["min_df"],
            token_pattern=r"(?u)\b\w+\b" if settings["analyzer"] == "word" else None,
            sublinear_tf=True,
        ).fit(texts)
        assert list(block.terms) == list(reference.get_feature_names_out())
        ours, theirs = block.transform(texts).toarray(), reference.transform(texts).toarray()
        assert np.allclose(ours, theirs, atol=1e-5)  # idf is stored to 6 decimals
    scores = model.logit(texts)
    assert min(s for s, y in zip(scores, labels, strict=True) if y) > max(
        s for s, y in zip(scores, labels, strict=True) if not y
    )  # it learnt its training data


def test_combined_model_is_seeded_and_round_trips_as_plain_json(tmp_path):
    debates = [labelled_debate("one", ROWS), labelled_debate("two", ROWS)]
    model = fit_on(debates, config=CONFIG, C=1.0, weight=0.5, seed=13)
    again = fit_on(debates, config=CONFIG, C=1.0, weight=0.5, seed=13)
    assert model.to_json() == again.to_json()
    path = tmp_path / "model.json"
    model.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["name"] == "checkworthy.v3" and data["format"].endswith("combined")
    loaded = CombinedModel.load(path)
    examples, _ = debates[0].examples()
    assert list(loaded.score(examples)) == pytest.approx(list(model.score(examples)), abs=1e-12)
    assert len(loaded.score([])) == 0


def test_weight_zero_is_the_sentence_part_alone():
    model = fit_on(
        [labelled_debate("one", ROWS), labelled_debate("two", ROWS)],
        config=CONFIG,
        C=1.0,
        weight=0.0,
        seed=13,
    )
    sentence = "Exports fell by 12 percent."
    example = Example(make_claim("a", 12, unit="percent", sentence=sentence))
    assert model.linear([example])[0] == pytest.approx(model.sentence.logit([sentence])[0])


def test_settings_are_chosen_inside_the_training_debates():
    debates = [labelled_debate(name, ROWS) for name in ("one", "two", "three")]
    (c, weight), means = choose_settings(debates, config=CONFIG, seed=13)
    grid = {
        f"C={float(c)},w={float(w)}"
        for c in CONFIG["sentence"]["C_grid"]
        for w in CONFIG["weight_grid"]
    }
    assert set(means) == grid
    # Alike debates: every setting separates them (AUC 1); ties go to the strongest prior.
    assert set(means.values()) == {1.0}
    assert (c, weight) == (min(CONFIG["sentence"]["C_grid"]), min(CONFIG["weight_grid"]))
    # Each held-out debate's model: its settings chosen on the two others, two inner folds.
    results = leave_one_debate_out(debates, config=CONFIG, seed=13)
    assert [held_out.debate.name for held_out, _ in results] == ["one", "two", "three"]
    assert all(model.training["inner_auc"] == means for _, model in results)


def test_train_combined_records_its_data_and_choice():
    debates = [labelled_debate(name, ROWS) for name in ("one", "two", "three")]
    model = train_combined(debates, config=CONFIG)
    assert model.training["check_worthy"] == 3 * 4 and model.training["claims"] == 3 * 5
    assert model.training["data"] == ["one", "two", "three"]
    assert "grid_auc" in model.training and model.training["seed"] == CONFIG["seed"]
    assert train_combined(debates, config=CONFIG).to_json() == model.to_json()


# -- v4: the sentence part is the mean of one regression per C ------------------------------


def test_shipped_config_is_v4_and_averages_over_c():
    assert V4_CONFIG["name"] == "checkworthy.v4"
    assert sentence_c_grid(V4_CONFIG) == [tuple(V4_CONFIG["sentence"]["C_average"])]
    assert sentence_c_grid(CONFIG) == sorted(CONFIG["sentence"]["C_grid"])


def test_sentence_part_averaged_over_c_is_the_mean_of_its_regressions():
    texts, labels = [text for text, _ in ROWS], [label for _, label in ROWS]
    grid = tuple(V4_CONFIG["sentence"]["C_average"])
    settings = V4_CONFIG["sentence"]
    averaged = fit_sentence_model(texts, labels, settings=settings, C=grid, seed=13)
    singles = [fit_sentence_model(texts, labels, settings=settings, C=c, seed=13) for c in grid]
    probe = [*texts, "Spending fell by 3 percent since last year.", "Welcome back."]
    mean = np.mean([single.logit(probe) for single in singles], axis=0)
    assert grid == averaged.C
    assert averaged.logit(probe) == pytest.approx(mean, abs=1e-4)  # stored to 6 decimals
    one = fit_sentence_model(texts, labels, settings=settings, C=(1.0,), seed=13)
    assert one.logit(probe) == pytest.approx(singles[1].logit(probe), abs=1e-9)


def test_v4_chooses_only_the_weight_and_round_trips(tmp_path):
    debates = [labelled_debate(name, ROWS) for name in ("one", "two", "three")]
    (c, weight), means = choose_settings(debates, config=V4_CONFIG, seed=13)
    label = "mean(" + ",".join(str(float(x)) for x in V4_CONFIG["sentence"]["C_average"]) + ")"
    assert set(means) == {f"C={label},w={float(w)}" for w in V4_CONFIG["weight_grid"]}
    # Alike debates: every weight separates them; ties go to the smallest weight.
    assert c == tuple(V4_CONFIG["sentence"]["C_average"]) and weight == min(
        V4_CONFIG["weight_grid"]
    )
    model = train_combined(debates, config=V4_CONFIG)
    assert model.name == "checkworthy.v4" and model.training["C"] == c
    path = tmp_path / "v4.json"
    model.save(path)
    loaded = CombinedModel.load(path)
    assert c == loaded.sentence.C and json.loads(path.read_text())["training"]["C"] == list(c)
    examples, _ = debates[0].examples()
    assert list(loaded.score(examples)) == pytest.approx(list(model.score(examples)), abs=1e-12)
