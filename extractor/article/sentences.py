"""Which sentences the full pipeline parses, and the segments they are parsed in.

Only sentences where a claim can be are parsed (a number, or a cue or quote next to
one); the rest of the article is only split into sentences, which is about 15x cheaper
(PERF-NOTES). Chosen sentences of one block are parsed together as segments of at most
MAX_SEGMENT_CHARS.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from spacy.tokens import Span

from ..stages.attribution.quotes import QuoteRegion
from ..text.numbers import HAS_NUMBER

# A news paragraph is rarely over 1,500 characters; longer runs of sentences are parsed
# as several Docs (see find_segments).
MAX_SEGMENT_CHARS = 5_000


class Sentence(NamedTuple):
    block: int
    start_char: int
    end_char: int
    span: Span  # in the sentence splitter's Doc of the block


def choose_sentences(
    text: str, sentences: list[Sentence], quotes: list[QuoteRegion], *, cue_pattern: re.Pattern[str]
) -> list[bool]:
    """Which sentences the full pipeline parses: those with a number, their neighbours that
    carry a cue or a quotation mark ("..., Milley added." before "He believes ..."), and,
    for a quote holding a number, the sentences around where it opens and closes (where its
    speaker is named). The rest is only ever split: about two thirds of news text
    (PERF-NOTES: ~30% of sentences have a digit or number word)."""
    has_number = [bool(HAS_NUMBER.search(text[s.start_char : s.end_char])) for s in sentences]
    chosen = list(has_number)
    starts = [s.start_char for s in sentences]

    def choose_if_cue(i: int) -> None:
        if 0 <= i < len(sentences) and cue_pattern.search(
            text[sentences[i].start_char : sentences[i].end_char]
        ):
            chosen[i] = True

    for i in (i for i, number in enumerate(has_number) if number):
        choose_if_cue(i - 1)
    for region in quotes:
        first = max(bisect_right(starts, region.start_char) - 1, 0)
        last = max(bisect_right(starts, region.end_char - 1) - 1, 0)
        if any(has_number[first : last + 1]):
            chosen[last] = True
            # The sentence the quote opens in names its speaker when an earlier quote
            # closes there ("“...,” Smith said. “Another 40 ...").
            choose_if_cue(first)
            choose_if_cue(first - 1)
            choose_if_cue(last + 1)
    return chosen


def find_segments(sentences: list[Sentence], chosen: list[bool]) -> list[tuple[int, int]]:
    """Runs of chosen sentences within one block, as (start_char, end_char), none over
    MAX_SEGMENT_CHARS unless one sentence is: spaCy's ``token.sent`` costs time in
    proportion to the whole Doc, so one huge Doc (a dump with no line breaks) would make
    every claim pay for all of it."""
    segments: list[tuple[int, int]] = []
    previous: Sentence | None = None
    for sentence, keep in zip(sentences, chosen, strict=True):
        joins = previous is not None and segments and previous.block == sentence.block
        if keep and joins and sentence.end_char - segments[-1][0] <= MAX_SEGMENT_CHARS:
            segments[-1] = (segments[-1][0], sentence.end_char)
        elif keep:
            segments.append((sentence.start_char, sentence.end_char))
        previous = sentence if keep else None
    return segments
