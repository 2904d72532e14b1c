"""Pairing predictions with gold claims: quantity spans that overlap, one-to-one, greedy."""

from __future__ import annotations

from ..schema import Claim, Span
from .gold import GoldClaim


def overlap(a: Span, b: Span) -> int:
    """Number of characters two spans share."""
    return max(0, min(a.end_char, b.end_char) - max(a.start_char, b.start_char))


def match_claims(gold: list[GoldClaim], predicted: list[Claim]) -> list[tuple[int, int]]:
    """Pair gold and predicted claims one-to-one: largest overlap first, ties by position."""
    candidates = sorted(
        (-shared, g.quantity.start_char, p.quantity.start_char, gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if (shared := overlap(g.quantity, p.quantity)) > 0
    )
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    for *_, gi, pi in candidates:
        if gi not in used_gold and pi not in used_predicted:
            pairs.append((gi, pi))
            used_gold.add(gi)
            used_predicted.add(pi)
    return pairs
