"""Check-worthiness: debates as articles, features, the JSON model, and the measures.

Everything here is built in the test (synthetic sentences); no benchmark data is copied."""

from __future__ import annotations

import json
import re

import pytest

from extractor.checkworthy.debates import (
    claims_by_line,
    debate_article,
    load_debate,
)
from extractor.checkworthy.evaluate import (
    average_precision,
    claim_auc,
    claim_ceiling,
)
from extractor.checkworthy.features import (
    CueWords,
    number_kind,
    record_features,
    sentence_of,
    text_features,
)
from extractor.checkworthy.model import CheckworthyModel, Example, fit_model
from extractor.checkworthy.score import claim_score, load_model
from extractor.checkworthy.train import load_config, train

from .checkworthy_support import labelled_debate
from .queue_support import make_claim

WORDS = CueWords.from_config(load_config()["words"])


# -- features: (input, expected) tables ---------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (make_claim("a", 5e12, unit="USD"), "money"),
        (make_claim("a", 12, unit="percent"), "percent"),
        (make_claim("a", 0.5, unit="fraction", text="half"), "fraction"),
        (make_claim("a", 1400), "count"),
        (make_claim("a", 1975, text="1975"), "year"),
        (make_claim("a", 2, unit="minute", text="two minutes"), "time"),
        (make_claim("a", 12, unit="kilometre"), "unit"),
    ],
)
def test_number_kind(claim, expected):
    assert number_kind(claim) == expected


@pytest.mark.parametrize(
    ("claim", "present", "absent"),
    [
        (make_claim("a", 15e6, bound="approx"), {"bound=approx", "entity", "property"}, set()),
        (make_claim("a", speaker=None), {"speaker=none"}, {"speaker=person"}),
        (make_claim("a", speaker="I", mention="I"), {"speaker=first_person"}, {"speaker=none"}),
        (
            make_claim("a", speaker="Sergei Shoigu", mention="Defence Minister Sergei Shoigu"),
            {"speaker=person", "speaker_official", "quote=indirect"},
            set(),
        ),
        (make_claim("a", 3, text="three"), {"number_in_words"}, set()),
    ],
)
def test_record_features(claim, present, absent):
    found = {name for name, value in record_features(claim).items() if value}
    assert present <= found
    assert not (absent & found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Our debt has doubled, the highest ever.",
            {"words=comparison", "words=first_plural", "words=past"},  # "doubled": -ed
        ),
        ("Maybe about 4,000 people were killed.", {"words=hedge", "words=past"}),
        ("We will create 10 million jobs.", {"words=future", "words=first_plural"}),
        ("I started it with a small loan.", {"words=first_singular", "words=past"}),
        ("You have up to two minutes?", {"words=second", "question"}),
        ("Good evening.", set()),
    ],
)
def test_text_features(sentence, expected):
    found = {name for name, value in text_features(sentence, words=WORDS).items() if value}
    assert found - {"length"} == expected


def test_cue_words_need_every_group():
    with pytest.raises(ValueError, match="hedge"):
        CueWords.from_config({"comparison": ["more"]})


# -- debates -----------------------------------------------------------------------------

TSV = "1\tHOLT\tGood evening.\t0\n2\tTRUMP\tThey fired 1,400 people.\t1\n3\tCLINTON\tNo.\t0\n"


def test_debate_article_keeps_each_sentence_span(tmp_path):
    path = tmp_path / "clef2018-test.tsv"
    path.write_text(TSV, encoding="utf-8")
    debate = load_debate(path)
    article = debate_article(debate)
    assert article.text.split("\n\n")[1] == "Trump: They fired 1,400 people."
    for line, (start, end) in zip(debate.lines, article.spans, strict=True):
        assert article.text[start:end] == line.text
    number_at = article.text.index("1,400")
    assert article.line_of(number_at) == 1
    claim = make_claim("d", 1400, start=number_at, text="1,400")
    assert [len(found) for found in claims_by_line(article, [claim])] == [0, 1, 0]


def test_bad_debate_file_is_an_error(tmp_path):
    path = tmp_path / "clef2018-bad.tsv"
    path.write_text("1\tHOLT\tno label\n", encoding="utf-8")
    with pytest.raises(ValueError, match="label"):
        load_debate(path)


# -- measures ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scores", "labels", "expected"),
    [
        ([0.9, 0.1, 0.0], [1, 0, 0], 1.0),
        ([0.1, 0.9, 0.0], [1, 0, 0], 0.5),
        ([0.0, 0.0, 0.0, 0.0], [0, 0, 0, 1], 0.25),  # ties keep line order
        ([0.5, 0.0, 0.5], [0, 1, 1], (1 / 2 + 2 / 3) / 2),
    ],
)
def test_average_precision(scores, labels, expected):
    assert average_precision(scores, labels) == pytest.approx(expected)


def test_claim_auc_only_among_claim_lines():
    scores, labels = [0.9, 0.2, 0.0, 0.5], [1, 0, 1, 0]
    assert claim_auc(scores, labels, [True, True, False, True]) == pytest.approx(1.0)
    assert claim_auc(scores, labels, [False, True, False, True]) is None


