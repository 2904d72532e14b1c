"""Quotes and transcript labels, read from the text before anything is parsed.

Direct quotes run over several sentences or paragraphs and nest ("“... ‘...’ ...”"), so
they are found in the paragraph text rather than in the parse; a transcript label
("RUIZ: We opened 240 shelters ...") gives its paragraph to the person it names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

OPEN_QUOTES = "“«"
_CLOSER = {"“": "”", "«": "»", '"': '"'}
# Every mark that can open or close a quote, two apostrophes first: the text between
# them is skipped in one step rather than read character by character.
_MARKS = re.compile("''|[" + re.escape(OPEN_QUOTES + "".join(_CLOSER.values()) + '"') + "]")
_LABEL = re.compile(r"^[\"“']?((?:[A-Z][A-Z.'’-]+ ){0,2}[A-Z][A-Z.'’-]+):\s")
# One to three capitalised words ("Holt:", "Jane Roe:", not "Q:"): a speaker only when the
# same label opens two paragraphs or more of speech, as a transcript's do. Once, it is a
# dateline or a heading. Speech is three words or more ("Roe: 547." is a row of a listing)
# in sentence case ("Roe: City Must Act On Rents" is a headline).
_NAME_WORD = r"[A-Z](?:[^\W\d_]|[.'’-](?=[^\W\d_]))*\.?"  # "Dr.", "O'Neill", "Roe-Lind"
_LAST_NAME_WORD = r"[A-Z](?:[^\W\d_]|[.'’-](?=[^\W\d_]))+"  # two letters or more
_NAME_LABEL = re.compile(rf"^[\"“']?((?:{_NAME_WORD} ){{0,2}}{_LAST_NAME_WORD}):\s+\S")
_WORD = re.compile(r"[^\W\d_]+")
SPEECH_WORDS = 3
HEADLINE_CAPITALS = 0.7  # this share of capitalised words or more: headline case
NAME_LABEL_REPEATS = 2


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
        for mark in _MARKS.finditer(text):
            # Two apostrophes are a double quote mark, opening and closing alike (the New
            # York Times convention in PolNeAR: "''It costs $100,000 a month,'' he said").
            i, char = mark.start(), mark.group()
            if start is None and (char in OPEN_QUOTES or char in ('"', "''")):
                start, closer = i, _CLOSER.get(char, char)
            elif start is not None and char == closer:
                continues = len(regions) - 1 if carries_on and regions else None
                end = block_start + i + len(char)
                regions.append(QuoteRegion(block_start + start, end, continues))
                start, carries_on = None, False
        if start is not None:
            continues = len(regions) - 1 if carries_on and regions else None
            regions.append(QuoteRegion(block_start + start, block_start + len(text), continues))
            open_at_end = True
    return regions


def find_transcript_labels(
    blocks: list[tuple[int, str]], *, headings: frozenset[str] = frozenset()
) -> list[TranscriptLabel]:
    """Paragraphs opening with a speaker's name and a colon (debate and interview
    transcripts: PolNeAR dev, "HOST: Are those two figures comparable?").

    An upper-case label speaks its paragraph on its own; a title-case one ("Holt: ...")
    only when it opens ``NAME_LABEL_REPEATS`` paragraphs or more. A label holding a word of
    ``headings`` ("Update", "Editor's Note", "Read More") is not a speaker.
    """
    matches = [_speaker_label(text, headings) for _, text in blocks]
    counts = Counter(match.group(1) for match in matches if match is not None)
    labels = []
    for (block_start, text), match in zip(blocks, matches, strict=True):
        if match is None:
            continue
        if match.re is _NAME_LABEL and counts[match.group(1)] < NAME_LABEL_REPEATS:
            continue
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


def without_label(text: str) -> str:
    """``text`` after the speaker label opening it ("Holt: The debate ..." reads "The
    debate ..."), else unchanged: what a transcript's speaker said, without who."""
    match = _speaker_label(text, frozenset())
    return text[match.end(1) + 1 :].lstrip() if match else text


def opening_label(text: str) -> tuple[str, ...]:
    """The words of the speaker label opening ``text`` ("Holt: ..." gives ("Holt",)), or
    () without one."""
    match = _speaker_label(text, frozenset())
    return tuple(match.group(1).split()) if match else ()


def _speaker_label(text: str, headings: frozenset[str]) -> re.Match[str] | None:
    """The label opening a paragraph, if it may name a speaker: not a heading word, and
    a title-case one followed by a few words of speech."""
    match = _LABEL.match(text) or _NAME_LABEL.match(text)
    if match is None:
        return None
    words = match.group(1).lower().replace("’", "'").split()
    if any(word.strip(".") in headings for word in words):
        return None
    if match.re is _NAME_LABEL and not _is_speech(text[match.end() :]):
        return None
    return match


def _is_speech(text: str) -> bool:
    """A few words in sentence case, not a listing's value or a headline."""
    words = _WORD.findall(text)
    capitals = sum(word[0].isupper() for word in words)
    return len(words) >= SPEECH_WORDS and capitals < HEADLINE_CAPITALS * len(words)


def quote_at(quotes: list[QuoteRegion], position: int) -> int | None:
    """The index of the quote holding absolute offset ``position``, if any."""
    for index, region in enumerate(quotes):
        if region.start_char <= position < region.end_char:
            return index
    return None
