"""When two claim records are the same claim; the keys the store compares.

Keys are plain strings computed from one record, so every feeder (another process,
another machine) computes the same key for the same claim; the store only has to compare
keys and, within a key, quantities:

- an **appearance** is one place a claim was printed: ``doc_id`` + the quantity's
  character offsets. Feeding an article twice finds the same appearance keys: no change.
- an **item** is one claim however many outlets print it: same speaker (normalised
  name, or none), same thing (entity lemma mapped through ``entity_concepts.v1.tsv``),
  same qualifiers, same unit and kind of bound (``identity_key``), and a quantity equal
  "within rounding" (``quantities_match``).
- a **conflict** candidate shares the ``topic_key`` (entity concept and unit); whether
  two records conflict is decided in ``conflicts.py``.

Names (speakers, qualifiers) are normalised as the scorer normalises them
(``extractor.text.names.normalise_name``): "U.S. Army" and "US Army" are one name.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..resources import load_resources
from ..schema import Claim
from ..text import names as text_names

RELATIVE_TOLERANCE = 0.01  # values within 1% are the same number
ROUND_DIGITS = 2  # ... and so are values equal when rounded to 2 significant digits
QUALIFIER_STEM = 4  # "Russian"/"Russia", "Ukrainian"/"Ukraine" meet on their first letters
_STOPWORDS = frozenset(
    ["a", "an", "the", "of", "in", "on", "at", "for", "to", "and", "or", "by", "with", "from"]
)
# "5,937 of its troops", said by Russia: a possessive qualifier is the speaker's own group.
_POSSESSIVES = frozenset(["its", "their", "his", "her", "our", "my"])
_WORD = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")


@lru_cache(maxsize=1)
def load_entity_concepts() -> dict[str, str]:
    """Entity lemma -> concept (``models/lexicons/entity_concepts.v1.tsv``)."""
    return dict(load_resources().entity_concepts)


@lru_cache(maxsize=1)
def _inflect():  # type: ignore[no-untyped-def]
    from ..adapters.inflect import inflect

    return inflect.engine()


@lru_cache(maxsize=4096)
def singular(word: str) -> str:
    """ "troops" -> "troop"; words that are not plural nouns stay as they are."""
    result = _inflect().singular_noun(word) if word.isalpha() and len(word) > 3 else False
    return result or word


def _words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


def normalise_name(name: str | None) -> str:
    """Names as the scorer compares them (``extractor.text.names.normalise_name``): case,
    leading "the", possessive, punctuation ("the U.S. Army's" -> "us army")."""
    return text_names.normalise_name(name)


def entity_key(claim: Claim) -> str:
    """The counted thing as a concept: the head noun's lemma, mapped through the lexicon.

    Without an entity the claim can only meet copies of itself: the key is then the
    about text, or the sentence (wire copy printed verbatim by several outlets).
    """
    words = _words(claim.about.entity)
    if words:
        concepts = load_entity_concepts()
        lemma = " ".join([*words[:-1], singular(words[-1])])
        return concepts.get(lemma) or concepts.get(singular(words[-1])) or lemma
    fallback = " ".join(_words(claim.about.text)) or " ".join(_words(claim.sentence.text))
    return "text:" + fallback


@lru_cache(maxsize=1)
def load_title_words() -> frozenset[str]:
    """Titles (``models/lexicons/titles.v1.txt``) as name keys: "sen." -> "sen"."""
    return frozenset(normalise_name(title) for title in load_resources().titles)


def qualifier_words(qualifier: str) -> list[str]:
    """A qualifier as a normalised name without its leading titles, as speakers' names are
    stripped: "President Obama" -> ["obama"]; a title alone ("candidate") stays."""
    words = normalise_name(qualifier).split()
    titles = load_title_words()
    while len(words) > 1 and words[0] in titles:
        words = words[1:]
    return words


def qualifier_stems(qualifiers: list[str], *, speaker: str | None = None) -> frozenset[str]:
    """Each qualifier word cut to its first letters, so a demonym meets its country;
    a possessive ("its troops") stands for the speaker's name."""
    words = [
        word
        for qualifier in qualifiers
        for word in qualifier_words(qualifier)
        if word not in _STOPWORDS
    ]
    expanded = [
        part
        for word in words
        for part in (
            normalise_name(speaker).split() if word in _POSSESSIVES and speaker else [word]
        )
    ]
    return frozenset(word[:QUALIFIER_STEM] for word in expanded if word not in _POSSESSIVES)


def speaker_key(name: str | None, kind: str | None) -> str:
    """A person by surname ("Obama" is "Barack Obama" in the next article); others by full name."""
    normal = normalise_name(name)
    if kind == "person" and normal:
        return "person:" + normal.split()[-1]
    return normal


def bound_class(bound: str) -> str:
    """exact and approx are both a point; a bound or a range is another kind of claim."""
    return "point" if bound in ("exact", "approx") else bound


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def appearance_key(claim: Claim) -> str:
    """One printing of a claim: the article and the quantity's offsets in it."""
    article = claim.doc_id or claim.url or _digest(claim.sentence.text)
    return f"{article}#{claim.quantity.start_char}-{claim.quantity.end_char}"


def identity_key(claim: Claim) -> str:
    """Everything two printings of one claim share except the number (compared apart)."""
    speaker = claim.speaker
    return _digest(
        speaker_key(speaker.name, speaker.kind) if speaker else "",
        entity_key(claim),
        ",".join(
            sorted(
                qualifier_stems(claim.about.qualifiers, speaker=speaker.name if speaker else None)
            )
        ),
        claim.quantity.unit or "",
        bound_class(claim.quantity.bound),
    )


def topic_key(claim: Claim) -> str | None:
    """What a claim is about, for conflicts; none without an entity (nothing to compare)."""
    if not claim.about.entity:
        return None
    return _digest(entity_key(claim), claim.quantity.unit or "")


@dataclass(frozen=True)
class Numbers:
    """The numeric part of a claim, as the store keeps it for an item."""

    value: float | None
    low: float | None
    high: float | None
    bound: str

    @classmethod
    def of(cls, claim: Claim) -> Numbers:
        q = claim.quantity
        return cls(q.value, q.low, q.high, q.bound)

    def interval(self) -> tuple[float, float] | None:
        """The values the claim allows: a point, a range, or a half line for a bound."""
        if self.bound == "range":
            if self.low is None or self.high is None:
                return None
            return (min(self.low, self.high), max(self.low, self.high))
        if self.value is None:
            return None
        if self.bound == "lower":
            return (self.value, math.inf)
        if self.bound == "upper":
            return (-math.inf, self.value)
        return (self.value, self.value)


def round_significant(value: float, digits: int = ROUND_DIGITS) -> float:
    if value == 0 or not math.isfinite(value):
        return value
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


def same_number(a: float | None, b: float | None) -> bool:
    """Equal within rounding: within 1%, or equal at 2 significant digits (5,937 ~ 5,900)."""
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    if abs(a - b) <= RELATIVE_TOLERANCE * max(abs(a), abs(b)):
        return True
    return round_significant(a) == round_significant(b)


def quantities_match(a: Numbers, b: Numbers) -> bool:
    """The same asserted quantity: the same kind of bound, and equal numbers (ranges: both ends)."""
    if bound_class(a.bound) != bound_class(b.bound):
        return False
    if a.bound == "range" or b.bound == "range":
        return same_number(a.low, b.low) and same_number(a.high, b.high)
    return same_number(a.value, b.value)


def parse_day(text: str | None) -> date | None:
    """``YYYY-MM-DD`` (anything after the day is ignored); None when absent or malformed."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
