"""Split an article into paragraph blocks and mark boilerplate blocks.

Paragraphs are the unit the pipeline parses: spaCy is faster and leaner on paragraphs
than on whole articles (PERF-NOTES), and boilerplate is a property of whole lines
("Advertisement", "Read more:" and the related-article headlines after it: seed fixture).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..resources import Resources

# spaCy's default max_length is 1,000,000 characters; a "paragraph" longer than this
# (a 20 MB file with no line breaks) is cut at sentence ends into pieces of this size.
MAX_BLOCK_CHARS = 100_000
_HEADLINE_MAX_WORDS = 25
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\r\n\s*\r\n")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s")


@dataclass(frozen=True)
class Block:
    """A paragraph of the article: ``text == article[start_char:end_char]``."""

    start_char: int
    end_char: int
    text: str
    boilerplate: bool = False


def find_blocks(text: str, *, resources: Resources) -> list[Block]:
    """Paragraph blocks in order, boilerplate marked, none longer than MAX_BLOCK_CHARS."""
    blocks = [
        piece for start, end in _paragraph_bounds(text) for piece in _pieces(text, start, end)
    ]
    return _mark_boilerplate(blocks, resources)


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Lines, joined where a sentence is hard-wrapped over several lines."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"\n", text):
        line_end = match.start()
        if not text[start:line_end].strip():
            start = match.end()
            continue
        following = text[match.end() : match.end() + 1]
        wrapped = bool(re.search(r"[a-z,;-]$", text[start:line_end].rstrip())) and (
            following.islower() or following.isdigit()
        )
        if not wrapped:
            bounds.append(_trimmed(text, start, line_end))
            start = match.end()
    if text[start:].strip():
        bounds.append(_trimmed(text, start, len(text)))
    return bounds


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pieces(text: str, start: int, end: int) -> list[Block]:
    pieces = []
    while end - start > MAX_BLOCK_CHARS:
        window = text[start : start + MAX_BLOCK_CHARS]
        cuts = [m.end() for m in _SENTENCE_END.finditer(window)]
        cut = start + (cuts[-1] if cuts else (window.rfind(" ") + 1 or MAX_BLOCK_CHARS))
        piece_start, piece_end = _trimmed(text, start, cut)
        pieces.append(Block(piece_start, piece_end, text[piece_start:piece_end]))
        start = cut
    pieces.append(Block(start, end, text[start:end]))
    return pieces


def _mark_boilerplate(blocks: list[Block], resources: Resources) -> list[Block]:
    marked = []
    in_list = False
    for block in blocks:
        line = " ".join(block.text.split())
        pattern = next((p for p in resources.boilerplate if p.regex.fullmatch(line)), None)
        if pattern is not None:
            in_list = pattern.starts_list
            marked.append(Block(block.start_char, block.end_char, block.text, True))
            continue
        in_list = in_list and _looks_like_headline(line)
        marked.append(Block(block.start_char, block.end_char, block.text, in_list))
    return marked


def _looks_like_headline(line: str) -> bool:
    """A related-article link: short, and not ending like a sentence."""
    return len(line.split()) <= _HEADLINE_MAX_WORDS and not re.search(r"[.!?][\"'”’)]?$", line)
