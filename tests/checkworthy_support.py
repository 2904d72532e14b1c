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


# Six lines a checker would or would not pick, repeated as three debates: enough for the
# leave-one-debate-out folds of the v6, v7 and nested tests.
SYNTHETIC_ROWS = [
    ("Taxes went up by 5 trillion dollars under his plan.", 1),
    ("You have 2 minutes to respond.", 0),
    ("Murders are up 40 percent in the city.", 1),
    ("Thank you for the 3 questions tonight.", 0),
    ("He lied about the war.", 1),
    ("Good evening and welcome.", 0),
]


def three_debates() -> list[LabelledDebate]:
    """Three labelled debates of ``SYNTHETIC_ROWS``."""
    return [labelled_debate(name, SYNTHETIC_ROWS) for name in ("one", "two", "three")]
