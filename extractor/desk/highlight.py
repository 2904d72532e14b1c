"""A claim's sentence cut into plain and highlighted pieces: quantity, speaker, cue, via.

Record offsets index the article text; the record also stores the sentence's span, so a
highlight's place in the sentence is ``span.start_char - sentence.start_char``. A span
outside the sentence (a speaker named in an earlier sentence) or whose text does not match
the sentence there is not highlighted rather than highlighted in the wrong place. The
pieces are plain strings: the template escapes them, so the article's own text can never
become markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..schema import Claim, Span

# When two spans overlap, the earlier kind here wins ("Moscow said 5,937": the quantity
# is never hidden behind a via).
KINDS = ("quantity", "speaker", "cue", "via")


@dataclass(frozen=True)
class Piece:
    text: str
    kind: str | None  # one of KINDS, or None for plain text


def claim_spans(claim: Claim) -> dict[str, Span]:
    """The record's highlightable spans by kind (those it has)."""
    spans: dict[str, Span | None] = {
        "quantity": claim.quantity,
        "speaker": claim.speaker.mention if claim.speaker else None,
        "cue": claim.cue,
        "via": claim.via,
    }
    return {kind: span for kind, span in spans.items() if span is not None}


def sentence_pieces(claim: Claim) -> list[Piece]:
    """The sentence as pieces in order; joined, their texts are the sentence."""
    sentence = claim.sentence.text
    base = claim.sentence.start_char
    chosen: list[tuple[int, int, str]] = []
    for kind, span in claim_spans(claim).items():
        start, end = span.start_char - base, span.end_char - base
        if not (0 <= start < end <= len(sentence)) or sentence[start:end] != span.text:
            continue
        if any(start < taken_end and taken_start < end for taken_start, taken_end, _ in chosen):
            continue
        chosen.append((start, end, kind))
    pieces: list[Piece] = []
    cursor = 0
    for start, end, kind in sorted(chosen):
        if start > cursor:
            pieces.append(Piece(sentence[cursor:start], None))
        pieces.append(Piece(sentence[start:end], kind))
        cursor = end
    if cursor < len(sentence):
        pieces.append(Piece(sentence[cursor:], None))
    return pieces