def test_claim_ceiling_ranks_check_worthy_claims_first_and_misses_the_rest():
    # Line 1 (check-worthy, a claim) first, line 0 (a claim) next, then lines 2 and 3 (no
    # claim: 0, in line order): hits at ranks 1 and 3.
    labelled = labelled_debate(
        "d", [("It cost 5.", 0), ("It grew 40.", 1), ("It grew.", 1), ("No.", 0)]
    )
    assert claim_ceiling(labelled) == pytest.approx((1 / 1 + 2 / 3) / 2)


# -- the model: trained on a handful of synthetic sentences, saved and loaded as JSON -------

CHECK_WORTHY = [
    "They raised taxes by $5 trillion since 2009.",
    "Murders are up 40 percent in Chicago.",
    "Unemployment doubled to 10 percent.",
    "The deficit grew to $800 billion a year.",
]
NOT = [
    "You have two minutes.",
    "We have three topics tonight.",
    "Thank you, two of you.",
    "I have 2 questions for you?",
]


def _examples() -> tuple[list[Example], list[int]]:
    examples, labels = [], []
    for label, sentences in ((1, CHECK_WORTHY), (0, NOT)):
        for sentence in sentences:
            number = re.search(r"\$?\d[\d,.]*|two|three", sentence).group()
            claim = make_claim("s", 1.0, text=number, sentence=sentence, speaker=None)
            examples += [Example(claim), Example(None, sentence.replace(number, "it"))]
            labels += [label, label]
    return examples, labels


def test_model_trains_and_round_trips_as_json(tmp_path):
    examples, labels = _examples()
    config = load_config()
    model = fit_model(examples, labels, config=config, C=1.0, seed=13)
    again = fit_model(examples, labels, config=config, C=1.0, seed=13)
    assert model.to_json() == again.to_json()  # seeded: the same weights
    scores = model.score([e for e in examples if e.claim is not None])
    assert min(scores[:4]) > max(scores[4:])  # it learnt its training data
    path = tmp_path / "model.json"
    model.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["name"] == "checkworthy.v2" and data["format"].endswith("linear")
    loaded = CheckworthyModel.load(path)
    assert list(loaded.score(examples)) == pytest.approx(list(model.score(examples)), abs=1e-12)


def test_shipped_model_scores_records_in_any_form():
    model = load_model()
    # The shipped model is v8 (v6's one regression over n-grams and the number's record
    # features, its set of C and the asker rule chosen inside the training debates; v2's
    # file stays beside it, tests/test_checkworthy_v8.py).
    assert model.name == "checkworthy.v8" and model.askers is not None
    assert len(model.record_coef) == len(model.record_names)
    assert all(len(b.terms) == len(b.coef) == len(b.idf) for b in model.sentence.blocks)
    claim = make_claim("a", 5e12, unit="USD", sentence="They raised taxes by $5 trillion.")
    as_json = claim.model_dump_json()
    score = claim_score([claim])
    assert 0.0 < score < 1.0
    assert claim_score([as_json]) == claim_score([json.loads(as_json)]) == score
    assert claim_score([]) == 0.0


# -- the queue: the model's score is the heaviest of the ranking's weighted parts ----------


def test_queue_ranking_weighs_the_claim_score_most():
    from extractor.queue.ranking import WEIGHTS, RankFeatures, check_worthiness, explain

    assert sum(WEIGHTS.values()) == pytest.approx(1.0)
    assert max(WEIGHTS, key=WEIGHTS.get) == "claim"
    base = RankFeatures(claim=0.0, outlets=1, last_published=None)
    worthy = RankFeatures(claim=0.9, outlets=1, last_published=None)
    assert explain(worthy, as_of=None)["claim"] == 0.9
    assert check_worthiness(worthy, as_of=None) > check_worthiness(base, as_of=None)


def test_training_chooses_c_leaving_one_debate_out():
    rows = [
        ("Taxes went up by 5 trillion dollars.", 1),
        ("You have 2 minutes.", 0),
        ("Murders are up 40 percent in the city.", 1),
        ("Thank you for the 3 questions.", 0),
        ("Good evening.", 0),
    ]
    debates = [labelled_debate(name, rows) for name in ("one", "two", "three")]
    config = load_config()
    model = train(debates, config=config)
    grid = model.training["C_grid_auc"]
    assert model.name == "checkworthy.v2"
    assert set(grid) == {str(float(c)) for c in config["model"]["C_grid"]}
    # Every C separates these alike debates (AUC 1): ties go to the smallest C.
    assert set(grid.values()) == {1.0} and model.training["C"] == min(config["model"]["C_grid"])
    assert model.training["claims"] == 3 * 4 and model.training["check_worthy"] == 6
    assert train(debates, config=config).to_json() == model.to_json()  # seeded


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Holt: The debate lasts 90 minutes.", "The debate lasts 90 minutes."),
        ("TRUMP: We lost 70,000 factories.", "We lost 70,000 factories."),
        ("He said: 5 percent of voters.", "He said: 5 percent of voters."),  # no label
        ("Roe: 547.", "Roe: 547."),  # a listing's row, not speech
    ],
)
def test_the_model_reads_a_record_sentence_without_its_transcript_label(sentence, read):
    # The model learns from what lines say, not who is named before them: a transcript's
    # record carries its paragraph label in its sentence, a debate line for training does not.
    claim = make_claim("a", 90, sentence=sentence)
    assert sentence_of(claim) == read
    assert sentence_of(claim, "given") == "given"
