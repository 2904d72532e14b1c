"""GUM coreference (Zeldes 2017) in CoNLL: one token a line, ``INDEX TOKEN ENTITIES``.

The entity column brackets mentions: ``(person-2`` opens one, ``person-2)`` closes it,
``(place-20-Myanmar)`` is a one-token mention (type, entity number, optional Wikipedia
identity, URL-encoded, so never a bracket). Documents start with ``# begin document``.
The data is not in this repository: ``../shared/benchmarks/gum-coref/conll/`` (see its
PROVENANCE; CC BY annotations over CC BY / CC BY-SA texts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ....errors import InputError

DATA_DIR = Path("gum-coref") / "conll"
_ITEM = re.compile(r"(\()?([a-z]+)-(\d+)(?:-[^()\s]*)?(\))?")


@dataclass(frozen=True)
class GumMention:
    start: int  # first token
    end: int  # one past the last token
    entity: int
    kind: str  # person, organization, place, abstract, ...


@dataclass(frozen=True)
class GumDocument:
    name: str
    tokens: tuple[str, ...]
    mentions: tuple[GumMention, ...]


def parse_conll(name: str, text: str) -> GumDocument:
    """One GUM CoNLL document; a closing bracket without its opening is ignored."""
    tokens: list[str] = []
    mentions: list[GumMention] = []
    open_at: dict[int, list[tuple[int, str]]] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 3:
            continue
        index = len(tokens)
        tokens.append(fields[1])
        for match in _ITEM.finditer(fields[2]):
            opens, kind, entity, closes = match.groups()
            entity_id = int(entity)
            if opens:
                open_at.setdefault(entity_id, []).append((index, kind))
            if closes and open_at.get(entity_id):
                start, kind = open_at[entity_id].pop()
                mentions.append(GumMention(start, index + 1, entity_id, kind))
    mentions.sort(key=lambda m: (m.start, -m.end))
    return GumDocument(name, tuple(tokens), tuple(mentions))


def load_gum(root: Path) -> list[GumDocument]:
    """Every document under ``root`` (the benchmarks folder), in name order."""
    folder = Path(root) / DATA_DIR
    return [parse_conll(path.stem, _read(path)) for path in sorted(folder.glob("*.conll"))]


def _read(path: Path) -> str:
    """A CoNLL file's text; one that cannot be read as UTF-8 is an InputError naming it."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot be read as UTF-8 CoNLL ({err})") from err


def innermost_entities(document: GumDocument) -> list[int | None]:
    """Per token, the entity of the shortest mention holding it (None outside any)."""
    found: list[tuple[int, int] | None] = [None] * len(document.tokens)
    for mention in document.mentions:
        length = mention.end - mention.start
        for i in range(mention.start, mention.end):
            if found[i] is None or length < found[i][0]:
                found[i] = (length, mention.entity)
    return [item[1] if item else None for item in found]
