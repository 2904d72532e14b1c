"""nicknames (PyPI, Apache-2.0) behind one adapter: English given names and their
diminutives, hand-curated ("william" has the nicknames "bill", "will", "billy").

The package's relation is one-way (a canonical name has nicknames); an article writes
either form for one person ("Sandra Paradis" ... "Sandy"), so the adapter gives each name
the names it is interchangeable with, both ways. Names that only share a canonical name
are not linked ("sandy" and "alex" are both nicknames of "alexander").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from importlib.metadata import version
from types import MappingProxyType

from nicknames import name_triplets


def load_name_variants() -> Mapping[str, frozenset[str]]:
    """Each given name, lower case, to the names that are its nickname or whose nickname
    it is ("bill" -> {"william", "robert", ...}; "william" -> {"bill", "will", ...})."""
    variants: dict[str, set[str]] = defaultdict(set)
    for triplet in name_triplets():
        name, nickname = triplet.name1.strip().lower(), triplet.name2.strip().lower()
        if name and nickname and name != nickname:
            variants[name].add(nickname)
            variants[nickname].add(name)
    return MappingProxyType({name: frozenset(names) for name, names in variants.items()})


def name_variants_version() -> str:
    """The installed table's version, for the batch fingerprint."""
    return f"nicknames=={version('nicknames')}"
