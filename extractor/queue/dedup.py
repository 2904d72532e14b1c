"""When two claim records are the same claim, and when two claims contradict each other.

Keys are plain strings computed from one record, so every feeder (another process,
another machine) computes the same key for the same claim; the store only has to compare
keys and, within a key, quantities:

- an **appearance** is one place a claim was printed: ``doc_id`` + the quantity's
  character offsets. Feeding an article twice finds the same appearance keys: no change.
- an **item** is one claim however many outlets print it: same speaker (normalised
  name, or none), same thing (entity lemma mapped through ``entity_concepts.v1.tsv``),
  same qualifiers, same unit and kind of bound (``identity_key``), and a quantity equal
  "within rounding" (``quantities_match``).
- a **conflict** is two items about the same thing (``topic_key``: entity and unit;
  qualifiers and property compatible, ``topics_compatible``) whose numbers cannot both be
  true (``quantities_conflict``), e.g. 5,937 troops killed vs 100,000 Russian casualties.
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

RELATIVE_TOLERANCE = 0.01  # values within 1% are the same number
ROUND_DIGITS = 2  # ... and so are values equal when rounded to 2 significant digits
CONFLICT_WINDOW_DAYS = 31  # numbers about the same thing published further apart are not compared
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
    """Speaker names as the spec scores them: case, leading "the", possessive, punctuation."""
    if not name:
        return ""
    text = re.sub(r"[’']s\b", "", name.lower())
    words = _words(text)
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


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


def qualifier_stems(qualifiers: list[str], *, speaker: str | None = None) -> frozenset[str]:
    """Each qualifier word cut to its first letters, so a demonym meets its country;
    a possessive ("its troops") stands for the speaker's name."""
    words = [
        word for qualifier in qualifiers for word in _words(qualifier) if word not in _STOPWORDS
    ]
    expanded = [
        part
        for word in words
        for part in (_words(speaker) if word in _POSSESSIVES and speaker else [word])
    ]
    return frozenset(word[:QUALIFIER_STEM] for word in expanded if word not in _POSSESSIVES)


def speaker_key(name: str | None, kind: str | None) -> str:
    """A person by surname ("Obama" is "Barack Obama" in the next article); others by full name."""
    normal = normalise_name(name)
    if kind == "person" and normal:
        return "person:" + normal.split()[-1]
    return normal


def property_stems(prop: str | None) -> frozenset[str]:
    return frozenset(word[:5] for word in _words(prop) if word not in _STOPWORDS)


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


def quantities_conflict(a: Numbers, b: Numbers) -> bool:
    """Both cannot be true: their intervals are disjoint and no end is equal within rounding."""
    first, second = a.interval(), b.interval()
    if first is None or second is None:
        return False
    if first[1] < second[0] or second[1] < first[0]:
        ends = [x for x in (*first, *second) if math.isfinite(x)]
        near = any(
            same_number(x, y)
            for x in first
            for y in second
            if math.isfinite(x) and math.isfinite(y)
        )
        return bool(ends) and not near
    return False


SHARE_UNITS = frozenset({"percent", "percentage point", "fraction"})


def is_share(claim_or_numbers: Claim | Numbers, *, unit: str | None = None) -> bool:
    """A percentage, a fraction, or a plain number under 1 ("two-thirds" of voters)."""
    if isinstance(claim_or_numbers, Claim):
        unit, numbers = claim_or_numbers.quantity.unit, Numbers.of(claim_or_numbers)
    else:
        numbers = claim_or_numbers
    if unit in SHARE_UNITS:
        return True
    return unit is None and numbers.value is not None and 0 < abs(numbers.value) < 1


def topics_compatible(
    qualifiers_a: frozenset[str],
    qualifiers_b: frozenset[str],
    property_a: frozenset[str],
    property_b: frozenset[str],
    *,
    share: bool = False,
) -> bool:
    """Same group and same measure: a shared qualifier ("Russian"), and no contradicting property.

    Counts without a qualifier are not linked: on the PolNeAR dump, "49 people killed"
    (Orlando) and "32 people killed" (Brussels) share entity and property, not the event.
    """
    if property_a and property_b and not property_a & property_b:
        return False
    if share and not property_a & property_b:
        # "16 percent of Democratic voters" and "40 percent of Democrat voters" say nothing
        # comparable unless they say the same thing of them (PolNeAR dump: poll shares).
        return False
    return bool(qualifiers_a & qualifiers_b)


def within_window(a: str | None, b: str | None, *, days: int = CONFLICT_WINDOW_DAYS) -> bool:
    """Published close enough to be about the same moment (unknown dates never exclude)."""
    first, second = parse_day(a), parse_day(b)
    if first is None or second is None:
        return True
    return abs((first - second).days) <= days


def parse_day(text: str | None) -> date | None:
    """``YYYY-MM-DD`` (anything after the day is ignored); None when absent or malformed."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
