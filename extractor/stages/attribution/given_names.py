"""Given names written two ways: one person named "Sandra Paradis" and later "Sandy", or
"William Clinton" and "Bill Clinton", is one speaker.

- Two forms of one surname are one person when their first names are the same or one is
  a nickname of the other (the nicknames table, ``adapters/nicknames.py``) and the
  first-name lexicon does not give them different genders; names that only share a
  canonical name stay apart ("Sandy" and "Alex", both nicknames of Alexander).
  Namesakes keep apart: "Hillary Clinton" and "Bill Clinton" share no given name.
- A bare first name ("Sandy said"), the only form of its name run, is the person the
  article names in full with that given name or a variant of it, when there is exactly
  one such person. A title before it ("Sen. Warren") makes it a surname, and a place
  ("Georgia") is no person: both are left as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .name_clusters import NameCluster

Form = tuple[str, ...]


def same_given_name(
    one: str, other: str, *, first_names: Mapping[str, str], variants: Mapping[str, frozenset[str]]
) -> bool:
    """Whether two first names (lower case) can name one person: the same, or one a
    nickname of the other ("bill", "william") without genders that differ."""
    if one == other:
        return True
    if other not in variants.get(one, ()):
        return False
    genders = {first_names.get(one), first_names.get(other)} - {None}
    return len(genders) < 2


def person_key(
    people: Mapping[str, object],
    first: str,
    *,
    first_names: Mapping[str, str],
    variants: Mapping[str, frozenset[str]],
) -> str:
    """The key among ``people`` (first name -> mentions) of the person a form opening
    with ``first`` names: its own, else the one person whose first name is a variant of
    it; ``first`` itself for someone new (or when several could be meant)."""
    if first in people:
        return first
    matching = [
        name
        for name in people
        if same_given_name(first, name, first_names=first_names, variants=variants)
    ]
    return matching[0] if len(matching) == 1 else first


def bare_first_name_targets(
    names: Mapping[str, NameCluster],
    *,
    first_names: Mapping[str, str],
    variants: Mapping[str, frozenset[str]],
) -> dict[str, tuple[str, str]]:
    """Clusters that are a bare first name -> (the key of the cluster of the one person
    the article names in full with it, that person's key there); the module doc."""
    targets = {}
    for key, name in names.items():
        if not _bare_first_name(key, name, first_names=first_names, variants=variants):
            continue
        found = {
            (other_key, person)
            for other_key, other in names.items()
            if other_key != key
            for person in _given_names(other, first_names)
            if same_given_name(key, person, first_names=first_names, variants=variants)
        }
        if len(found) == 1:
            targets[key] = found.pop()
    return targets


def fullest_of(forms: Iterable[Form]) -> str:
    """The longest form, its words joined."""
    return " ".join(max(forms, key=len))


def forms_of(name: NameCluster, person: str) -> list[Form]:
    """The forms of one person of a cluster: its mentions under a known first name, or
    the forms opening with that given name."""
    if person in name.people:
        return [form for _, form in name.people[person]]
    return [form for form in name.first_named if form[0].lower() == person]


def _bare_first_name(
    key: str,
    name: NameCluster,
    *,
    first_names: Mapping[str, str],
    variants: Mapping[str, frozenset[str]],
) -> bool:
    return (
        (key in first_names or key in variants)
        and all(len(form) == 1 for form in name.forms)
        and not name.titles
        and name.kind != "place"
    )


def _given_names(name: NameCluster, first_names: Mapping[str, str]) -> list[str]:
    """The given names a cluster's full forms open with: its people's keys (the first
    names the lexicon knows), and the first word of any other form written as a person's
    ("Xochitl Torres", tagged PERSON)."""
    unknown = {form[0].lower() for form in name.first_named if form[0].lower() not in first_names}
    return [*name.people, *sorted(unknown)]
