"""quantulum3's two scans of a text, the same matches found with fewer tries:
``install_scans()``.

quantulum3 reads each text with two large regular expressions, one for runs of number
words (``regex.text_pattern_reg``: "two hundred", "a", "and") and one for quantities
(``regex.units_regex``: a number, then up to four units). ``finditer`` tries each at every
position of the text, and every try runs through long alternations: the two scans were
about 40% of quantulum3's time on the news dump (issue #13). Which positions can start a
match is cheap to know:

- a quantity has at most a currency symbol (PREFIX_REACH: its longest one), a sign and a
  decimal point before its first digit or Unicode fraction;
- a run of number words starts with a number (a digit within 2 characters) or with an
  optional comma or space and a number word; a number word is "&" or a whole word (its
  pattern wants a non-word character or the end of the text on both sides).

``SkippingPattern.finditer`` tries the pattern (``match`` reads the same context as
``finditer``: the text before the position included) only at positions within that reach
before such a trigger, in order, and goes on after each match as ``finditer`` does, so it
yields the same matches (neither pattern can match an empty string).

Where the units pattern does match (at a number), it tries its alternation of all 1,881
unit names up to eight times (four units, each with a look-ahead), one name after the
other: about 2 ms per number, three quarters of quantulum3's time after the skipping
above (issue #13). ``use_unit_trie`` (for batches) writes that alternation as a trie
(``text.patterns``), which tries the same names, longest first, in a few steps per
character; the pattern is otherwise quantulum3's own. tests/test_quantulum_scan.py
compares both on texts built to be hard.

Compiling that pattern (eight copies of the 1,881 names) took half a second, the largest
part of `extract FILE`'s start-up after spaCy (issue #13), and the trie takes longer. So the
pattern's source is kept uncompiled (``DeferredPattern``) and, until a run has read many
texts, each text is scanned with the pattern cut to the unit names it holds
(``text.patterns.CutAlternation``): a name found nowhere in a text cannot match in it, and
the names left keep their order, so the matches are the same. The article at hand
(``text.patterns.expect_text``) gives the names of one pattern for all its sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property, lru_cache
from heapq import merge
from types import ModuleType

from ..text.patterns import TRIE_IS_FAST, CutAlternation, literal_trie

_WORDS = re.compile(r"\w+|&")
_NUMBER_REACH = 2  # a sign and a decimal point, or a comma or space before a number word

Triggers = Callable[[str], Iterable[int]]


class SkippingPattern:
    """A compiled pattern whose ``finditer`` tries only within ``reach`` characters before
    a trigger: for patterns none of whose matches starts further from one."""

    def __init__(self, pattern: re.Pattern[str], triggers: Triggers, reach: int) -> None:
        self.pattern = pattern
        self.given = pattern  # as built, before any rewriting (``use_unit_trie``)
        self.narrowed: CutAlternation | None = None  # the units scan, until a run is long
        self._triggers = triggers
        self._reach = reach

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches ``pattern.finditer(text)`` yields, in order."""
        pattern = self.pattern
        if self.narrowed is not None:
            pattern = self.narrowed.pattern_for(text) or self._long_run()
        start = 0  # the first position not tried yet
        for trigger in self._triggers(text):
            position = max(start, trigger - self._reach)
            while position <= trigger:
                match = pattern.match(text, position)
                if match is None:
                    position += 1
                else:
                    yield match
                    position = match.end()
            start = max(start, position)

    def _long_run(self) -> re.Pattern[str]:
        self.narrowed = None
        use_unit_trie()
        return self.pattern

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.pattern, name)


