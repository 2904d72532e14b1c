"""The role of a date in a claim (CLAIM-SPEC): when it was said ("stated"), the time the
number refers to ("reference"), or another event in the sentence ("event")."""

from __future__ import annotations

from spacy.tokens import Span

from ...article.offsets import doc_start, end_char, start_char
from ...schema import DateRef
from ...schema import Span as TextSpan


def claim_dates(
    sent: Span,
    dates: list[DateRef],
    *,
    cue: TextSpan | None,
    predicate_i: int | None,
    entity_i: int | None,
) -> list[DateRef]:
    """The dates in the claim's sentence, with their role: the first verb a date hangs from
    is the ``cue`` (stated), the asserted predicate (reference), or another event.

    ``predicate_i`` and ``entity_i`` are token indices in ``sent.doc`` of the claim's
    predicate and counted entity (what the number is about); dates have absolute offsets.
    """
    doc = sent.doc
    sent_start, sent_end = start_char(sent), end_char(sent)
    cue_chars = (cue.start_char, cue.end_char) if cue else None
    anchored = []
    for date in dates:
        if not (sent_start <= date.start_char < sent_end):
            continue
        span = doc.char_span(
            date.start_char - doc_start(doc),
            date.end_char - doc_start(doc),
            alignment_mode="expand",
        )
        role = "event"
        if span is not None:
            verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
            if verb is not None and cue_chars and cue_chars[0] <= start_char(verb) < cue_chars[1]:
                role = "stated"
            elif (
                verb is not None
                and verb.i == predicate_i
                or entity_i in [t.i for t in span.root.ancestors][:2]
            ):
                role = "reference"
        anchored.append(date.model_copy(update={"role": role}))
    return anchored
