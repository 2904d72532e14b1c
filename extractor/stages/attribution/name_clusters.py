"""The names of one article, clustered: every form a name is written in, with what its
mentions say of its kind ("Milley" joins "Mark Milley"; ``text.names.name_key``).
``speakers.py`` builds the clusters and resolves mentions against them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .resolver.anaphora import NameRecord

LABEL_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}


@dataclass
class NameCluster:
    """All mentions of one named entity in the article."""

    forms: list[tuple[str, ...]] = field(default_factory=list)
    labels: Counter = field(default_factory=Counter)
    titles: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)
    subject_positions: list[int] = field(default_factory=list)
    organization: bool = False  # a form ends in an organisation word ("General Motors")
    initials_of: str | None = None  # the kind of the name it abbreviates ("GM")
    # A mention reads as a person's whatever its label: a form opening with a first name
    # ("Donald Trump"), or one a "who" clause describes ("Sanders, who ...").
    person_form: bool = False
    # forms that open as a person's name: with a first name, or as the tagger's PERSON
    first_named: list[tuple[str, ...]] = field(default_factory=list)
    # known first name -> (position, form) of its mentions: namesakes ("Bill Clinton",
    # "Hillary Clinton") are told apart (``namesakes.py``)
    people: dict[str, list[tuple[int, tuple[str, ...]]]] = field(default_factory=dict)

    @property
    def canonical(self) -> str:
        # The fullest form, preferring one that opens as a person's name: "Donald Trump",
        # not a headline's "More Things Donald Trump" or a party label run on before it.
        return " ".join(max(self.first_named or self.forms, key=len))

    @property
    def kind(self) -> str:
        if self.organization:
            return "organization"
        if (
            self.titles
            or self.person_form
            or self.labels["PERSON"]
            and self.labels["PERSON"] >= self.labels.most_common(1)[0][1] / 2
        ):
            return "person"
        label = self.labels.most_common(1)[0][0] if self.labels else None
        return LABEL_KINDS.get(label, self.initials_of or "unknown")


def borrow_initialism_kinds(names: Iterable[NameCluster]) -> None:
    """An unlabelled initialism takes the kind of the name it abbreviates, when the
    article gives that name: "GM" after "General Motors"."""
    names = list(names)
    kinds = {}
    for name in names:
        words = name.canonical.split()
        if len(words) > 1 and all(word[:1].isupper() for word in words):
            kinds.setdefault("".join(word[0] for word in words), name.kind)
    for name in names:
        form = name.canonical
        if 2 <= len(form) <= 6 and form.isalpha() and form.isupper():
            name.initials_of = kinds.get(form)


def name_records(names: Iterable[NameCluster]) -> tuple[NameRecord, ...]:
    """The names as the mention resolver reads them."""
    return tuple(
        NameRecord(
            canonical=name.canonical,
            kind=name.kind,
            positions=tuple(sorted(name.positions)),
            subject_positions=tuple(name.subject_positions),
            titles=frozenset(name.titles),
        )
        for name in names
    )