class DeferredPattern:
    """A pattern's source and flags, compiled when first used as a pattern."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.compiled, name)


def digit_triggers(digits: re.Pattern[str]) -> Triggers:
    """Where ``digits`` (one character: a digit or a Unicode fraction) is found."""

    def triggers(text: str) -> Iterator[int]:
        return (match.start() for match in digits.finditer(text))

    return triggers


def number_word_triggers(digits: re.Pattern[str], words: frozenset[str]) -> Triggers:
    """Digits, "&" and whole words that may be one of ``words`` (lower case, ASCII) in any
    case; a word with a non-ASCII letter counts too (case-insensitive matching lets "K",
    the Kelvin sign, stand for "k")."""

    def may_be(word: str) -> bool:
        return word == "&" or not word.isascii() or word.lower() in words

    def triggers(text: str) -> Iterator[int]:
        found = (match.start() for match in _WORDS.finditer(text) if may_be(match.group()))
        return merge((match.start() for match in digits.finditer(text)), found)

    return triggers


def with_literal_trie(pattern: re.Pattern[str], literals: list[str]) -> re.Pattern[str]:
    """``pattern`` with every copy of the alternation ``"|".join(map(re.escape,
    literals))`` (``literals`` sorted longest first) written as ``literal_trie``; the pattern
    unchanged where that is not sure to match the same (another Python, other flags)."""
    alternation = "|".join(map(re.escape, literals))
    usable = TRIE_IS_FAST and pattern.flags & re.IGNORECASE
    usable = usable and not pattern.flags & (re.ASCII | re.LOCALE)
    if not usable or alternation not in pattern.pattern:
        return pattern
    lengths = [len(literal) for literal in literals]
    if lengths != sorted(lengths, reverse=True):
        return pattern  # ties aside, the trie tries literals longest first
    return re.compile(pattern.pattern.replace(alternation, literal_trie(literals)), pattern.flags)


@lru_cache(maxsize=1)
def install_scans() -> None:
    """Make quantulum3's two scans skip what cannot match (once per process; the patterns
    themselves are still built by quantulum3, on first use, after the adapter has fixed
    the order of its word sets)."""
    from quantulum3 import load
    from quantulum3 import regex as quantulum_regex

    units_regex, text_pattern_reg = quantulum_regex.units_regex, quantulum_regex.text_pattern_reg
    fractions = "".join(quantulum_regex.unicode_fractions())
    digits = re.compile(rf"[\d{re.escape(fractions)}]")

    @lru_cache(maxsize=4)
    def skipping_units(lang: str = "en_US") -> SkippingPattern:
        reach = max(map(len, load.units(lang).prefix_symbols), default=0) + _NUMBER_REACH
        given = _deferred(units_regex, lang)
        skipping = SkippingPattern(given, digit_triggers(digits), reach)
        names = _unit_names(given, lang)
        if TRIE_IS_FAST and isinstance(given, DeferredPattern) and names:
            skipping.narrowed = CutAlternation(given.pattern, given.flags, names)
        return skipping

    @lru_cache(maxsize=4)
    def skipping_text(lang: str = "en_US") -> SkippingPattern | re.Pattern[str]:
        words = {word for word in quantulum_regex.numberwords(lang) if word}
        if not all(word == "&" or re.fullmatch("[a-z]+", word) for word in words):
            return text_pattern_reg(lang)  # words the triggers do not know: scan it all
        triggers = number_word_triggers(digits, frozenset(words))
        return SkippingPattern(text_pattern_reg(lang), triggers, _NUMBER_REACH)

    quantulum_regex.units_regex = skipping_units
    quantulum_regex.text_pattern_reg = skipping_text


@lru_cache(maxsize=4)
def use_unit_trie(lang: str = "en_US") -> None:
    """Make quantulum3's units scan match its unit names through a trie (once per process,
    after ``install_scans``): 20x faster per number, but it takes longer to compile than
    quantulum3's own pattern, so only a long run asks for it: a batch, or a run whose cut
    patterns (``CutAlternation``) were compiled ``CUT_COMPILES`` times; one article
    does not (``extract bench startup``)."""
    from quantulum3 import regex as quantulum_regex

    skipping = quantulum_regex.units_regex(lang)
    if isinstance(skipping, SkippingPattern):
        skipping.narrowed = None
        skipping.pattern = with_literal_trie(skipping.pattern, _unit_names(skipping.given, lang))


def _unit_names(pattern: re.Pattern[str] | DeferredPattern, lang: str) -> list[str]:
    """The unit names in quantulum3's own order (units_regex sorts them so), as the
    pattern holds them: a name added to the registry after the pattern was built (a
    plural read on the way) is not in it."""
    from quantulum3 import load

    units = load.units(lang)
    names = sorted([*units.surfaces, *units.symbols], key=len, reverse=True)
    return _alternation_from(pattern.pattern, names[0]) or names


def _deferred(build: Callable[[str], re.Pattern[str]], lang: str) -> DeferredPattern:
    """What ``build(lang)`` (quantulum3's ``units_regex``) returns, its ``re.compile``
    deferred: the call runs with ``re.compile`` in quantulum3's regex module giving a
    ``DeferredPattern`` (the only pattern that function compiles)."""
    from quantulum3 import regex as quantulum_regex

    real = quantulum_regex.re
    quantulum_regex.re = _DeferringRe(real)
    try:
        return build(lang)
    finally:
        quantulum_regex.re = real


class _DeferringRe:
    """The ``re`` module, its ``compile`` giving ``DeferredPattern``s."""

    def __init__(self, module: ModuleType) -> None:
        self._module = module

    def compile(self, pattern: str, flags: int = 0) -> DeferredPattern:
        return DeferredPattern(pattern, flags)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._module, name)


def _alternation_from(pattern: str, first: str) -> list[str]:
    """The literals of the alternation in ``pattern`` whose first branch is ``first``, in
    the pattern's order; empty when ``first`` opens no branch."""
    opening = re.search(rf"(?<=[|(]){re.escape(re.escape(first))}(?=[|)])", pattern)
    if opening is None:
        return []
    branches, branch, at = [], [], opening.start()
    while at < len(pattern) and pattern[at] != ")":
        if pattern[at] == "\\":
            branch.append(pattern[at + 1])  # re.escape escapes one character at a time
            at += 2
            continue
        if pattern[at] == "|":
            branches.append("".join(branch))
            branch = []
        else:
            branch.append(pattern[at])
        at += 1
    return [*branches, "".join(branch)]
