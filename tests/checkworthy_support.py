"""Labelled debates built from (sentence, label) rows, for the check-worthiness tests."""

from __future__ import annotations

import re

from extractor.checkworthy.debates import Debate, DebateLine
from extractor.checkworthy.evaluate import LabelledDebate

from .queue_support import make_claim


def labelled_debate(name: str, rows: list[tuple[str, int]]) -> LabelledDebate:
    """A debate of (sentence, label) lines; each digit run in a line is one claim."""
    lines, claims = [], []
    for number, (text, label) in enumerate(rows, start=1):
        lines.append(DebateLine(number, "A", text, label))
        claims.append(
            tuple(
                make_claim(name, float(m.group()), text=m.group(), sentence=text, speaker=None)
                for m in re.finditer(r"\d+", text)
            )
        )
    return LabelledDebate(Debate(name, tuple(lines)), tuple(claims))
