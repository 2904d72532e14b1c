"""Score claim records with the saved check-worthiness model (``models/checkworthy.v8.json``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources as package_data
from typing import Any

from ..schema import Claim
from .combined import CombinedModel
from .joint import FORMAT as JOINT_FORMAT
from .joint import JointModel
from .model import Example
from .roles import is_asked

SHIPPED_MODEL = "checkworthy.v8"
_override: list[CombinedModel | JointModel] = []  # ``scoring_with``: the bench's fold model


@lru_cache(maxsize=1)
def load_model() -> CombinedModel | JointModel:
    """The shipped model (package data ``extractor.models/checkworthy.v8.json``), loaded
    on first use: ``extract FILE`` does not pay for it."""
    import json

    resource = package_data.files("extractor.models").joinpath(f"{SHIPPED_MODEL}.json")
    return model_from_json(json.loads(resource.read_text(encoding="utf-8")))


def current_model() -> CombinedModel | JointModel:
    """The model the queue scores with: the shipped one, unless ``scoring_with`` says."""
    return _override[-1] if _override else load_model()


@contextmanager
def scoring_with(model: CombinedModel | JointModel) -> Iterator[None]:
    """Score with ``model`` instead of the shipped one inside the block: the bench runs a
    debate through the real queue with the model trained without that debate."""
    _override.append(model)
    try:
        yield
    finally:
        _override.pop()


def model_from_json(data: Mapping[str, Any]) -> CombinedModel | JointModel:
    """A saved model of either format: v6-v8's one regression, or v3-v5's two added parts."""
    if data.get("format") == JOINT_FORMAT:
        return JointModel.from_json(data)
    return CombinedModel.from_json(data)


def as_claim(record: Claim | Mapping[str, Any] | str) -> Claim:
    """A Claim from a record, its dict, or its JSON text."""
    if isinstance(record, Claim):
        return record
    if isinstance(record, str):
        return Claim.model_validate_json(record)
    return Claim.model_validate(record)


def score_claims(
    claims: Sequence[Claim],
    *,
    model: CombinedModel | JointModel | None = None,
    askers: Mapping[str, frozenset[str]] | None = None,
) -> list[float]:
    """One check-worthiness score in (0, 1) per claim, from its record and sentence. With
    ``askers`` (``article_askers`` of the claims' articles), the model's asker rule scores
    the claims of speakers who ask 0."""
    model = model if model is not None else current_model()
    examples = [Example(claim) for claim in claims]
    if isinstance(model, JointModel):
        return [float(x) for x in model.score(examples, askers=askers)]
    return [float(x) for x in model.score(examples)]


def reads_askers() -> bool:
    """Whether the model the queue scores with has the asker rule (v8)."""
    model = current_model()
    return isinstance(model, JointModel) and model.askers is not None


def article_askers(
    records: Iterable[Claim], *, model: CombinedModel | JointModel | None = None
) -> dict[str, frozenset[str]]:
    """Who asks in each article (``doc_id``) of these records by the model's asker rule
    (v8), read from all of an article's records; none for a model without the rule."""
    model = model if model is not None else current_model()
    if not isinstance(model, JointModel):
        return {}
    return model.article_askers(records)


def claim_score(
    records: Iterable[Claim | Mapping[str, Any] | str],
    *,
    model: CombinedModel | JointModel | None = None,
    askers: Mapping[str, frozenset[str]] | None = None,
) -> float:
    """The score of a queue item: the mean over the records of its appearances
    (``item_score``)."""
    claims = [as_claim(record) for record in records]
    return item_score(claims, score_claims(claims, model=model, askers=askers), askers)


def item_score(
    claims: Sequence[Claim],
    scores: Sequence[float],
    askers: Mapping[str, frozenset[str]] | None = None,
) -> float:
    """An item's score from its records' scores: their mean, leaving out the records put
    in a question (``askers``: they score 0, and say nothing of the claim's worth); 0 when
    every record is a question's, or without a record. The mean, not the highest: each
    printing's score is the model's noisy reading of one sentence, and the highest of N
    readings grows with N, so a claim said often would rank up by chance alone (how many
    outlets print it is the queue's ``spread``, counted apart)."""
    askers = askers or {}
    kept = [
        score for claim, score in zip(claims, scores, strict=True) if not is_asked(claim, askers)
    ]
    return round(sum(kept) / len(kept), 4) if kept else 0.0


def scored_with_reason(
    records: Iterable[Claim | Mapping[str, Any] | str],
    *,
    askers: Mapping[str, frozenset[str]] | None = None,
) -> tuple[float, str]:
    """A queue item's score (as ``claim_score``) and what the model read in its best record
    ("why is this here"), its records scored once."""
    from .explain import explain_claims

    claims = [as_claim(record) for record in records]
    model = current_model()
    scores = score_claims(claims, model=model, askers=askers)
    score = item_score(claims, scores, askers)
    if not isinstance(model, JointModel):
        return score, "check-worthiness model, mean of the records"
    return score, explain_claims(model, claims, scores, askers=askers or {})
