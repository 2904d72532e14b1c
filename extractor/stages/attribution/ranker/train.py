"""Training the speaker ranker on PolNeAR: candidates by rule, labels from the gold
Sources and Cues, a seeded LogisticRegression (scikit-learn), weights written as JSON.

One command: ``extract train speaker --config models/speaker_ranker.v1.config.json``.
Every number the quantity stage finds in a training article is one ranking problem:
its candidates (``candidates.py``) are labelled right when the speaker matches the gold
Source of the innermost gold Content holding the number (the bench's own rule,
``bench.polnear.speaker_is_source``) and, where the gold has a Cue, the cue overlaps it;
"no speaker" is right for numbers in no gold Content (PolNeAR marks every attribution).
Numbers in Source-less Contents, and those no candidate gets right, teach nothing and are
left out of fitting (they still count, as misses, in the scores).

The regularisation strength is chosen on dev; the model is then the one fitted on train.
Article parsing runs in ``jobs`` processes, results in article order, so a run is
deterministic: same data, config and seed, same file.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path

from ....errors import InputError
from ....resources import load_resources
from .model import SpeakerRanker


@dataclass(frozen=True)
class TrainConfig:
    """What a training run reads: the data halves, how many articles, the seed, the
    regularisation strengths tried on dev."""

    seed: int = 13
    train_half: str = "train"
    dev_half: str = "dev"
    train_documents: int | None = None  # None: the whole half
    dev_documents: int | None = None
    strengths: tuple[float, ...] = (0.03, 0.1, 0.3, 1.0)
    max_iter: int = 5000
    jobs: int = 2

    @classmethod
    def from_file(cls, path: Path) -> TrainConfig:
        """A config from JSON; unknown keys are an InputError."""
        try:
            payload = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as err:
            raise InputError(f"cannot read training config {path} ({err})") from err
        unknown = set(payload) - set(cls.__dataclass_fields__)
        if unknown:
            raise InputError(f"training config {path}: unknown keys {sorted(unknown)}")
        if "strengths" in payload:
            payload["strengths"] = tuple(payload["strengths"])
        return cls(**payload)


@dataclass
class NumberExample:
    """One number of a gold article and its candidates."""

    features: list[dict[str, float]]
    speaker_right: list[bool]
    cue_right: list[bool]
    speaker_scored: bool  # inside a gold Content with a Source
    cue_scored: bool  # inside a gold Content with a Cue
    in_content: bool

    def labels(self) -> list[int] | None:
        """1 for the candidates to prefer: right speaker and cue, else right speaker."""
        if not self.in_content:
            return [int("none_bias" in features) for features in self.features]
        if not self.speaker_scored:
            return None
        both = [
            s and (c or not self.cue_scored)
            for s, c in zip(self.speaker_right, self.cue_right, strict=True)
        ]
        chosen = both if any(both) else self.speaker_right
        return [int(label) for label in chosen] if any(chosen) else None


@dataclass
class Scores:
    """Speaker and cue accuracy over numbers, as ``extract bench polnear`` counts them."""

    speaker_right: int = 0
    speaker_scored: int = 0
    cue_right: int = 0
    cue_scored: int = 0

    def add(self, example: NumberExample, chosen: int) -> None:
        if example.speaker_scored:
            self.speaker_scored += 1
            self.speaker_right += example.speaker_right[chosen]
        if example.cue_scored:
            self.cue_scored += 1
            self.cue_right += example.cue_right[chosen]

    def as_dict(self) -> dict[str, float | int]:
        return {
            "speaker": round(100 * self.speaker_right / max(1, self.speaker_scored), 1),
            "speaker_support": self.speaker_scored,
            "cue": round(100 * self.cue_right / max(1, self.cue_scored), 1),
            "cue_support": self.cue_scored,
        }


def score(examples: Iterable[NumberExample], choose) -> Scores:
    """The scores of a choice function (``example -> candidate index``)."""
    scores = Scores()
    for example in examples:
        scores.add(example, choose(example))
    return scores


def rule_choice(example: NumberExample) -> int:
    """The rules' own choice: the candidate marked so, else "no speaker" (last)."""
    return next(
        (i for i, f in enumerate(example.features) if f.get("rule_choice")),
        len(example.features) - 1,
    )


