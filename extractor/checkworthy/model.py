"""The check-worthiness model: a seeded logistic regression, saved as plain JSON.

The saved file (``models/checkworthy.v2.json``) holds everything scoring needs and
nothing that executes when loaded: the name and version, the word lists and n-gram
settings of the features, the feature names in column order (record and sentence
features, then ``ngram:`` terms), one coefficient per column, the intercept, and how it
was trained. Scores are the logistic of the linear score: with balanced class weights they
rank claims; they are not calibrated probabilities.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

from ..schema import Claim
from .features import CueWords, claim_features, sentence_of

MODEL_NAME = "checkworthy.v2"
FORMAT = "claim-extractor/checkworthy-linear"
NGRAM_PREFIX = "ngram:"


@dataclass(frozen=True)
class Example:
    """One claim to score and the sentence its features read (None: the record's own).

    In training, a sentence without a claim is an example too (``claim`` None): it teaches
    the sentence features from every labelled line, not only the lines with a number.
    """

    claim: Claim | None
    sentence: str | None = None

    @property
    def text(self) -> str:
        return sentence_of(self.claim, self.sentence)


@dataclass(frozen=True)
class CheckworthyModel:
    """Feature settings, column names and weights of a trained linear model."""

    name: str
    words: Mapping[str, Sequence[str]]
    ngrams: Mapping[str, Any]
    record_names: tuple[str, ...]
    vocabulary: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    training: Mapping[str, Any] = field(default_factory=dict)

    def vectorize(self, examples: Sequence[Example]) -> sparse.csr_matrix:
        """The feature matrix: record and sentence features, then n-grams (l2-normalised)."""
        return vectorize(
            examples,
            words=CueWords.from_config(self.words),
            ngrams=self.ngrams,
            record_names=self.record_names,
            vocabulary=self.vocabulary,
        )

    def linear(self, examples: Sequence[Example]) -> np.ndarray:
        """The linear score of each example (positive: more check-worthy than not)."""
        if not examples:
            return np.zeros(0)
        return self.vectorize(examples) @ np.asarray(self.coef) + self.intercept

    def score(self, examples: Sequence[Example]) -> np.ndarray:
        """One score in (0, 1) per example: the logistic of the linear score."""
        return 1.0 / (1.0 + np.exp(-self.linear(examples)))

    def feature_names(self) -> list[str]:
        return [*self.record_names, *(NGRAM_PREFIX + term for term in self.vocabulary)]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "name": self.name,
            "training": dict(self.training),
            "features": {"words": dict(self.words), "ngrams": dict(self.ngrams)},
            "intercept": self.intercept,
            "record_features": dict(zip(self.record_names, self.coef, strict=False)),
            "ngram_features": dict(
                zip(self.vocabulary, self.coef[len(self.record_names) :], strict=True)
            ),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CheckworthyModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a check-worthiness model file (format {data.get('format')!r})")
        records, grams = dict(data["record_features"]), dict(data["ngram_features"])
        return cls(
            name=data["name"],
            words=data["features"]["words"],
            ngrams=data["features"]["ngrams"],
            record_names=tuple(records),
            vocabulary=tuple(grams),
            coef=tuple(float(x) for x in [*records.values(), *grams.values()]),
            intercept=float(data["intercept"]),
            training=data.get("training", {}),
        )

    def save(self, path: Path) -> None:
        text = json.dumps(self.to_json(), indent=1, ensure_ascii=False, sort_keys=False)
        Path(path).write_text(text + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> CheckworthyModel:
        return cls.from_json(read_json(path))


def save_compact(data: Mapping[str, Any], path: Path) -> None:
    """A model's JSON on one line: the n-gram blocks hold ~30,000 terms."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    Path(path).write_text(text + "\n", encoding="utf-8")


def read_json(path: Path) -> Any:
    """A model file's JSON."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _count_vectorizer(ngrams: Mapping[str, Any], vocabulary=None) -> CountVectorizer:
    return CountVectorizer(
        binary=True,
        lowercase=bool(ngrams.get("lowercase", True)),
        ngram_range=tuple(ngrams.get("ngram_range", (1, 2))),
        token_pattern=ngrams.get("token_pattern", r"(?u)\b\w+\b"),
        min_df=int(ngrams.get("min_df", 1)) if vocabulary is None else 1,
        vocabulary=vocabulary,
        dtype=np.float64,
    )


def vectorize(
    examples: Sequence[Example],
    *,
    words: CueWords,
    ngrams: Mapping[str, Any],
    record_names: Sequence[str],
    vocabulary: Sequence[str],
) -> sparse.csr_matrix:
    """Record and sentence features in ``record_names`` order, then n-gram columns."""
    column = {name: index for index, name in enumerate(record_names)}
    rows, cols, values = [], [], []
    for row, example in enumerate(examples):
        for name, value in claim_features(
            example.claim, words=words, sentence=example.sentence
        ).items():
            if name in column and value:
                rows.append(row)
                cols.append(column[name])
                values.append(value)
    records = sparse.csr_matrix((values, (rows, cols)), shape=(len(examples), len(record_names)))
    if not vocabulary:
        return records
    counts = _count_vectorizer(ngrams, list(vocabulary)).transform([e.text for e in examples])
    return sparse.hstack([records, normalize(counts)], format="csr")


def fit_model(
    examples: Sequence[Example],
    labels: Sequence[int],
    *,
    config: Mapping[str, Any],
    C: float,
    seed: int,
    use_ngrams: bool = True,
    training: Mapping[str, Any] | None = None,
) -> CheckworthyModel:
    """Fit the logistic regression on labelled claims; deterministic for a seed."""
    words = CueWords.from_config(config["words"])
    record_names = sorted(
        {
            name
            for e in examples
            for name in claim_features(e.claim, words=words, sentence=e.sentence)
        }
    )
    vocabulary: list[str] = []
    if use_ngrams:
        counter = _count_vectorizer(config["ngrams"]).fit([e.text for e in examples])
        vocabulary = sorted(counter.vocabulary_)
    matrix = vectorize(
        examples,
        words=words,
        ngrams=config["ngrams"],
        record_names=record_names,
        vocabulary=vocabulary,
    )
    settings = config["model"]
    estimator = LogisticRegression(
        C=C,
        solver=settings.get("solver", "liblinear"),
        class_weight=settings.get("class_weight", "balanced"),
        random_state=seed,
        max_iter=1000,
    )
    estimator.fit(matrix, np.asarray(labels))
    return CheckworthyModel(
        name=config.get("name", MODEL_NAME),
        words={group: sorted(values) for group, values in words.groups.items()},
        ngrams=dict(config["ngrams"]),
        record_names=tuple(record_names),
        vocabulary=tuple(vocabulary),
        coef=tuple(round(float(x), 8) for x in estimator.coef_[0]),
        intercept=round(float(estimator.intercept_[0]), 8),
        training={"C": C, "seed": seed, "examples": len(examples), **(training or {})},
    )
