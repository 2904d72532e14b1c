"""When two claim records contradict each other: the same measured thing, other numbers.

Two records conflict only when all of these hold (issue #10):

- **the same measured thing** (``same_measure``): the same entity concept and unit (the
  store only compares items with one ``topic_key``), the same qualifiers ("Russian"
  soldiers are not "Russian and Ukrainian" soldiers), and qualifiers that name whose
  (``names_whose``: "the campaign" does not say whose campaign), a property in common by
  word or by sense ("killed" and "killed or injured"; "admit" and "accepting" refugees,
  ``conflict_property_senses.v1.txt``), and both a level or both a change ("rose by 3%"
  is not "3%");
- **the same time** (``same_time``): the reference dates they state overlap ("in
  September" is not "in October"); a record that states none is about the day it was
  published, and two such records are compared only within ``CONFLICT_WINDOW_DAYS``;
- **numbers that cannot both be true** (``quantities_conflict``): each number stands
  for the interval it allows, widened by its rounding ("about 100,000" allows 90,000 to
  110,000; "6,000" may be 5,937 rounded; "more than 50" allows 60), and the intervals
  are disjoint.

One sentence printed by two articles is one report, never two sources (``same_sentence``).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ..resources import load_resources
from ..schema import Claim
from .dedup import _POSSESSIVES, Numbers, _words, parse_day, qualifier_stems

CONFLICT_WINDOW_DAYS = 31  # undated numbers printed further apart are about other moments
APPROX_TOLERANCE = 0.10  # "about", "around": within 10% of the stated number
ROUNDING_CAP = 0.10  # a round number ("100,000") stands for at most +-10% around it
MIN_TOLERANCE = 1e-6  # float noise: 0.1 + 0.2 is 0.3
_STOPWORDS = frozenset(
    ["a", "an", "the", "of", "in", "on", "at", "for", "to", "and", "or", "by", "with", "from"]
)
# Words that make a number a change rather than a level, right before it ("rose by 3%",
# "up 3%") or right after it ("a 3% rise"); a level is "rose to 3%". Prefixes of the
# word forms: "increas" covers increase, increased, increases.
_CHANGE_BEFORE = frozenset(["by", "up", "down"])
_CHANGE_AFTER = (
    "increas",
    "decreas",
    "rise",
    "drop",
    "declin",
    "gain",
    "jump",
    "growth",
    "cut",
    "hike",
    "reduct",
    "fall",
    "loss",
    "more",
    "fewer",
    "less",
)
# Regular inflections, longest first, and what the stem may end with in the lemma.
_SUFFIXES = (
    ("ies", ("y",)),
    ("ied", ("y",)),
    ("ing", ("", "e")),
    ("es", ("", "e")),
    ("ed", ("", "e")),
    ("s", ("",)),
    ("d", ("",)),
)
_DATE = re.compile(r"^(\d{4}|X{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def significant_digits(value: float) -> int:
    """Digits as the number is written, without trailing zeros: 5,937 -> 4, 100,000 -> 1."""
    digits = f"{abs(value):.12g}".split("e")[0].replace(".", "").lstrip("0").rstrip("0")
    return max(len(digits), 1)


def tolerance(value: float, bound: str) -> float:
    """How far the true number may be from the stated one, by its stated precision.

    Half the unit of its last significant digit ("6,000" may be 5,937 rounded), capped at
    ``ROUNDING_CAP`` for round numbers; at least ``APPROX_TOLERANCE`` for "about".
    """
    size = abs(value)
    if size == 0 or not math.isfinite(size):
        return 0.0
    unit = 10 ** (math.floor(math.log10(size)) - significant_digits(value) + 1)
    spread = min(unit / 2, ROUNDING_CAP * size)
    if bound == "approx":
        spread = max(spread, APPROX_TOLERANCE * size)
    return max(spread, MIN_TOLERANCE * size)


def allowed_interval(numbers: Numbers) -> tuple[float, float] | None:
    """The values a claim allows, each end widened by its rounding: a point, a range, or a
    half line for a bound ("more than 50" allows 60)."""
    interval = numbers.interval()
    if interval is None:
        return None
    low, high = interval
    if numbers.bound == "range":
        return (low - tolerance(low, "exact"), high + tolerance(high, "exact"))
    spread = tolerance(numbers.value or 0.0, numbers.bound)
    return (low - spread, high + spread)


def quantities_conflict(a: Numbers, b: Numbers) -> bool:
    """Both cannot be true: the intervals they allow (rounding included) are disjoint."""
    first, second = allowed_interval(a), allowed_interval(b)
    if first is None or second is None:
        return False
    return first[1] < second[0] or second[1] < first[0]


def is_change(claim: Claim) -> bool:
    """The number states a change ("rose by 3%", "up 3%", "a 3% rise"), not a level."""
    sentence, q = claim.sentence, claim.quantity
    start, end = q.start_char - sentence.start_char, q.end_char - sentence.start_char
    before, after = _words(sentence.text[:start])[-1:], _words(sentence.text[end:])[:2]
    if before and before[0] in _CHANGE_BEFORE:
        return True
    return any(word.startswith(_CHANGE_AFTER) for word in after)


def property_stems(prop: str | None) -> frozenset[str]:
    """The property's words, cut to 5 letters ("killed", "killing"), without stopwords."""
    return frozenset(word[:5] for word in _words(prop) if word not in _STOPWORDS)


@lru_cache(maxsize=1)
def load_property_senses() -> dict[str, int]:
    """Word -> its sense row in ``conflict_property_senses.v1.txt`` ("accept" -> the row
    of "admit")."""
    return {
        word: index
        for index, sense in enumerate(load_resources().property_senses)
        for word in sense
    }


