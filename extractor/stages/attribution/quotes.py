"""Quotes and transcript labels, read from the text before anything is parsed.

Direct quotes run over several sentences or paragraphs and nest ("“... ‘...’ ...”"), so
they are found in the paragraph text rather than in the parse; a transcript label
("RUIZ: We opened 240 shelters ...") gives its paragraph to the person it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_QUOTES = "“«"
_CLOSER = {"“": "”", "«": "»", '"': '"'}
_LABEL = re.compile(r"^[\"“']?((?:[A-Z][A-Z.'’-]+ ){0,2}[A-Z][A-Z.'’-]+):\s")


@dataclass(frozen=True)
class QuoteRegion:
    """A stretch of quoted text (marks included), absolute offsets; ``continues`` is the
    index of the region it carries on from (a quote running over paragraphs)."""

    start_char: int
    end_char: int
    continues: int | None = None


@dataclass(frozen=True)
class TranscriptLabel:
    """A paragraph of a transcript, "RUIZ: We opened 240 shelters ...": the label speaks
    all of it."""

    block_start: int
    block_end: int
    start_char: int
    end_char: int
    words: tuple[str, ...]


def opens_quote(text: str) -> bool:
    """Whether ``text`` starts with an opening quotation mark (two apostrophes count)."""
    return text[:1] in OPEN_QUOTES + '"' or text.startswith("''")


def find_quote_regions(blocks: list[tuple[int, str]]) -> list[QuoteRegion]:
    """Quoted stretches in paragraph blocks ``(start_char, text)``, in order.

    A quote closes only with its own kind of mark (“ with ”, " with "), so quotes nested
    in quotes stay inside. A quote left open at the end of a paragraph runs to its end,
    and a following paragraph that opens with a quote continues it (the newspaper
    convention for quotes over several paragraphs).
    """
    regions: list[QuoteRegion] = []
    open_at_end = False
    for block_start, text in blocks:
        carries_on = open_at_end and opens_quote(text.lstrip())
        open_at_end = False
        start: int | None = None
        closer = ""
        i = 0
        while i < len(text):
            # Two apostrophes are a double quote mark, opening and closing alike (the New
            # York Times convention in PolNeAR: "''It costs $100,000 a month,'' he said").
            char = "''" if text.startswith("''", i) else text[i]
            if start is None and (char in OPEN_QUOTES or char in ('"', "''")):
                start, closer = i, _CLOSER.get(char, char)
            elif start is not None and char == closer:
                continues = len(regions) - 1 if carries_on and regions else None
                end = block_start + i + len(char)
                regions.append(QuoteRegion(block_start + start, end, continues))
                start, carries_on = None, False
            i += len(char)
        if start is not None:
            continues = len(regions) - 1 if carries_on and regions else None
            regions.append(QuoteRegion(block_start + start, block_start + len(text), continues))
            open_at_end = True
    return regions


def find_transcript_labels(blocks: list[tuple[int, str]]) -> list[TranscriptLabel]:
    """Paragraphs opening with an upper-case name and a colon (debate and interview
    transcripts: PolNeAR dev, "HOST: Are those two figures comparable?")."""
    labels = []
    for block_start, text in blocks:
        match = _LABEL.match(text)
        if match:
            start, end = match.span(1)
            labels.append(
                TranscriptLabel(
                    block_start,
                    block_start + len(text),
                    block_start + start,
                    block_start + end,
                    tuple(match.group(1).split()),
                )
            )
    return labels


def quote_at(quotes: list[QuoteRegion], position: int) -> int | None:
    """The index of the quote holding absolute offset ``position``, if any."""
    for index, region in enumerate(quotes):
        if region.start_char <= position < region.end_char:
            return index
    return None
