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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from heapq import merge

from ..text.patterns import TRIE_IS_FAST, literal_trie

_WORDS = re.compile(r"\w+|&")
_NUMBER_REACH = 2  # a sign and a decimal point, or a comma or space before a number word

Triggers = Callable[[str], Iterable[int]]


class SkippingPattern:
    """A compiled pattern whose ``finditer`` tries only within ``reach`` characters before
    a trigger: for patterns none of whose matches starts further from one."""

    def __init__(self, pattern: re.Pattern[str], triggers: Triggers, reach: int) -> None:
        self.pattern = pattern
        self.given = pattern  # as built, before any rewriting (``use_unit_trie``)
        self._triggers = triggers
        self._reach = reach

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches ``pattern.finditer(text)`` yields, in order."""
        start = 0  # the first position not tried yet
        for trigger in self._triggers(text):
            position = max(start, trigger - self._reach)
            while position <= trigger:
                match = self.pattern.match(text, position)
                if match is None:
                    position += 1
                else:
                    yield match
                    position = match.end()
            start = max(start, position)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.pattern, name)


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
        return SkippingPattern(units_regex(lang), digit_triggers(digits), reach)

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
    after ``install_scans``): 20x faster per number, but the trie takes longer to compile
    than quantulum3's own pattern, which is compiled first anyway, so only a run over many
    texts (a batch) asks for it; one article does not (``extract bench startup``)."""
    from quantulum3 import load
    from quantulum3 import regex as quantulum_regex

    skipping = quantulum_regex.units_regex(lang)
    if isinstance(skipping, SkippingPattern):
        units = load.units(lang)
        # The unit names in quantulum3's own order (units_regex sorts them so), as the
        # pattern holds them: a name added to the registry after the pattern was compiled
        # (a plural read on the way) is not in it.
        names = sorted([*units.surfaces, *units.symbols], key=len, reverse=True)
        names = _alternation_from(skipping.pattern.pattern, names[0]) or names
        skipping.pattern = with_literal_trie(skipping.pattern, names)


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
