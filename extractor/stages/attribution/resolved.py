"""What a speaker mention resolves to, and the speakers found so far (article order):
shared by the rules (``speakers.py``) and the mention resolver (``resolver/``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class Resolved:
    name: str
    kind: str


class Seen(NamedTuple):
    """A speaker found at an absolute offset of the article."""

    position: int
    resolved: Resolved


# The speakers found so far, in the order the cues were found (article order).
History = tuple[Seen, ...]
