"""Regular expressions for long lists of words, written so that ``re`` matches them fast.

``re`` tries the alternatives of ``(?:one|two|three|...)`` one after the other at every
position it tries, and under IGNORECASE it cannot skip an alternative by its first
character: a list of a few hundred words, or quantulum3's 1,881 unit names, costs that
many steps per position (issue #13). ``literal_trie`` writes the same list as a trie, which
``re`` walks a character at a time.
"""

from __future__ import annotations

import re
import sys
import weakref
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property

try:  # how ``re`` compares characters under IGNORECASE (CPython 3.11 on)
    from _sre import unicode_tolower
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - other Pythons get the plain alternation
    unicode_tolower = None

TRIE_IS_FAST = unicode_tolower is not None
# Cut patterns compiled (``CutAlternation``) before a run is taken to be long, and the
# whole pattern (or the trie) is compiled instead.
CUT_COMPILES = 12


def _case_key(char: str) -> int:
    """One key per set of characters ``re`` matches alike under IGNORECASE: its lower case,
    or the first of the lower cases it treats as one ("s" and the long s, "µ" and "μ")."""
    lower = unicode_tolower(ord(char))
    return min((lower, *_EXTRA_CASES.get(lower, ())))


def literal_trie(literals: Iterable[str]) -> str:
    """A pattern matching, under ``re.IGNORECASE``, what the alternation of ``literals``
    sorted longest first matches, the longest first on backtracking, as a trie: branches
    that ``re`` tells apart at each character, the end of a literal tried last."""
    if not TRIE_IS_FAST:
        longest_first = sorted(literals, key=len, reverse=True)
        return f"(?:{'|'.join(map(re.escape, longest_first))})"
    root: dict = {}
    for literal in literals:
        node = root
        for char in literal:
            node = node.setdefault(_case_key(char), (char, {}))[1]
        node[None] = None  # a literal ends here

    def source(node: dict) -> str:
        branches = [re.escape(char) + source(child) for char, child in _children(node)]
        if None in node:
            branches.append("")
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return f"(?:{source(root)})"


def _children(node: dict) -> Iterator[tuple[str, dict]]:
    return (branch for key, branch in node.items() if key is not None)


def fold_case(text: str) -> str:
    """``text`` with each character written as its key under ``re.IGNORECASE``: a literal
    matches somewhere in ``text`` under IGNORECASE only where ``fold_case(literal)`` is found
    in ``fold_case(text)`` (no use where ``TRIE_IS_FAST`` is false)."""
    return text.translate({ord(char): _case_key(char) for char in set(text)})


class CutAlternation:
    """A pattern holding one long alternation of literals (once or more, as ``re.escape``
    writes them), for each text cut to the literals found in it, in their order: a literal
    found nowhere in a text cannot match in it, so the cut pattern matches there what the
    whole one does, and compiles in a fraction of the time (``re`` compiles in Python:
    half a second for quantulum3's 1,881 unit names, eight times over; issue #13). The
    literals of the text ``expect``-ed (an article, ``expect_text``) are kept in too, so
    that one cut pattern serves all its sentences."""

    def __init__(self, source: str, flags: int, literals: Sequence[str]) -> None:
        if flags & re.IGNORECASE and not TRIE_IS_FAST:
            raise ValueError("no IGNORECASE cut without re's own case keys")
        self.source = source
        self.flags = flags
        self.compiles = 0
        self._fold = fold_case if flags & re.IGNORECASE else str
        self._alternation = "|".join(map(re.escape, literals))
        if self._alternation not in source:
            raise ValueError("the pattern does not hold the literals' alternation")
        self._literals = [(literal, self._fold(literal)) for literal in literals]
        self._expected: frozenset[str] = frozenset()
        self._last: tuple[frozenset[str], re.Pattern[str]] | None = None
        _EXPECTING.add(self)

    def expect(self, text: str) -> None:
        """The texts to come are parts of ``text``."""
        self._expected = self.literals_in(text)

    def literals_in(self, text: str) -> frozenset[str]:
        """The literals that can match somewhere in ``text``."""
        folded = self._fold(text)
        return frozenset(literal for literal, key in self._literals if key in folded)

    def pattern_for(self, text: str) -> re.Pattern[str] | None:
        """A pattern that matches in ``text`` what the whole one does; None once
        ``CUT_COMPILES`` of them were compiled (a long run: compile the whole one)."""
        needed = self.literals_in(text)
        if self._last is not None and needed <= self._last[0]:
            return self._last[1]
        if self.compiles >= CUT_COMPILES:
            return None
        kept = needed | self._expected
        alternation = "|".join(re.escape(lit) for lit, _ in self._literals if lit in kept)
        # No literal at all: a branch that never matches (an empty one would match "").
        source = self.source.replace(self._alternation, alternation or "(?!)")
        self.compiles += 1
        self._last = (kept, re.compile(source, self.flags))
        return self._last[1]


class CutPattern:
    """``re.compile(source, flags)``'s ``match`` and ``finditer``, read through a
    ``CutAlternation`` of ``literals`` until a run is long (or ``whole``)."""

    def __init__(self, source: str, flags: int, literals: Sequence[str]) -> None:
        self.pattern = source
        self.flags = flags
        self._cut: CutAlternation | None = CutAlternation(source, flags, literals)

    @cached_property
    def whole(self) -> re.Pattern[str]:
        """The pattern itself, compiled: for long runs."""
        self._cut = None
        return re.compile(self.pattern, self.flags)

    def use_whole(self) -> None:
        """Compile the whole pattern now and use it from now on."""
        self.whole  # noqa: B018 - a cached property: compiled once, here

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(text).match(text, pos, endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text)

    def _for(self, text: str) -> re.Pattern[str]:
        cut = self._cut.pattern_for(text) if self._cut is not None else None
        return cut if cut is not None else self.whole


_EXPECTING: weakref.WeakSet[CutAlternation] = weakref.WeakSet()


def expect_text(text: str) -> None:
    """Every ``CutAlternation`` will next read parts of ``text`` (an article)."""
    for cut in list(_EXPECTING):
        cut.expect(text)
