"""Score claim records with the saved check-worthiness model (``models/checkworthy.v7.json``)."""

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

SHIPPED_MODEL = "checkworthy.v7"
_override: list[CombinedModel | JointModel] = []  # ``scoring_with``: the bench's fold model


@lru_cache(maxsize=1)
def load_model() -> CombinedModel | JointModel:
    """The shipped model (package data ``extractor.models/checkworthy.v7.json``), loaded
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
    """A saved model of either format: v6/v7's one regression, or v3-v5's two added parts."""
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
    claims: Sequence[Claim], *, model: CombinedModel | JointModel | None = None
) -> list[float]:
    """One check-worthiness score in (0, 1) per claim, from its record and sentence."""
    model = model if model is not None else current_model()
    return [float(x) for x in model.score([Example(claim) for claim in claims])]


def claim_score(
    records: Iterable[Claim | Mapping[str, Any] | str],
    *,
    model: CombinedModel | JointModel | None = None,
) -> float:
    """The score of a queue item: the highest over the records of its appearances (0: none)."""
    claims = [as_claim(record) for record in records]
    return round(max(score_claims(claims, model=model), default=0.0), 4)


def scored_with_reason(records: Iterable[Claim | Mapping[str, Any] | str]) -> tuple[float, str]:
    """A queue item's score (as ``claim_score``) and what the model read in its best record
    ("why is this here"), its records scored once."""
    from .explain import explain_claims

    claims = [as_claim(record) for record in records]
    model = current_model()
    scores = score_claims(claims, model=model)
    score = round(max(scores, default=0.0), 4)
    if not isinstance(model, JointModel):
        return score, "check-worthiness model, best of the records"
    return score, explain_claims(model, claims, scores)
