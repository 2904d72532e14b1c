"""Labelled debates (CLEF 2018 CheckThat! task 1) as articles the extractor can read.

A debate file has one sentence a line: ``line_number TAB speaker TAB sentence TAB label``
(1 = a fact-checker should check it). It becomes an article of ``Speaker: sentence``
paragraphs, one per line, and each line keeps the character span of its sentence in
that article, so every extracted claim maps back to the line (and label) it came from.
"""

from __future__ import annotations

import bisect
import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..schema import Claim

DATA_DIR = "checkworthy"
FILE_PATTERN = "clef2018-*.tsv"
PARAGRAPH_BREAK = "\n\n"
# The debates' dates (the day each was held), so dates in them resolve as they were said.
DEBATE_DATES = {
    "clef2018-1st-Presidential": "2016-09-26",
    "clef2018-Vice-Presidential": "2016-10-04",
    "clef2018-2nd-Presidential": "2016-10-09",
}


class DebateFormatError(ValueError):
    """A debate file that is not ``line_number TAB speaker TAB sentence TAB label``."""


@dataclass(frozen=True)
class DebateLine:
    """One labelled sentence of a debate."""

    line_number: int
    speaker: str
    text: str
    label: int


@dataclass(frozen=True)
class Debate:
    name: str
    lines: tuple[DebateLine, ...]
    published: str | None = None

    @property
    def labels(self) -> list[int]:
        return [line.label for line in self.lines]


@dataclass(frozen=True)
class DebateArticle:
    """The debate as one text; ``spans[i]`` is line i's sentence as (start_char, end_char)."""

    text: str
    spans: tuple[tuple[int, int], ...]

    def line_of(self, start_char: int) -> int | None:
        """The index of the line whose paragraph holds ``start_char`` (None: outside all)."""
        starts = [start for start, _ in self.spans]
        index = bisect.bisect_right(starts, start_char) - 1
        if index < 0:
            return None
        # The speaker prefix belongs to the line that follows it.
        if start_char >= self.spans[index][1] + len(PARAGRAPH_BREAK):
            return None
        return index


def find_debates(root: Path) -> list[Path]:
    """The debate files under ``root/checkworthy`` (sorted by name; [] when absent)."""
    folder = Path(root) / DATA_DIR
    return sorted(folder.glob(FILE_PATTERN)) if folder.is_dir() else []


def load_debate(path: Path) -> Debate:
    """One debate file, every line in file order."""
    path = Path(path)
    lines = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)):
            if not row:
                continue
            if len(row) != 4 or row[3].strip() not in ("0", "1"):
                raise DebateFormatError(
                    f"{path}:{number + 1}: expected line_number, speaker, sentence, label (0/1)"
                )
            lines.append(DebateLine(int(row[0]), row[1].strip(), row[2].strip(), int(row[3])))
    return Debate(path.stem, tuple(lines), DEBATE_DATES.get(path.stem))


def speaker_label(speaker: str) -> str:
    """``HOLT`` -> ``Holt``: the transcript's speaker as a paragraph would name them."""
    return speaker.title()


def debate_article(debate: Debate) -> DebateArticle:
    """``Speaker: sentence`` paragraphs, and where each sentence sits in the text."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in debate.lines:
        prefix = f"{speaker_label(line.speaker)}: "
        paragraph = prefix + line.text
        spans.append((offset + len(prefix), offset + len(paragraph)))
        parts.append(paragraph)
        offset += len(paragraph) + len(PARAGRAPH_BREAK)
    return DebateArticle(PARAGRAPH_BREAK.join(parts), tuple(spans))


def claims_by_line(article: DebateArticle, claims: Sequence[Claim]) -> list[list[Claim]]:
    """The claims of each line, by where their number starts."""
    found: list[list[Claim]] = [[] for _ in article.spans]
    for claim in claims:
        index = article.line_of(claim.quantity.start_char)
        if index is not None:
            found[index].append(claim)
    return found


def extract_debate(debate: Debate, extractor: Callable[..., list[Claim]]) -> list[list[Claim]]:
    """Run the extractor over the debate as one article; the claims of each line."""
    article = debate_article(debate)
    claims = extractor(article.text, published=debate.published, doc_id=debate.name)
    return claims_by_line(article, claims)
