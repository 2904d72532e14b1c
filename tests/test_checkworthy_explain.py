"""Why the model scores a claim as it does: its largest parts, for and against."""

from __future__ import annotations

import pytest

from extractor.checkworthy.explain import contributions, explain_claims
from extractor.checkworthy.joint import JointModel
from extractor.checkworthy.model import Example
from extractor.checkworthy.score import claim_score, scored_with_reason, scoring_with
from extractor.checkworthy.sentence_model import NgramBlock, SentenceModel

from .queue_support import make_claim


def _model() -> JointModel:
    words = NgramBlock(
        analyzer="word",
        ngram_range=(1, 1),
        terms=("deficit", "thank", "the"),
        idf=(1.0, 1.0, 1.0),
        coef=(2.0, -1.5, 0.0),
    )
    letters = NgramBlock(
        analyzer="char_wb", ngram_range=(2, 2), terms=("de",), idf=(1.0,), coef=(5.0,)
    )
    return JointModel(
        name="test",
        sentence=SentenceModel((words, letters), intercept=-1.0, C=1.0),
        record_names=("bound=approx", "claim", "kind=money", "magnitude"),
        record_coef=(-0.8, 0.5, 1.2, 0.0),
    )


def test_contributions_name_record_columns_and_words_largest_first():
    claim = make_claim("a", 8e11, unit="USD", bound="approx", sentence="The deficit, thank you.")
    parts = contributions(_model(), Example(claim))
    labels = [part.label for part in parts]
    # money 1.2; "deficit" 2 / sqrt(3) (the sentence's three known words, l2-normalised);
    # "the" and its size 0; an approximation -0.8; "thank" -1.5 / sqrt(3).
    assert labels == ["money", '"deficit"', '"the"', "its size", "an approximation", '"thank"']
    # Character n-grams count in the score but are not named; nor is the claim column.
    assert not any(label.strip('"') == "de" for label in labels) and "claim" not in labels
    deficit = next(part for part in parts if part.label == '"deficit"')
    assert deficit.points == pytest.approx(2.0 / 3**0.5)  # l2-normalised over 3 words


def test_explain_names_the_best_record_for_and_against():
    money = make_claim("a", 8e11, unit="USD", bound="approx", sentence="The deficit, thank you.")
    count = make_claim("a", 12, sentence="Thank you.")
    reason = explain_claims(_model(), [count, money], [0.2, 0.9])
    assert reason.startswith("model, mean of 2 records (best shown); for: ")
    assert 'for: money, "deficit"; against: "thank", an approximation' in reason
    assert explain_claims(_model(), [], []) == "no record"


def test_reason_uses_the_model_the_queue_scores_with():
    claim = make_claim("a", 8e11, unit="USD", sentence="The deficit.")
    with scoring_with(_model()):
        score, reason = scored_with_reason([claim])
        assert reason == 'model, its record; for: "deficit", money'
        assert score == claim_score([claim])  # the same score the queue stores
    assert scored_with_reason([claim])[1].startswith("model, its record")  # the shipped model
