"""Scoring: detection counts over matched pairs, then each field on the non-optional pairs."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import GoldError
from ..schema import Claim, Span
from .fields import FIELDS
from .gold import GoldClaim, GoldDoc, load_gold
from .matching import match_claims, overlap
from .predictions import load_predictions
from .result import FieldError, FieldScore, NotClaimHit, Score, SpanRef


def _located(doc_id: str, span: Span) -> dict[str, Any]:
    """The SpanRef fields that locate a span in one document."""
    return {
        "doc_id": doc_id,
        "text": span.text,
        "start_char": span.start_char,
        "end_char": span.end_char,
    }


def _score_pair(doc_id: str, gold: GoldClaim, claim: Claim, result: Score) -> None:
    """Add the field scores of one matched, non-optional pair to ``result``."""
    for name, field in FIELDS.items():
        if not field.applies(gold):
            continue
        gold_value, predicted_value = field.gold(gold), field.predicted(claim)
        result.fields[name].total += 1
        if field.matches(gold_value, predicted_value):
            result.fields[name].correct += 1
        else:
            result.field_errors.append(
                FieldError(
                    **_located(doc_id, gold.quantity),
                    field=name,
                    gold=gold_value,
                    predicted=predicted_value,
                )
            )


def _score_doc(doc: GoldDoc, predicted: list[Claim], result: Score) -> None:
    """Add one document's counts and cases to ``result``."""
    pairs = match_claims(doc.claims, predicted)
    matched_gold = {gi for gi, _ in pairs}
    matched_predicted = {pi for _, pi in pairs}
    for gi, gold in enumerate(doc.claims):
        if gi not in matched_gold and not gold.optional:
            result.fn += 1
            result.misses.append(SpanRef(**_located(doc.doc_id, gold.quantity)))
    for pi, claim in enumerate(predicted):
        if pi not in matched_predicted:
            result.fp += 1
            result.false_positives.append(SpanRef(**_located(doc.doc_id, claim.quantity)))
        result.not_claim_hits.extend(
            NotClaimHit(**_located(doc.doc_id, claim.quantity), why=not_claim.why)
            for not_claim in doc.not_claims
            if overlap(claim.quantity, not_claim)
        )
    for gi, pi in pairs:
        gold = doc.claims[gi]
        if not gold.optional:  # a prediction matching an optional claim is simply ignored
            result.tp += 1
            _score_pair(doc.doc_id, gold, predicted[pi], result)


def score(gold: list[GoldDoc], predicted: dict[str, list[Claim]]) -> Score:
    """Match predictions to gold by quantity overlap and score detection and each field."""
    counts = Counter(doc.doc_id for doc in gold)
    duplicates = sorted(doc_id for doc_id, count in counts.items() if count > 1)
    if duplicates:
        raise GoldError(f"several gold files have doc_id {', '.join(duplicates)}")
    result = Score(
        fields={name: FieldScore() for name in FIELDS},
        unscored_doc_ids=sorted(set(predicted) - set(counts)),
    )
    for doc in gold:
        _score_doc(doc, predicted.get(doc.doc_id, []), result)
    return result


def score_files(gold_paths: list[Path], pred_path: Path) -> Score:
    """Load gold files and a predictions file and score them."""
    return score([load_gold(path) for path in gold_paths], load_predictions(pred_path))
