"""The long unit patterns, made ready for what is read next: one article, or many.

quantulum3's units pattern (1,881 names) and the units lexicon's (2,248 surfaces) are long
alternations that ``re`` takes most of a second to compile (issue #13). For one article
each is cut to the names the article holds (``text.patterns.CutAlternation``); a long run
compiles them whole once (quantulum3's as a trie), before a batch forks its workers.
"""

from __future__ import annotations

from ...adapters.quantulum import load_quantulum
from ...adapters.quantulum_disambiguate import load_training_words
from ...adapters.quantulum_scan import use_unit_trie
from ...resources import Resources
from ...text.patterns import expect_text
from .units import number_with_unit, unit_words, whole_unit_patterns


def expect_article(text: str, *, resources: Resources) -> None:
    """The quantities of ``text``'s sentences are looked for next."""
    load_quantulum()
    unit_words(resources)
    number_with_unit(resources)
    expect_text(text)


def prepare_long_run(resources: Resources) -> None:
    """For many articles: the unit patterns whole, quantulum3's as a trie, its training
    words loaded and indexed."""
    load_quantulum()
    use_unit_trie()
    load_training_words()
    whole_unit_patterns(resources)
