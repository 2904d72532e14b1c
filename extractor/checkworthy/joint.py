"""The check-worthiness model v6: one regression over a sentence's n-grams and its number.

v3 to v5 added two logits, a sentence part learnt from every labelled line and a claim part
learnt from the claims alone, the claim logit scaled by a weight that had to be chosen (v4:
on two inner folds, and the choice moved from fold to fold; v5: the mean of v4's grid,
taken after the scored debates had been seen). v6 has no such weight. One logistic
regression reads, side by side, the TF-IDF n-gram blocks of the sentence (v5's sentence
part) and the record features of the number (``features.quantity_features``: its kind,
bound, magnitude, whether in words; whether it has an entity, property, qualifiers), and
weighs the two kinds of columns itself. It learns from one row per labelled line, as the
labels are given: a line without a claim has no record columns, a line with several claims
takes, per column, the highest value over them (and a ``claim`` column marks a line with
one). Speaker, cue and quote features are left
out: in a transcript every line has its speaker, so they hardly vary there, and they move
whenever attribution changes.

A claim is scored on its own sentence and record; a line, or a queue item, takes the
highest score over its claims. Saved as plain JSON (``models/checkworthy.v6.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from ..schema import Claim
from .evaluate import LabelledDebate
from .features import quantity_features
from .model import Example, read_json, save_compact
from .roles import AskerSettings, askers_by_article, without_askers
from .sentence_model import DIGITS, SentenceModel, fit_with_columns

FORMAT = "claim-extractor/checkworthy-joint"
KIND = "joint"
# A column set for every row with a claim: the regression moves all claim lines at once
# there, rather than through the one-hot kinds and bounds (which also sum to it).
CLAIM_COLUMN = "claim"


@dataclass(frozen=True)
class JointModel:
    """N-gram blocks, record-feature coefficients and one intercept: one linear model."""

    name: str
    sentence: SentenceModel  # the n-gram blocks and the intercept
    record_names: tuple[str, ...]
    record_coef: tuple[float, ...]
    training: Mapping[str, Any] = field(default_factory=dict)
    askers: AskerSettings | None = None  # v8: the claims of speakers who ask score 0

    def linear(self, examples: Sequence[Example]) -> np.ndarray:
        """The linear score of each example: its sentence's n-grams plus its record."""
        if not examples:
            return np.zeros(0)
        sentence = self.sentence.logit([example.text for example in examples])
        records = record_matrix([_record(example) for example in examples], self.record_names)
        return sentence + records @ self._record_coef

    def score(
        self, examples: Sequence[Example], *, askers: Mapping[str, frozenset[str]] | None = None
    ) -> np.ndarray:
        """One score in (0, 1) per claim: it ranks, it is not a calibrated probability.
        With ``askers`` (each article's, ``article_askers``) and a model that has the asker
        rule (v8), the claims of speakers who ask score 0."""
        scores = 1.0 / (1.0 + np.exp(-self.linear(examples)))
        if askers and self.askers is not None:
            claims = [example.claim for example in examples]
            scores = np.asarray(without_askers(claims, scores, askers))
        return scores

    def article_askers(self, claims: Iterable[Claim]) -> dict[str, frozenset[str]]:
        """Who asks in each article (``doc_id``) of these records, by the model's rule
        (none without one)."""
        if self.askers is None:
            return {}
        return askers_by_article(claims, settings=self.askers)

    def score_articles(self, examples: Sequence[Example]) -> np.ndarray:
        """As ``score``, the askers found among the examples' own records: whole articles'
        claims scored at once (a debate in the bench)."""
        claims = [example.claim for example in examples if example.claim is not None]
        return self.score(examples, askers=self.article_askers(claims))

    @cached_property
    def _record_coef(self) -> np.ndarray:
        return np.asarray(self.record_coef)

    def to_json(self) -> dict[str, Any]:
        rule = {} if self.askers is None else {"askers": self.askers.to_json()}
        return {
            "format": FORMAT,
            "name": self.name,
            "training": dict(self.training),
            **rule,
            "record": dict(zip(self.record_names, self.record_coef, strict=True)),
            "sentence": self.sentence.to_json(),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> JointModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a joint check-worthiness model ({data.get('format')!r})")
        record = data["record"]
        return cls(
            name=data["name"],
            sentence=SentenceModel.from_json(data["sentence"]),
            record_names=tuple(record),
            record_coef=tuple(float(value) for value in record.values()),
            training=data.get("training", {}),
            askers=AskerSettings.from_json(data["askers"]) if data.get("askers") else None,
        )

    def save(self, path: Path) -> None:
        save_compact(self.to_json(), path)

    @classmethod
    def load(cls, path: Path) -> JointModel:
        return cls.from_json(read_json(path))


def claim_record(claim: Claim | None) -> dict[str, float]:
    """The record columns of one claim (none for a sentence without one)."""
    if claim is None:
        return {}
    return {CLAIM_COLUMN: 1.0, **quantity_features(claim)}


def _record(example: Example) -> dict[str, float]:
    return claim_record(example.claim)


def record_matrix(records: Sequence[Mapping[str, float]], names: Sequence[str]):
    """The record features as a sparse matrix, one column per name (others ignored)."""
    column = {name: index for index, name in enumerate(names)}
    rows, cols, values = [], [], []
    for row, found in enumerate(records):
        for name, value in found.items():
            if name in column and value:
                rows.append(row)
                cols.append(column[name])
                values.append(value)
    return sparse.csr_matrix((values, (rows, cols)), shape=(len(records), len(names)))


def line_rows(
    debates: Sequence[LabelledDebate],
) -> tuple[list[str], list[dict[str, float]], list[int]]:
    """One row per labelled line: its sentence, the record features of its claims (per
    feature the highest over them; none without a claim) and its label."""
    texts, records, labels = [], [], []
    for labelled in debates:
        for line, found in zip(labelled.debate.lines, labelled.claims, strict=True):
            merged: dict[str, float] = {}
            for claim in found:
                for name, value in claim_record(claim).items():
                    merged[name] = max(value, merged.get(name, 0.0))
            texts.append(line.text)
            records.append(merged)
            labels.append(line.label)
    return texts, records, labels


def c_settings(config: Mapping[str, Any]) -> list[tuple[float, ...]]:
    """The sets of C to average over that a config leaves to choose from: v7's
    ``C_average_grid`` (chosen inside the training debates), else v6's one ``C_average``."""
    sentence = config["sentence"]
    grid = sentence.get("C_average_grid") or [sentence["C_average"]]
    return [tuple(float(c) for c in values) for values in grid]


def fit_joint(
    debates: Sequence[LabelledDebate],
    *,
    config: Mapping[str, Any],
    seed: int,
    training: Mapping[str, Any] | None = None,
    C: Sequence[float] | None = None,
    askers: AskerSettings | None = None,
) -> JointModel:
    """Fit the one regression on every line of these debates, averaged over the set of C
    given (default: the config's first). With ``askers`` (v8), the model keeps the asker
    rule: it scores the claims of speakers who ask 0 (``score_articles``)."""
    texts, records, labels = line_rows(debates)
    names = sorted({name for found in records for name in found})
    c_values = tuple(float(c) for c in (C if C is not None else c_settings(config)[0]))
    sentence, coef = fit_with_columns(
        texts,
        labels,
        record_matrix(records, names),
        settings=config["sentence"],
        C=c_values,
        seed=seed,
    )
    rule = {} if askers is None else {"askers_min_share": askers.min_share}
    return JointModel(
        name=config["name"],
        sentence=sentence,
        record_names=tuple(names),
        record_coef=tuple(round(float(x), DIGITS) for x in coef),
        training={"C": list(c_values), "seed": seed, **rule, **(training or {})},
        askers=askers,
    )