@dataclass
class TrainReport:
    """What a training run did and scored, for the model card."""

    config: dict
    strength: float
    seconds: float
    numbers: dict[str, int] = field(default_factory=dict)
    scores: dict[str, dict] = field(default_factory=dict)


def fit(examples: list[NumberExample], *, strength: float, seed: int, max_iter: int):
    """A LogisticRegression over the labelled candidates, as a ``SpeakerRanker``."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, labels = [], []
    for example in examples:
        example_labels = example.labels()
        if example_labels is None:
            continue
        rows.extend(example.features)
        labels.extend(example_labels)
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=strength, max_iter=max_iter, random_state=seed, solver="lbfgs")
    model.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    weights = {str(name): float(w) for name, w in zip(names, model.coef_[0], strict=True)}
    return SpeakerRanker(weights=weights, intercept=float(model.intercept_[0]))


def ranker_choice(ranker: SpeakerRanker):
    """A choice function from a ranker."""

    def choose(example: NumberExample) -> int:
        scored = [ranker.score(features) for features in example.features]
        return max(range(len(scored)), key=lambda i: (scored[i], -i))

    return choose


def train_speaker_ranker(data_root: Path, config: TrainConfig, output: Path) -> TrainReport:
    """Collect candidates on train and dev, choose the strength on dev, fit, write JSON."""
    from ....bench import polnear

    started = time.perf_counter()
    halves = {}
    for half, limit in (
        (config.train_half, config.train_documents),
        (config.dev_half, config.dev_documents),
    ):
        documents = polnear.load_half(Path(data_root) / polnear.DATA_DIR / half)
        if not documents:
            raise InputError(f"no PolNeAR articles under {data_root}/{polnear.DATA_DIR}/{half}")
        halves[half] = collect_examples(documents[:limit], jobs=config.jobs)
    train, dev = halves[config.train_half], halves[config.dev_half]
    fitted = {
        strength: fit(train, strength=strength, seed=config.seed, max_iter=config.max_iter)
        for strength in config.strengths
    }
    dev_scores = {s: score(dev, ranker_choice(r)) for s, r in fitted.items()}
    best = max(
        config.strengths,
        key=lambda s: (dev_scores[s].speaker_right + dev_scores[s].cue_right, -s),
    )
    ranker = fitted[best]
    report = TrainReport(
        config=asdict(config),
        strength=best,
        seconds=0.0,
        numbers={"train": len(train), "dev": len(dev)},
        scores={
            "train (rules)": score(train, rule_choice).as_dict(),
            "train (ranker)": score(train, ranker_choice(ranker)).as_dict(),
            "dev (rules)": score(dev, rule_choice).as_dict(),
            "dev (ranker)": dev_scores[best].as_dict(),
            **{f"dev (C={s})": dev_scores[s].as_dict() for s in config.strengths},
        },
    )
    report.seconds = round(time.perf_counter() - started, 1)
    meta = {k: v for k, v in asdict(report).items() if k != "seconds"}
    ranker = SpeakerRanker(weights=ranker.weights, intercept=ranker.intercept, meta=meta)
    Path(output).write_text(ranker.to_json(), encoding="utf-8")
    return report


def collect_examples(documents: list, *, jobs: int = 1) -> list[NumberExample]:
    """The candidates of every number in ``documents`` (``polnear.load_half`` rows)."""
    if jobs <= 1:
        _start_worker()
        per_document = [_document_examples(document) for document in documents]
    else:
        with get_context("spawn").Pool(jobs, initializer=_start_worker) as pool:
            per_document = pool.map(_document_examples, documents, chunksize=4)
    return [example for examples in per_document for example in examples]


_WORKER: dict = {}


def _start_worker() -> None:
    from ....pipeline import Extractor

    if "extractor" not in _WORKER:
        _WORKER["extractor"] = Extractor(resources=load_resources())


def _document_examples(document) -> list[NumberExample]:
    from .labels import document_examples

    name, text, gold = document
    return document_examples(_WORKER["extractor"], name, text, gold)
