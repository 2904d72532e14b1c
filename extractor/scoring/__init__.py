"""Score predicted claims against hand-labelled gold (the "Scoring" section of CLAIM-SPEC.md).

A predicted claim matches a gold claim when their quantity spans overlap, one-to-one and
greedy by overlap length. Detection is scored as precision, recall and F1 over matched
pairs; each field is then scored on the matched pairs whose gold claim is not optional.
Gold fields may list alternatives (``["Russia", "Moscow"]``); ``null`` in such a list
means that "none" is also right.

One role per module: ``gold`` (gold records, loading, span checks), ``predictions``
(loading predicted claims), ``reading`` (the file and error helpers both loaders share),
``matching`` (pairing by span overlap), ``fields`` (how each field is normalised and
compared), ``scorer`` (``score``, ``score_files``), ``result`` (the ``Score`` records)
and ``report`` (the table and detail lines ``extract score`` prints).
"""

from .gold import GoldClaim, GoldDoc, NotClaim, load_gold
from .predictions import load_predictions
from .report import render_detail, render_table
from .result import FieldError, FieldScore, NotClaimHit, Score, SpanRef
from .scorer import score, score_files

__all__ = [
    "FieldError",
    "FieldScore",
    "GoldClaim",
    "GoldDoc",
    "NotClaim",
    "NotClaimHit",
    "Score",
    "SpanRef",
    "load_gold",
    "load_predictions",
    "render_detail",
    "render_table",
    "score",
    "score_files",
]
