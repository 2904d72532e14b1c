"""quantulum3's rule for an ambiguous unit or entity, the same choice computed faster.

Without its classifier, quantulum3 (``no_classifier.disambiguate_no_classifier``) scores
each candidate by how many words of that candidate's training texts occur in the text
being parsed: for every candidate it walks its whole training set (787 texts, 638,574
words) and tests every word, repeats included, against the text. That was about a sixth
of quantulum3's time on the news dump (issue #13). Here the training set is read once
into, per unit name, each distinct word with how often it occurs and the texts' total
length; the counts, ratios and tie-breaks are the same, so the choice is the same.

Testing each of a candidate's few thousand distinct words against the text still cost
about a third of quantulum3's time once its scans were fast (issue #13). The words found
in a text are the same for every candidate, so a batch looks them up once per text
(``load_training_words``, ``disambiguate_indexed``): a word
of 4 characters or more can only be in the text if its first 4 characters are, so only
the training words starting with one of the text's 4-character pieces are tested
(``WordIndex``), the shorter ones by the text's own short pieces.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

_KEY_CHARS = 4  # training words are looked up by their first 4 characters


class UnitWords:
    """What quantulum3's rule reads of one unit's training texts."""

    def __init__(self) -> None:
        self.total = 0  # characters of its texts: quantulum3 divides by this
        self.words: Counter[str] = Counter()


@lru_cache(maxsize=4)
def _unit_words(lang: str) -> dict[str, UnitWords]:
    from quantulum3 import load

    found: dict[str, UnitWords] = {}
    for word_set in load.training_set(lang):
        unit = found.setdefault(word_set["unit"], UnitWords())
        unit.total += len(word_set["text"])
        unit.words.update(word_set["text"].split(" "))
    return found


@dataclass(frozen=True)
class WordIndex:
    """Every distinct training word, found in a text without testing them all."""

    short: frozenset[str]  # words shorter than _KEY_CHARS, the empty word included
    by_start: dict[str, tuple[str, ...]]  # the longer ones by their first _KEY_CHARS

    def found_in(self, text: str) -> set[str]:
        """The words that occur in ``text``, as substrings (quantulum3's ``word in text``)."""
        pieces = range(_KEY_CHARS)
        found = {text[i : i + n] for n in pieces for i in range(len(text) - n + 1)}
        found &= self.short
        for start in {text[i : i + _KEY_CHARS] for i in range(len(text) - _KEY_CHARS + 1)}:
            found.update(word for word in self.by_start.get(start, ()) if word in text)
        return found


@lru_cache(maxsize=4)
def _word_index(lang: str) -> WordIndex:
    words = {word for unit in _unit_words(lang).values() for word in unit.words}
    by_start: defaultdict[str, list[str]] = defaultdict(list)
    for word in sorted(words):
        if len(word) >= _KEY_CHARS:
            by_start[word[:_KEY_CHARS]].append(word)
    short = frozenset(word for word in words if len(word) < _KEY_CHARS)
    return WordIndex(short, {start: tuple(found) for start, found in by_start.items()})


def load_training_words(lang: str = "en_US") -> None:
    """Read quantulum3's training words and index them now, and choose through the index
    from now on (``disambiguate_indexed``): a batch does, before its workers fork, so that
    they share them. One article does not: the index takes longer to build than it saves
    on a few ambiguous units (``extract bench startup``)."""
    from quantulum3 import no_classifier

    _word_index(lang)
    install_disambiguation()
    no_classifier.disambiguate_no_classifier = disambiguate_indexed


@lru_cache(maxsize=64)
def _words_in(text: str, lang: str) -> frozenset[str]:
    """Asked once per ambiguous unit of a parse, for the same text: remembered."""
    return frozenset(_word_index(lang).found_in(text))


def disambiguate_no_classifier(entities: Iterable, text: str, lang: str = "en_US"):
    """The candidate quantulum3's own rule picks: most training words found in ``text``
    relative to its texts' length, then the most words; the first one on a tie."""

    def count(unit: UnitWords) -> int:
        return sum(n for word, n in unit.words.items() if word in text)

    return _most_words(entities, lang, count)


def disambiguate_indexed(entities: Iterable, text: str, lang: str = "en_US"):
    """``disambiguate_no_classifier``'s choice, from the training words found in ``text``
    once through the index."""
    found = _words_in(text, lang)

    def count(unit: UnitWords) -> int:
        return sum(unit.words.get(word, 0) for word in found)

    return _most_words(entities, lang, count)


def _most_words(entities: Iterable, lang: str, count_words: Callable[[UnitWords], int]):
    by_unit = _unit_words(lang)
    max_entity, max_count, max_relative = None, 0, 0
    for entity in entities:
        unit = by_unit.get(entity.name)
        count = count_words(unit) if unit else 0
        relative = count / unit.total if unit and unit.total else 0
        if relative > max_relative or (relative == max_relative and count > max_count):
            max_entity, max_count, max_relative = entity, count, relative
    return max_entity


@lru_cache(maxsize=1)
def install_disambiguation() -> None:
    """Use this rule wherever quantulum3 calls its own (it looks it up on its module);
    once per process. Importing ``no_classifier`` loads no scikit-learn."""
    from quantulum3 import no_classifier

    no_classifier.disambiguate_no_classifier = disambiguate_no_classifier
