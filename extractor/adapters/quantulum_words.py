"""quantulum3's training words, compact: each distinct word held once, in one string, and
how often each unit's texts use it, in arrays (issue #13).

A batch builds this before its workers fork, so every worker's memory holds it. Held as
Python objects (a Counter of words per unit, a tuple of words per 4-character start) it
took 28 MB of each worker's 304 (RSS, with quantulum3's cached training set); here it is
one string, a few arrays and two dicts, about 7 MB (RSS +10 MB when built).

A word of ``KEY_CHARS``
characters or more can only be in the text if its first ``KEY_CHARS`` are, so only the
words starting with one of the text's pieces of that length are tested; the shorter ones
are looked up by the text's own short pieces.
"""

from __future__ import annotations

import json
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

KEY_CHARS = 4  # long words are looked up by their first 4 characters


@dataclass(frozen=True)
class TrainingWords:
    """Every distinct training word, found in a text without testing them all, with how
    often each unit's training texts use it. Words are numbered: the long ones (at least
    KEY_CHARS characters) in sorted order, then the short ones."""

    totals: dict[str, int]  # characters of each unit's texts, by unit name
    long_text: str  # the long words, one after the other
    long_ends: array  # where each long word ends in ``long_text``
    starts: dict[str, int]  # a KEY_CHARS start -> the number of its first long word
    short: dict[str, int]  # the short words (the empty one included) -> their number
    short_words: tuple[str, ...]  # the short words, in their numbers' order
    # by unit name: the numbers of the words its texts use, ascending, and how often
    by_unit: dict[str, tuple[array, array]]

    def found_in(self, text: str) -> set[str]:
        """The words that occur in ``text``, as substrings (quantulum3's ``word in text``)."""
        return {self.word(number) for number in self.numbers_in(text)}

    def numbers_in(self, text: str) -> set[int]:
        """The numbers of the words that occur in ``text``."""
        pieces = {text[i : i + n] for n in range(KEY_CHARS) for i in range(len(text) - n + 1)}
        found = {self.short[piece] for piece in pieces if piece in self.short}
        for start in {text[i : i + KEY_CHARS] for i in range(len(text) - KEY_CHARS + 1)}:
            first = self.starts.get(start)
            if first is None:
                continue
            for number in range(first, len(self.long_ends)):
                word = self.word(number)
                if not word.startswith(start):
                    break
                if word in text:
                    found.add(number)
        return found

    def word(self, number: int) -> str:
        """The word numbered ``number``."""
        if number >= len(self.long_ends):
            return self.short_words[number - len(self.long_ends)]
        begin = self.long_ends[number - 1] if number else 0
        return self.long_text[begin : self.long_ends[number]]

    def count(self, name: str, numbers: set[int]) -> int:
        """How many of unit ``name``'s training words, repeats included, are those numbered."""
        used, counts = self.by_unit[name]
        found = 0
        for number in numbers:
            i = bisect_left(used, number)
            if i < len(used) and used[i] == number:
                found += counts[i]
        return found


def build_training_words(lang: str) -> TrainingWords:
    """Read quantulum3's training files (here rather than through its cached
    ``load.training_set``: this is all a batch keeps of them) and index their words."""
    texts_by_unit: defaultdict[str, list[str]] = defaultdict(list)
    for word_set in _training_word_sets(lang):
        texts_by_unit[word_set["unit"]].append(word_set["text"])
    names = tuple(sorted(texts_by_unit))
    vocabulary = {word for texts in texts_by_unit.values() for t in texts for word in t.split(" ")}
    long_words = sorted(word for word in vocabulary if len(word) >= KEY_CHARS)
    short_words = sorted(word for word in vocabulary if len(word) < KEY_CHARS)
    del vocabulary
    numbers = {word: number for number, word in enumerate(long_words + short_words)}
    by_unit = {name: _unit_counts(texts_by_unit[name], numbers) for name in names}
    del numbers
    starts: dict[str, int] = {}
    for number, word in enumerate(long_words):
        starts.setdefault(word[:KEY_CHARS], number)
    return TrainingWords(
        totals={name: sum(map(len, texts_by_unit[name])) for name in names},
        long_text="".join(long_words),
        long_ends=_ends(len(word) for word in long_words),
        starts=starts,
        short={word: len(long_words) + i for i, word in enumerate(short_words)},
        short_words=tuple(short_words),
        by_unit=by_unit,
    )


def _unit_counts(texts: list[str], numbers: dict[str, int]) -> tuple[array, array]:
    """One unit's words, by number ascending, and how often its texts use each."""
    found = Counter(numbers[word] for text in texts for word in text.split(" "))
    used = sorted(found)
    return array("I", used), array("I", (found[number] for number in used))


def _ends(lengths: Iterable[int]) -> array:
    ends, end = array("I"), 0
    for length in lengths:
        end += length
        ends.append(end)
    return ends


def _training_word_sets(lang: str) -> Iterator[dict]:
    """quantulum3's training texts with their units, file by file as ``load.training_set``
    reads them."""
    from quantulum3 import language

    for path in language.topdir(lang).joinpath("train").iterdir():
        if path.suffix == ".json":
            with path.open("r", encoding="utf-8") as train_file:
                yield from json.load(train_file)
