"""Labelled debates built from (sentence, label) rows, for the check-worthiness tests."""

from __future__ import annotations

import re

from extractor.checkworthy.debates import Debate, DebateLine
from extractor.checkworthy.evaluate import LabelledDebate
from extractor.schema import Claim, Span

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


# A moderator who puts figures in questions, two candidates who state them.
ROWS = [
    ("MOD", "Senator, you said 5 plants closed, will you reopen them?", 0),
    ("ANN", "We lost 5 plants and 900 jobs in my state.", 1),
    ("MOD", "Governor, your plan costs 7 billion, how will you pay?", 0),
    ("BOB", "My plan costs 7 billion and it pays for itself.", 1),
    ("MOD", "You have 2 minutes.", 0),
    ("ANN", "I have 2 points to make.", 0),
    ("BOB", "I met 3 families this week.", 0),
]


def moderated_debate(name: str) -> LabelledDebate:
    """A debate whose every claim is attributed by its line's label (cue ":")."""
    lines, claims = [], []
    for number, (speaker, text, label) in enumerate(ROWS, start=1):
        at = number * 100
        sentence = f"{speaker.title()}: {text}"
        found = []
        for match in re.finditer(r"\d+", sentence):
            word = match.group()
            claim = make_claim(
                name,
                float(word),
                start=at + match.start(),
                text=word,
                sentence=sentence,
                speaker=speaker,
            )
            update = {
                "sentence": Span(start_char=at, end_char=at + len(sentence), text=sentence),
                "cue": Span(start_char=at + len(speaker), end_char=at + len(speaker) + 1, text=":"),
            }
            found.append(Claim.model_validate({**claim.model_dump(), **update}))
        lines.append(DebateLine(number, speaker, text, label))
        claims.append(tuple(found))
    return LabelledDebate(Debate(name, tuple(lines)), tuple(claims))
