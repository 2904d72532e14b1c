"""Why the check-worthiness model scores a claim as it does, in a few words for a checker.

The shipped model (``joint.py``) is linear: a claim's score is the sum of what each of its
record columns and each n-gram of its sentence adds to the logit. The largest of those
parts, for and against, say why the queue puts the claim where it does. Word n-grams are
shown; character n-grams also count in the score but read as noise ("on ", "ion"), so
they are left out of the words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..schema import Claim
from .joint import CLAIM_COLUMN, JointModel, claim_record
from .model import Example
from .roles import is_asked

SHOWN = 3  # parts named on each side
# Record columns as a checker would say them; a column not listed is not named.
RECORD_WORDS = {
    "kind=money": "money",
    "kind=percent": "a percentage",
    "kind=fraction": "a fraction",
    "kind=count": "a count",
    "kind=time": "a span of time",
    "kind=year": "a year",
    "kind=unit": "a measure",
    "bound=exact": "an exact number",
    "bound=approx": "an approximation",
    "bound=lower": "a lower bound",
    "bound=upper": "an upper bound",
    "bound=range": "a range",
    "magnitude": "its size",
    "number_in_words": "a number in words",
    "entity": "names what it counts",
    "property": "names what it measures",
    "qualifiers": "qualified",
}


@dataclass(frozen=True)
class Contribution:
    """One record column or word n-gram of a claim and its part of the model's logit."""

    label: str
    points: float


def contributions(model: JointModel, example: Example) -> list[Contribution]:
    """Each named record column and word n-gram of the claim, largest part first."""
    record = claim_record(example.claim)
    found = [
        Contribution(RECORD_WORDS[name], record[name] * coef)
        for name, coef in zip(model.record_names, model.record_coef, strict=True)
        if record.get(name) and name in RECORD_WORDS and name != CLAIM_COLUMN
    ]
    for block in model.sentence.blocks:
        if block.analyzer != "word":
            continue
        row = block.transform([example.text])
        found += [
            Contribution(f'"{block.terms[index]}"', float(value) * block.coef[index])
            for index, value in zip(row.indices, row.data, strict=True)
        ]
    return sorted(found, key=lambda part: (-part.points, part.label))


def explain_claims(
    model: JointModel,
    claims: Sequence[Claim],
    scores: Sequence[float],
    *,
    askers: Mapping[str, frozenset[str]] | None = None,
) -> str:
    """What the model read in the best-scored claim: its largest parts for and against;
    or, when every record is a question's (``askers``: the model's asker rule), who asks."""
    if not claims:
        return "no record"
    askers = askers or {}
    asked = [is_asked(claim, askers) for claim in claims]
    if all(asked):
        names = sorted({name for claim in claims for name in askers.get(claim.doc_id, ())})
        return f"put in a question: {', '.join(names)} asks in this article (scored 0)"
    best = max(
        (index for index in range(len(claims)) if not asked[index]),
        key=lambda index: scores[index],
    )
    parts = contributions(model, Example(claims[best]))
    pro = [part.label for part in parts if part.points > 0][:SHOWN]
    con = [part.label for part in reversed(parts) if part.points < 0][:SHOWN]
    where = f"mean of {len(claims)} records (best shown)" if len(claims) > 1 else "its record"
    said = [f"for: {', '.join(pro)}" if pro else "", f"against: {', '.join(con)}" if con else ""]
    return "; ".join([f"model, {where}", *[text for text in said if text]])
