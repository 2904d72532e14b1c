"""Regular expressions for long lists of words, written so that ``re`` matches them fast.

``re`` tries the alternatives of ``(?:one|two|three|...)`` one after the other at every
position it tries, and under IGNORECASE it cannot skip an alternative by its first
character: a list of a few hundred words, or quantulum3's 1,881 unit names, costs that
many steps per position (issue #13). ``literal_trie`` writes the same list as a trie, which
``re`` walks a character at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

try:  # how ``re`` compares characters under IGNORECASE (CPython 3.11 on)
    from _sre import unicode_tolower
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - other Pythons get the plain alternation
    unicode_tolower = None

TRIE_IS_FAST = unicode_tolower is not None


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
