"""Namesakes: different people of one surname in one article ("Bill Clinton", "Hillary
Clinton"). Names cluster on their last word (``text.names.name_key``), so the cluster's
fullest form would name one of them for the other; a mention is resolved to its own
person instead:

- a form with a first name ("Bill Clinton") is that person, named as fully as the article
  names them ("Hillary Rodham Clinton" for "Hillary Clinton");
- a bare surname ("Clinton said") is the article's principal of that surname: the one it
  names first. News style names the principal in full once and by surname after, and
  names a relative in full, or by first name, each time: in PolNeAR train, after "Jane
  Sanders" or "Frank Fiorina" is named once mid-article, "Sanders" and "Fiorina" go on
  meaning Bernie and Carly, so the namesake named last is the wrong guess. An honorific
  chooses among them first ("Mrs. Clinton" is the woman). When two are first named in
  one sentence ("Hillary Clinton and Bill Clinton spoke ...") the surname is left as
  written.

People are told apart by first names the first-name lexicon knows, so a headline's words
run on before a name ("Offensive Things Donald Trump") never make a second person; two
forms of one first name ("George Bush", "George W. Bush") are one person, and so are a
given name and its nickname ("William Clinton", "Bill Clinton": ``given_names.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .given_names import person_key

Form = tuple[str, ...]
# first name (lower case) -> the (position, form) of each mention that opens with it
People = Mapping[str, Sequence[tuple[int, Form]]]


def first_name_of(form: Form, first_names: Mapping[str, str]) -> str | None:
    """The first name a form of two or more words opens with, when it is a known one."""
    if len(form) < 2:
        return None
    first = form[0].lower()
    return first if first in first_names else None


def fullest(people: People, first: str) -> str:
    """The fullest form the article gives one person."""
    return " ".join(max((form for _, form in people[first]), key=len))


def last_named(people: People, position: int) -> dict[str, int]:
    """Each person's last mention by a first-named form before ``position``."""
    latest = {}
    for first, mentions in people.items():
        before = [at for at, _ in mentions if at < position]
        if before:
            latest[first] = max(before)
    return latest


def person_named(
    people: People,
    words: Sequence[str],
    *,
    first_names: Mapping[str, str],
    sentence_of: Callable[[int], int],
    gender: str | None = None,
    variants: Mapping[str, frozenset[str]] | None = None,
) -> str | None:
    """The full name of the one person a mention written ``words`` stands for among the
    namesakes (``gender`` from its honorific, if any; ``variants`` the given names each
    name is interchangeable with: "Bill" is the article's "William Clinton"); None when
    it cannot tell or when the honorific fits none of them (the module doc)."""
    first = first_name_of(tuple(words), first_names)
    if first is not None:
        first = person_key(people, first, first_names=first_names, variants=variants or {})
    if first is not None and first in people:
        return fullest(people, first)
    introduced = {name: min(at for at, _ in mentions) for name, mentions in people.items()}
    candidates = introduced
    if gender is not None:
        candidates = {
            name: at for name, at in introduced.items() if first_names.get(name) == gender
        }
        if not candidates:
            return None  # "Mrs. Clinton" where only Bill Clinton is named: someone else
    principal = min(candidates, key=lambda name: candidates[name])
    sentence = sentence_of(candidates[principal])
    if any(sentence_of(at) == sentence for name, at in candidates.items() if name != principal):
        return None
    return fullest(people, principal)


def person_at(people: People, position: int) -> str | None:
    """The namesake named last before ``position`` (for a pronoun or role that points
    back to "the last person named"; gender agreement then decides among them)."""
    latest = last_named(people, position)
    if not latest:
        return None
    return fullest(people, max(latest, key=lambda name: latest[name]))


def of_gender(forms: Sequence[Form], gender: str, first_names: Mapping[str, str]) -> str | None:
    """The fullest form whose first name is of ``gender`` ("he" among "Hillary Clinton"
    and "Bill Clinton" is Bill)."""
    matching = [form for form in forms if first_names.get(form[0].lower()) == gender]
    matching = [form for form in matching if len(form) > 1]
    return " ".join(max(matching, key=len)) if matching else None
