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
(``load_training_words``, ``disambiguate_indexed``) through a compact index of the
training words (``quantulum_words``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

from .quantulum_words import TrainingWords, build_training_words


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


@lru_cache(maxsize=4)
def _word_index(lang: str) -> TrainingWords:
    return build_training_words(lang)


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
def _numbers_in(text: str, lang: str) -> frozenset[int]:
    """Asked once per ambiguous unit of a parse, for the same text: remembered."""
    return frozenset(_word_index(lang).numbers_in(text))


def disambiguate_no_classifier(entities: Iterable, text: str, lang: str = "en_US"):
    """The candidate quantulum3's own rule picks: most training words found in ``text``
    relative to its texts' length, then the most words; the first one on a tie."""

    by_unit = _unit_words(lang)

    def count(name: str) -> int:
        return sum(n for word, n in by_unit[name].words.items() if word in text)

    return _most_words(entities, {name: unit.total for name, unit in by_unit.items()}, count)


def disambiguate_indexed(entities: Iterable, text: str, lang: str = "en_US"):
    """``disambiguate_no_classifier``'s choice, from the training words found in ``text``
    once through the index."""
    index, found = _word_index(lang), _numbers_in(text, lang)
    return _most_words(entities, index.totals, lambda name: index.count(name, found))


def _most_words(entities: Iterable, totals: dict[str, int], count_words: Callable[[str], int]):
    """``totals``: the characters of each unit's training texts, by unit name."""
    max_entity, max_count, max_relative = None, 0, 0
    for entity in entities:
        total = totals.get(entity.name)
        count = count_words(entity.name) if total is not None else 0
        relative = count / total if total else 0
        if relative > max_relative or (relative == max_relative and count > max_count):
            max_entity, max_count, max_relative = entity, count, relative
    return max_entity


@lru_cache(maxsize=1)
def install_disambiguation() -> None:
    """Use this rule wherever quantulum3 calls its own (it looks it up on its module);
    once per process. Importing ``no_classifier`` loads no scikit-learn."""
    from quantulum3 import no_classifier

    no_classifier.disambiguate_no_classifier = disambiguate_no_classifier
