"""Score claim records with the saved check-worthiness model (``models/checkworthy.v5.json``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources as package_data
from typing import Any

from ..schema import Claim
from .combined import CombinedModel
from .model import Example

SHIPPED_MODEL = "checkworthy.v5"


@lru_cache(maxsize=1)
def load_model() -> CombinedModel:
    """The shipped model (package data ``extractor.models/checkworthy.v5.json``), loaded
    on first use: ``extract FILE`` does not pay for it."""
    import json

    resource = package_data.files("extractor.models").joinpath(f"{SHIPPED_MODEL}.json")
    return CombinedModel.from_json(json.loads(resource.read_text(encoding="utf-8")))


def as_claim(record: Claim | Mapping[str, Any] | str) -> Claim:
    """A Claim from a record, its dict, or its JSON text."""
    if isinstance(record, Claim):
        return record
    if isinstance(record, str):
        return Claim.model_validate_json(record)
    return Claim.model_validate(record)


def score_claims(claims: Sequence[Claim], *, model: CombinedModel | None = None) -> list[float]:
    """One check-worthiness score in (0, 1) per claim, from its record and sentence."""
    model = model if model is not None else load_model()
    return [float(x) for x in model.score([Example(claim) for claim in claims])]


def claim_score(
    records: Iterable[Claim | Mapping[str, Any] | str], *, model: CombinedModel | None = None
) -> float:
    """The score of a queue item: the highest over the records of its appearances (0: none)."""
    claims = [as_claim(record) for record in records]
    return round(max(score_claims(claims, model=model), default=0.0), 4)
