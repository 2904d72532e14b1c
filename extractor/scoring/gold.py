"""Gold records and their loading: every labelled span is checked against the article text.

Gold fields may list alternatives (``["Russia", "Moscow"]``); ``null`` in such a list
means that "none" is also right.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import GoldError
from ..schema import Bound, DateRef, QuoteType, Span, SpeakerKind
from .reading import describe_errors, json_error, read_utf8

# A gold text field: one acceptable value or a list of them (None in the list: "none" is right).
Alternatives = str | None | list[str | None]


class _GoldRecord(BaseModel):
    # Unknown keys are errors: a misspelt "optinal" would otherwise silently change scores.
    model_config = ConfigDict(frozen=True, extra="forbid")


class GoldQuantity(Span):
    """The labelled number; ``bound`` and ``unit`` may list alternatives."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    bound: Bound | list[Bound] = "exact"
    unit: Alternatives = None


class GoldAbout(_GoldRecord):
    """What the number is about; ``entity`` and ``property`` may list alternatives."""

    text: str | None = None
    entity: Alternatives = None
    qualifiers: list[str] = []
    property: Alternatives = None


class GoldSpeaker(_GoldRecord):
    """The labelled speaker; ``name`` may list alternatives."""

    name: Alternatives
    mention: Span
    kind: SpeakerKind = "unknown"


class GoldVia(Span):
    """The labelled medium; ``name`` may list alternatives."""

    name: Alternatives


class GoldClaim(_GoldRecord):
    """One labelled claim; ``optional`` claims count neither as misses nor as false positives."""

    sentence: Span | None = None
    quantity: GoldQuantity
    about: GoldAbout = GoldAbout()
    speaker: GoldSpeaker | None = None
    cue: Span | None = None
    via: GoldVia | None = None
    quote: QuoteType | list[QuoteType] = "none"
    dates: list[DateRef] = []
    optional: bool = False
    note: str | None = None


class NotClaim(Span):
    """A labelled span that must not be predicted as a claim, and why."""

    why: str | None = None


class GoldDoc(_GoldRecord):
    """A gold file with its article text loaded."""

    doc_id: str
    text: str
    published: str | None = None
    claims: list[GoldClaim] = []
    not_claims: list[NotClaim] = []


class _GoldFile(BaseModel):
    # Top-level metadata ("annotator_note", ...) is free-form; claims are checked strictly.
    model_config = ConfigDict(extra="ignore")

    doc_id: str | None = None
    article: str
    published: str | None = None
    claims: list[GoldClaim]
    not_claims: list[NotClaim] = []


def _labelled_spans(
    claims: list[GoldClaim], not_claims: list[NotClaim]
) -> Iterator[tuple[str, Span]]:
    """Yield every labelled span with a label saying where it sits in the gold file."""
    for i, claim in enumerate(claims):
        where = f"claims[{i}]"
        if claim.sentence is not None:
            yield f"{where}.sentence", claim.sentence
        yield f"{where}.quantity", claim.quantity
        if claim.speaker is not None:
            yield f"{where}.speaker.mention", claim.speaker.mention
        if claim.cue is not None:
            yield f"{where}.cue", claim.cue
        if claim.via is not None:
            yield f"{where}.via", claim.via
        for j, date in enumerate(claim.dates):
            yield f"{where}.dates[{j}]", date
    for i, not_claim in enumerate(not_claims):
        yield f"not_claims[{i}]", not_claim


def _check_span(path: Path, label: str, span: Span, text: str) -> None:
    """Raise GoldError unless the span's text equals the article slice it names."""
    if not 0 <= span.start_char <= span.end_char <= len(text):
        raise GoldError(
            f"{path}: {label} offsets [{span.start_char}:{span.end_char}] lie outside the "
            f"article (length {len(text)})"
        )
    actual = text[span.start_char : span.end_char]
    if span.text != actual:
        raise GoldError(
            f"{path}: {label} text {span.text!r} does not equal "
            f"article[{span.start_char}:{span.end_char}] {actual!r}"
        )


def load_gold(path: Path) -> GoldDoc:
    """Load a gold file and its article, checking every labelled span against the text."""
    try:
        data = json.loads(read_utf8(path, GoldError, "gold file"))
    except json.JSONDecodeError as err:
        raise GoldError(json_error(path, err)) from err
    try:
        gold = _GoldFile.model_validate(data)
    except ValidationError as err:
        raise GoldError(f"{path}: malformed gold: {describe_errors(err)}") from err
    text = read_utf8(path.parent / gold.article, GoldError, f"the article named by {path}")
    for label, span in _labelled_spans(gold.claims, gold.not_claims):
        _check_span(path, label, span, text)
    return GoldDoc(
        doc_id=gold.doc_id or path.stem,
        text=text,
        published=gold.published,
        claims=gold.claims,
        not_claims=gold.not_claims,
    )
