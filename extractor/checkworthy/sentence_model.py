"""The sentence part of the check-worthiness model: TF-IDF word and character n-grams.

Fact-checkers labelled every sentence of a debate, not only those holding a number, so
this part learns from all labelled lines (94 check-worthy in the 2018 debates, against 32
that hold a claim) and is then applied to the sentence of each claim. Each block of
n-grams (words; characters within words) is TF-IDF weighted (sublinear counts, smoothed
idf, l2-normalised per block) as scikit-learn's ``TfidfVectorizer`` does; one logistic
regression reads the blocks side by side. Saved as plain data: each block's terms, idf
and coefficients.

Given several C (v4), one regression is fitted per C on the same columns and their
coefficients averaged: the mean of linear models over the same columns is a linear model,
saved as one. Averaging replaces choosing one C on two inner folds of 10-20 positive claim
lines each, a choice that moved from fold to fold (3, 1, 1 in v3's leave-one-out).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

WORD_PATTERN = r"(?u)\b\w+\b"  # one-letter words too ("a", "I"): they carry the grammar
DIGITS = 6  # coefficients and idf are rounded to this many decimals in the file


@dataclass(frozen=True)
class NgramBlock:
    """One block of n-grams: how they are cut, their terms, idf and coefficients."""

    analyzer: str  # "word" or "char_wb"
    ngram_range: tuple[int, int]
    terms: tuple[str, ...]
    idf: tuple[float, ...]
    coef: tuple[float, ...]

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """TF-IDF rows of the texts over this block's terms (l2-normalised)."""
        counts = self._counter.transform(texts).astype(np.float64)
        np.log(counts.data, out=counts.data)
        counts.data += 1.0
        return normalize(counts @ self._idf)

    def logit(self, texts: Sequence[str]) -> np.ndarray:
        """This block's part of the linear score of each text."""
        return self.transform(texts) @ self._coef

    @cached_property
    def _idf(self) -> sparse.dia_matrix:
        return sparse.diags(np.asarray(self.idf))

    @cached_property
    def _coef(self) -> np.ndarray:
        return np.asarray(self.coef)

    @cached_property
    def _counter(self) -> CountVectorizer:
        # Built once per loaded model: checking a 20,000-term vocabulary costs more than
        # scoring one sentence.
        counter = _counter(self.analyzer, self.ngram_range, list(self.terms))
        counter._validate_vocabulary()
        return counter

    def to_json(self) -> dict[str, Any]:
        return {
            "analyzer": self.analyzer,
            "ngram_range": list(self.ngram_range),
            "terms": list(self.terms),
            "idf": list(self.idf),
            "coef": list(self.coef),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> NgramBlock:
        return cls(
            analyzer=data["analyzer"],
            ngram_range=(int(data["ngram_range"][0]), int(data["ngram_range"][1])),
            terms=tuple(data["terms"]),
            idf=tuple(float(x) for x in data["idf"]),
            coef=tuple(float(x) for x in data["coef"]),
        )


@dataclass(frozen=True)
class SentenceModel:
    """A linear model over n-gram blocks of a sentence."""

    blocks: tuple[NgramBlock, ...]
    intercept: float
    C: float | tuple[float, ...]  # several: the mean of one regression per C

    def logit(self, texts: Sequence[str]) -> np.ndarray:
        """The linear score of each sentence (positive: more check-worthy than not)."""
        total = np.full(len(texts), self.intercept)
        for block in self.blocks:
            total += block.logit(texts)
        return total

    def to_json(self) -> dict[str, Any]:
        return {
            "C": list(self.C) if isinstance(self.C, tuple) else self.C,
            "intercept": self.intercept,
            "blocks": [block.to_json() for block in self.blocks],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SentenceModel:
        blocks = tuple(NgramBlock.from_json(block) for block in data["blocks"])
        c = data["C"]
        c = tuple(float(x) for x in c) if isinstance(c, list) else float(c)
        return cls(blocks, float(data["intercept"]), c)


def _counter(analyzer: str, ngram_range: tuple[int, int], vocabulary=None) -> CountVectorizer:
    return CountVectorizer(
        analyzer=analyzer,
        ngram_range=ngram_range,
        lowercase=True,
        token_pattern=WORD_PATTERN if analyzer == "word" else None,
        vocabulary=vocabulary,
    )


def fit_sentence_model(
    texts: Sequence[str],
    labels: Sequence[int],
    *,
    settings: Mapping[str, Any],
    C: float | Sequence[float],
    seed: int,
) -> SentenceModel:
    """Fit the n-gram blocks of ``settings["blocks"]`` and one logistic regression per C
    (several C: their coefficients and intercepts averaged into one linear model)."""
    model, _ = fit_with_columns(texts, labels, None, settings=settings, C=C, seed=seed)
    return model


def fit_with_columns(
    texts: Sequence[str],
    labels: Sequence[int],
    columns: sparse.csr_matrix | None,
    *,
    settings: Mapping[str, Any],
    C: float | Sequence[float],
    seed: int,
) -> tuple[SentenceModel, np.ndarray]:
    """As ``fit_sentence_model``, with more ``columns`` read beside the n-gram blocks by
    the same regression (v6: the claim's record features); their coefficients apart."""
    vectorizers, matrices = [], []
    for block in settings["blocks"]:
        vectorizer = TfidfVectorizer(
            analyzer=block["analyzer"],
            ngram_range=tuple(block["ngram_range"]),
            min_df=int(block.get("min_df", 2)),
            lowercase=True,
            token_pattern=WORD_PATTERN if block["analyzer"] == "word" else None,
            sublinear_tf=True,
        )
        matrices.append(vectorizer.fit_transform(texts))
        vectorizers.append(vectorizer)
    many = not isinstance(C, int | float)
    values = tuple(float(c) for c in C) if many else (float(C),)
    extra = [] if columns is None else [columns]
    coef, intercept = _mean_regression(
        sparse.hstack(matrices + extra, format="csr"), np.asarray(labels), values, settings, seed
    )
    start, blocks = 0, []
    for vectorizer, matrix in zip(vectorizers, matrices, strict=True):
        end = start + matrix.shape[1]
        blocks.append(
            NgramBlock(
                analyzer=vectorizer.analyzer,
                ngram_range=tuple(vectorizer.ngram_range),
                terms=tuple(vectorizer.get_feature_names_out()),
                idf=tuple(round(float(x), DIGITS) for x in vectorizer.idf_),
                coef=tuple(round(float(x), DIGITS) for x in coef[start:end]),
            )
        )
        start = end
    model = SentenceModel(tuple(blocks), round(intercept, DIGITS), values if many else values[0])
    return model, coef[start:]


def _mean_regression(
    matrix: sparse.csr_matrix,
    labels: np.ndarray,
    values: Sequence[float],
    settings: Mapping[str, Any],
    seed: int,
) -> tuple[np.ndarray, float]:
    """The mean coefficients and intercept of one logistic regression per C."""
    coefs, intercepts = [], []
    for c in values:
        estimator = LogisticRegression(
            C=c,
            solver="liblinear",
            class_weight=settings.get("class_weight", "balanced"),
            random_state=seed,
            max_iter=1000,
        )
        estimator.fit(matrix, labels)
        coefs.append(estimator.coef_[0])
        intercepts.append(float(estimator.intercept_[0]))
    return np.mean(coefs, axis=0), float(np.mean(intercepts))
