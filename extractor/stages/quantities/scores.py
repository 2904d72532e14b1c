"""Scores of games ("a 4-2 lead", "won 3-1", "2-0 down"): a pair of numbers that no
reader should give as a quantity or a range (CLAIM-SPEC: scores of sports games)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...resources import Resources
from .refs import QuantityRef

# Two small whole numbers joined by a dash; a decimal, a comma or a percent sign after
# either makes it something else ("2.5-3%", "1,000-2,000").
_PAIR = re.compile(r"(?<![\d.,])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,%])")


def is_score(doc: Doc, ref: QuantityRef, resources: Resources) -> bool:
    """True when ``ref`` is part of a pair "N-M" with a score word just before or after it
    (``models/lexicons/score_words.v1.txt``)."""
    if ref.unit is not None:
        return False
    root = doc[ref.root]
    # A few tokens either side (hand-built Docs have no sentences to read).
    window = doc[max(root.i - 3, 0) : root.i + 4]
    window_start = window.start_char
    for match in _PAIR.finditer(window.text):
        start, end = window_start + match.start(), window_start + match.end()
        if not start <= root.idx < end:
            continue
        pair = doc.char_span(start, end, alignment_mode="expand")
        if pair is None:
            return False
        before = {t.lower_ for t in doc[max(pair.start - 2, 0) : pair.start]}
        after = doc[pair.end].lower_ if pair.end < len(doc) else ""
        return after in resources.score_words or bool(before & resources.score_words)
    return False
