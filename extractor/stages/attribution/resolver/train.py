"""Training the mention resolver on GUM: anaphors and candidates as at run time, labels
from the gold chains, a seeded pairwise LogisticRegression (scikit-learn), JSON weights.

One command: ``extract train resolver --config models/mention_resolver.v1.config.json``.
Each GUM document is parsed by the project's spaCy pipeline on GUM's own tokens, and read
by the rules as an article would be (``SpeakerResolver``: names, kinds, subjects; the cue
rules: the speakers so far). Every gold mention the resolver would be asked about (a
third-person pronoun, a definite description of ``speaker_descriptions``) is one ranking
problem: its candidates are right when one of their mentions before it lies in a gold
mention of the same entity; "none of them" is right when no candidate is.

Documents are split by a fixed rule (every ``test_every``-th in name order is held out);
the weights are fitted on the others. Parsing runs in ``jobs`` processes, results in
document order, so a run is deterministic: same data, config and seed, same file.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from dataclasses import asdict, dataclass, field, replace
from multiprocessing import get_context
from pathlib import Path

from ....errors import InputError
from ..linear import config_from_file
from .gum import GumDocument, innermost_entities, load_gum
from .model import MentionResolver


@dataclass(frozen=True)
class ResolverConfig:
    """What a training run reads: the split, the seed, the regularisation strength."""

    seed: int = 13
    test_every: int = 5  # every 5th document (name order, from the first) is held out
    documents: int | None = None  # None: all of them (a smoke test uses a few)
    strengths: tuple[float, ...] = (0.1, 0.3, 1.0)  # chosen by cross-validation on train
    folds: int = 4
    max_iter: int = 5000
    jobs: int = 2

    @classmethod
    def from_file(cls, path: Path) -> ResolverConfig:
        """A config from JSON; unknown keys are an InputError."""
        return config_from_file(cls, path)


@dataclass
class AnaphorExample:
    """One anaphor, its options (candidates, then "none of them") and their labels."""

    category: str
    features: list[dict[str, float]]
    labels: list[bool]
    baseline: int | None  # the most recent compatible candidate
    rule_right: bool  # the rules' own resolution names a right candidate

    @property
    def resolvable(self) -> bool:
        return any(self.labels[:-1])


@dataclass
class Tally:
    right: int = 0
    system: int = 0  # the model's pick, the rules' answer when it picks none
    baseline: int = 0
    rule: int = 0
    total: int = 0
    unresolvable: int = 0
    none_chosen: int = 0

    def as_dict(self) -> dict:
        def pct(n: int, d: int) -> float:
            return round(100 * n / max(1, d), 1)

        return {
            "resolvable": self.total,
            "model": pct(self.right, self.total),
            "model_else_rules": pct(self.system, self.total),
            "most_recent_compatible": pct(self.baseline, self.total),
            "rules": pct(self.rule, self.total),
            "unresolvable": self.unresolvable,
            "none_chosen": pct(self.none_chosen, self.unresolvable),
        }


GROUPS = {"pronouns": ("he", "she", "they", "it"), "he/she": ("he", "she")}


def evaluate(examples: list[AnaphorExample], resolver: MentionResolver) -> dict[str, dict]:
    """Accuracy of the chosen antecedent among resolvable anaphors (model, baseline,
    rules) and how often "none of them" is chosen for the others, per group."""
    tallies: dict[str, Tally] = {}
    for example in examples:
        chosen = resolver.choose_index(example.features)
        groups = [name for name, members in GROUPS.items() if example.category in members] + [
            example.category
        ]
        for group in groups:
            tally = tallies.setdefault(group, Tally())
            if example.resolvable:
                tally.total += 1
                tally.right += example.labels[chosen]
                none = chosen == len(example.features) - 1
                tally.system += example.rule_right if none else example.labels[chosen]
                tally.baseline += example.baseline is not None and example.labels[example.baseline]
                tally.rule += example.rule_right
            else:
                tally.unresolvable += 1
                tally.none_chosen += chosen == len(example.features) - 1
    return {name: tallies[name].as_dict() for name in sorted(tallies)}


def fit(examples: list[AnaphorExample], *, strength: float, seed: int, max_iter: int):
    """A pairwise LogisticRegression (each right option against each wrong one of the same
    anaphor, both ways round, no intercept) as a ``MentionResolver``."""
    import numpy as np
    from scipy import sparse
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, pairs = [], []
    for example in examples:
        if all(example.labels) or not any(example.labels):
            continue
        base = len(rows)
        rows.extend(example.features)
        right = [base + i for i, label in enumerate(example.labels) if label]
        wrong = [base + i for i, label in enumerate(example.labels) if not label]
        pairs.extend((r, w) for r in right for w in wrong)
    vectorizer = DictVectorizer(sort=True)
    matrix = sparse.csr_matrix(vectorizer.fit_transform(rows))
    first = np.array([r for r, _ in pairs] + [w for _, w in pairs])
    second = np.array([w for _, w in pairs] + [r for r, _ in pairs])
    targets = np.array([1] * len(pairs) + [0] * len(pairs))
    model = LogisticRegression(
        C=strength, max_iter=max_iter, random_state=seed, solver="lbfgs", fit_intercept=False
    )
    model.fit(matrix[first] - matrix[second], targets)
    names = vectorizer.get_feature_names_out()
    return MentionResolver(
        weights={str(n): float(w) for n, w in zip(names, model.coef_[0], strict=True)}
    )


def cross_validate(per_document: list[list[AnaphorExample]], strength: float, config) -> dict:
    """Per category, over the resolvable anaphors of the training documents (each of
    ``config.folds`` folds of documents scored by a model fitted on the others): how many
    the model gets right (the rules' answer when it picks none), how many the rules do,
    and how many there are."""
    found: dict[str, list[int]] = {}
    for fold in range(config.folds):
        fitted = [e for i, d in enumerate(per_document) if i % config.folds != fold for e in d]
        scored = [e for i, d in enumerate(per_document) if i % config.folds == fold for e in d]
        if not scored or not fitted:
            continue
        model = fit(fitted, strength=strength, seed=config.seed, max_iter=config.max_iter)
        for example in scored:
            if example.resolvable:
                chosen = model.choose_index(example.features)
                none = chosen == len(example.features) - 1
                counts = found.setdefault(example.category, [0, 0, 0])
                counts[0] += example.rule_right if none else example.labels[chosen]
                counts[1] += example.rule_right
                counts[2] += 1
    return {category: found[category] for category in sorted(found)}


def _accuracy(cross: dict) -> float:
    return sum(c[0] for c in cross.values()) / max(1, sum(c[2] for c in cross.values()))


@dataclass
class ResolverReport:
    config: dict
    strength: float = 0.0
    categories: list[str] = field(default_factory=list)
    # strength -> category -> [model right, rules right, resolvable anaphors]
    cross_validation: dict[str, dict] = field(default_factory=dict)
    documents: dict[str, int] = field(default_factory=dict)
    anaphors: dict[str, int] = field(default_factory=dict)
    scores: dict[str, dict] = field(default_factory=dict)
    seconds: float = 0.0


def train_mention_resolver(data_root: Path, config: ResolverConfig, output: Path):
    """Collect GUM examples, fit on the training documents, score the held-out ones,
    write the weights (with the scores in ``meta``)."""
    started = time.perf_counter()
    documents = load_gum(data_root)[: config.documents]
    if not documents:
        raise InputError(f"no GUM documents under {Path(data_root) / 'gum-coref' / 'conll'}")
    held_out = [i % config.test_every == 0 for i in range(len(documents))]
    per_document = collect_examples(documents, jobs=config.jobs)
    return fit_and_report(per_document, held_out, config, output, started)


def fit_and_report(per_document, held_out, config, output, started) -> ResolverReport:
    """Choose the strength by cross-validation on the training documents, fit on all of
    them, score both halves, write the weights."""
    training = [examples for examples, out in zip(per_document, held_out, strict=True) if not out]
    train = [e for examples in training for e in examples]
    test = [
        e for examples, out in zip(per_document, held_out, strict=True) if out for e in examples
    ]
    cross = {s: cross_validate(training, s, config) for s in config.strengths}
    strength = max(config.strengths, key=lambda s: (_accuracy(cross[s]), -s))
    # Used only where it beat the rules in cross-validation ("keep it where it helps").
    categories = tuple(c for c, (model, rules, _) in cross[strength].items() if model > rules)
    resolver = fit(train, strength=strength, seed=config.seed, max_iter=config.max_iter)
    resolver = replace(resolver, categories=categories)
    report = ResolverReport(
        config=asdict(config),
        strength=strength,
        categories=list(categories),
        cross_validation={str(s): cross[s] for s in config.strengths},
        documents={"train": held_out.count(False), "held_out": held_out.count(True)},
        anaphors={"train": len(train), "held_out": len(test)},
        scores={"held_out": evaluate(test, resolver), "train": evaluate(train, resolver)},
    )
    meta = {k: v for k, v in asdict(report).items() if k != "seconds"}
    Path(output).write_text(replace(resolver, meta=meta).to_json(), encoding="utf-8")
    report.seconds = round(time.perf_counter() - started, 1)
    return report


def collect_examples(documents: list[GumDocument], *, jobs: int = 1) -> list[list]:
    """The anaphor examples of each document, in document order."""
    if jobs <= 1:
        _start_worker()
        return [_document_examples(document) for document in documents]
    with get_context("spawn").Pool(jobs, initializer=_start_worker) as pool:
        return pool.map(_document_examples, documents, chunksize=2)


_WORKER: dict = {}


def _start_worker() -> None:
    from ....nlp import build_nlp
    from ....resources import load_resources

    if "nlp" not in _WORKER:
        _WORKER["nlp"] = build_nlp()
        _WORKER["resources"] = load_resources()


def _document_examples(document: GumDocument) -> list[AnaphorExample]:
    return document_examples(document, nlp=_WORKER["nlp"], resources=_WORKER["resources"])


def document_examples(document: GumDocument, *, nlp, resources) -> list[AnaphorExample]:
    """The labelled anaphors of one GUM document, read as the rules read an article."""
    from spacy.tokens import Doc

    from ..attribute import speaker_histories
    from ..cues import CueContext, find_sentence_cues
    from ..speakers import SpeakerResolver
    from .anaphora import find_anaphor, find_antecedents, most_recent_compatible
    from .model import candidate_features

    doc = nlp(Doc(nlp.vocab, words=list(document.tokens)))
    rules = SpeakerResolver([doc], resources=resources)
    sents = list(doc.sents)
    histories = speaker_histories(
        find_sentence_cues(sents, CueContext(resources=resources, resolver=rules))
    )
    sent_starts = [sent.start for sent in sents]
    records, sentences = rules.learned_context()
    entities = innermost_entities(document)
    token_starts = [token.idx for token in doc]
    examples = []
    for mention in document.mentions:
        span = doc[mention.start : mention.end]
        position = span.start_char
        anaphor = find_anaphor(
            span, position=position, sentence=sentences.index(position), resources=resources
        )
        if anaphor is None:
            continue
        history = histories[bisect_right(sent_starts, span.start) - 1]
        candidates = find_antecedents(
            records,
            history,
            position=position,
            first_names=resources.first_names,
            kinds=anaphor.kinds,
            plural=anaphor.category == "they",
        )
        labels = [
            any(entities[bisect_right(token_starts, p) - 1] == mention.entity for p in c.positions)
            for c in candidates
        ]
        labels.append(not any(labels))
        ruled = rules.resolve(span, position=position, history=history)
        examples.append(
            AnaphorExample(
                category=anaphor.category,
                features=candidate_features(anaphor, candidates, sentences),
                labels=labels,
                baseline=most_recent_compatible(anaphor, candidates),
                rule_right=ruled is not None
                and any(
                    ok and c.resolved.name == ruled.name
                    for c, ok in zip(candidates, labels[:-1], strict=True)
                ),
            )
        )
    return examples