def base_forms(word: str) -> list[str]:
    """The word and what it may be an inflection of: "accepting" -> "accept", "accepte";
    "admitted" -> "admit"; "cities" -> "city". Only looked up in a lexicon, so a wrong
    guess ("accepte") finds nothing."""
    forms = [word]
    for suffix, replacements in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            forms.extend(stem + ending for ending in replacements)
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                forms.append(stem[:-1])  # "admitted" -> "admit"
    return forms


def property_senses(prop: str | None) -> frozenset[str]:
    """What a property says, to compare with another's: its words cut to 5 letters, and
    the sense rows its words belong to ("admit" and "accepting" share a row)."""
    senses = load_property_senses()
    words = _words(prop)
    # A phrasal verb is written with "_" in the lexicon: "taking in" -> "take_in".
    forms = [form for word in words for form in base_forms(word)]
    forms += [
        f"{form}_{after}"
        for word, after in zip(words, words[1:], strict=False)
        for form in base_forms(word)
    ]
    return property_stems(prop) | {f"sense:{senses[form]}" for form in forms if form in senses}


def names_whose(claim: Claim) -> bool:
    """A qualifier names whose or which: a capitalised word that is not only the sentence's
    first word ("Russian", "Obama's" plan), or "its"/"their" said by a speaker.

    Common-noun qualifiers ("campaign", "groups", "minimum") leave the owner unsaid: on
    the PolNeAR dump, Sanders' and Clinton's "campaign says it raised" share them."""
    sentence = claim.sentence.text
    for qualifier in claim.about.qualifiers:
        for word in qualifier.split():
            if word.lower() in _POSSESSIVES and claim.speaker is not None:
                return True
            if not word[:1].isupper():
                continue
            if sentence.find(word, 1) > 0 or sentence.startswith((f"{word}'s", f"{word}’s")):
                return True
    return False


def same_measure(a: Claim, b: Claim) -> bool:
    """About the same measured thing: (entity and unit compared by the store), the same
    qualifiers, a property in common, and both levels or both changes."""
    speaker_a = a.speaker.name if a.speaker else None
    speaker_b = b.speaker.name if b.speaker else None
    qualifiers_a = qualifier_stems(a.about.qualifiers, speaker=speaker_a)
    qualifiers_b = qualifier_stems(b.about.qualifiers, speaker=speaker_b)
    # Counts without a qualifier say nothing of whose: on the PolNeAR dump, "49 people
    # killed" (Orlando) and "32 people killed" (Brussels) share entity and property only.
    if not qualifiers_a or qualifiers_a != qualifiers_b:
        return False
    if not (names_whose(a) and names_whose(b)):
        return False
    if not property_senses(a.about.property) & property_senses(b.about.property):
        return False
    return is_change(a) == is_change(b)


def reference_periods(claim: Claim) -> list[str]:
    """The dates the number is about, as stated (role "reference"). "Now" (``PRESENT_REF``)
    is the day printed, as for a record that states nothing; other forms without a year or
    month (``PAST_REF``, decades) say nothing comparable: both are left out."""
    return [
        ref.value
        for ref in claim.dates
        if ref.role == "reference" and ref.value and _DATE.match(ref.value)
    ]


def periods_overlap(a: str, b: str) -> bool:
    """One period holds the other at the precision both give ("2022-09" and "2022-09-15");
    an unknown year ("XXXX-09") is compared on the month; a form not understood never
    excludes."""
    first, second = _DATE.match(a), _DATE.match(b)
    if first is None or second is None:
        return True
    for part_a, part_b in zip(first.groups(), second.groups(), strict=True):
        if part_a is None or part_b is None or "X" in part_a or "X" in part_b:
            continue
        if part_a != part_b:
            return False
    return True


def same_time(a: Claim, b: Claim, *, days: int = CONFLICT_WINDOW_DAYS) -> bool:
    """About the same moment: stated reference periods overlap; a record without one is
    about its publication day; two undated records within ``days`` of each other."""
    periods_a, periods_b = reference_periods(a), reference_periods(b)
    if not periods_a and not periods_b:
        return within_window(a.published, b.published, days=days)
    periods_a = periods_a or ([a.published[:10]] if a.published else [])
    periods_b = periods_b or ([b.published[:10]] if b.published else [])
    if not periods_a or not periods_b:
        return True
    return any(periods_overlap(x, y) for x in periods_a for y in periods_b)


def within_window(a: str | None, b: str | None, *, days: int = CONFLICT_WINDOW_DAYS) -> bool:
    """Published close enough to be about the same moment (unknown dates never exclude)."""
    first, second = parse_day(a), parse_day(b)
    if first is None or second is None:
        return True
    return abs((first - second).days) <= days


def same_sentence(a: Claim, b: Claim) -> bool:
    """One sentence printed by two articles (wire copy, a repeated paragraph): its numbers
    are its own parts ("a 20 or 30 percent premium", "45.4 percent to 42 percent"), never
    sources contradicting each other (PolNeAR dump: every such pair read)."""
    return a.sentence.text.split() == b.sentence.text.split()


def claims_conflict(a: Claim, b: Claim) -> bool:
    """Two attributed records about the same thing at the same time whose numbers cannot
    both be true (the store adds: from different articles)."""
    if a.speaker is None or b.speaker is None:
        # Conflicts are between sources: an unattributed number ("900 likely voters"
        # surveyed) is the article's own context (PolNeAR dump: nearly all poll samples).
        return False
    if a.quantity.unit != b.quantity.unit:
        return False
    if same_sentence(a, b):
        return False
    return (
        same_measure(a, b) and same_time(a, b) and quantities_conflict(Numbers.of(a), Numbers.of(b))
    )
