"""quantulum3's rule for an ambiguous unit or entity, the same choice computed faster.

Without its classifier, quantulum3 (``no_classifier.disambiguate_no_classifier``) scores
each candidate by how many words of that candidate's training texts occur in the text
being parsed: for every candidate it walks its whole training set (787 texts, 638,574
words) and tests every word, repeats included, against the text. That was about a sixth
of quantulum3's time on the news dump (issue #13). Here the training set is read once
into, per unit name, each distinct word with how often it occurs and the texts' total
length; the counts, ratios and tie-breaks are the same, so the choice is the same.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache


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


def disambiguate_no_classifier(entities: Iterable, text: str, lang: str = "en_US"):
    """The candidate quantulum3's own rule picks: most training words found in ``text``
    relative to its texts' length, then the most words; the first one on a tie."""
    by_unit = _unit_words(lang)
    max_entity, max_count, max_relative = None, 0, 0
    for entity in entities:
        unit = by_unit.get(entity.name)
        count = sum(n for word, n in unit.words.items() if word in text) if unit else 0
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
