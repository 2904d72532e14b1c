"""What makes a claim worth checking, read from its record and its sentence.

Two kinds of features, both computed from a ``Claim`` alone (what the queue stores):

- **record features** (``claim_features``), each in [0, 1]: the number's kind (money,
  percent, fraction, count, time, year, other unit), bound (exact, approx, lower, upper,
  range), magnitude, whether it is written in words; about (entity, property,
  qualifiers); the speaker (none, kind, an official, the first person); cue (and whether
  a label before a colon or a word names the speaker: v5), via, quote type, stated dates;
- **sentence features**, from the sentence's words: hedges ("maybe", "about"),
  comparisons ("more than ever", "doubled", "the highest"), tense (past, future),
  first and second person, a question, length; plus word uni- and bigrams
  (``sentence_ngrams``, binary counts over a vocabulary fixed at training, l2-normalised).

The word lists are data, versioned with the model (``models/checkworthy.v2.config.json``,
copied into ``models/checkworthy.v2.json``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..schema import Claim
from ..stages.attribution.quotes import without_label

MAGNITUDE_SATURATION = 9  # log10: a billion scores 1 (as the queue's number feature)
LENGTH_SATURATION = 60  # words
MONEY_NAMES = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rupee", "ruble", "rouble"})
TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
)
PERCENT_UNITS = frozenset({"percent", "percentage point"})
FIRST_PERSON_SPEAKERS = frozenset({"i", "we", "me", "us", "my", "our"})
WORD_GROUPS = ("hedge", "comparison", "future", "past", "first_singular", "first_plural", "second")
_WORD = re.compile(r"\w+")
_PAST_FORM = re.compile(r"\b\w{3,}ed\b")


@dataclass(frozen=True)
class CueWords:
    """The word lists the sentence features look for, one set per group."""

    groups: Mapping[str, frozenset[str]]

    @classmethod
    def from_config(cls, words: Mapping[str, Sequence[str]]) -> CueWords:
        missing = [group for group in WORD_GROUPS if not words.get(group)]
        if missing:
            raise ValueError(f"checkworthy config: empty or missing word lists {missing}")
        return cls({group: frozenset(w.lower() for w in words[group]) for group in WORD_GROUPS})


def sentence_of(claim: Claim | None, sentence: str | None = None) -> str:
    """The sentence the features read: the one given, else the record's own without a
    transcript's speaker label ("Holt: ..."): the model learns from what lines say, not
    from who is named before them (the record's speaker says that)."""
    if sentence is not None:
        return sentence
    if claim is None:
        raise ValueError("a sentence without a claim needs its text")
    return without_label(claim.sentence.text)


def is_money(unit: str | None) -> bool:
    """A currency: an ISO code ("USD") or a currency's name ("dollar")."""
    if not unit:
        return False
    return (len(unit) == 3 and unit.isalpha() and unit.isupper()) or unit.lower() in MONEY_NAMES


def number_kind(claim: Claim) -> str:
    """money, percent, fraction, year, count, time or unit."""
    q = claim.quantity
    unit = q.unit or ""
    if is_money(unit):
        return "money"
    if unit in PERCENT_UNITS:
        return "percent"
    if unit == "fraction":
        return "fraction"
    if not unit:
        value = q.value
        is_year = value is not None and value.is_integer() and 1800 <= value <= 2100
        return "year" if is_year and q.text.strip().isdigit() else "count"
    first = unit.split(" per ")[0].split()[-1].lower()
    return "time" if first in TIME_UNITS else "unit"


def magnitude(claim: Claim) -> float:
    """log10 of the largest absolute value over 9, in [0, 1]."""
    q = claim.quantity
    size = max(abs(x) for x in (q.value, q.low, q.high, 0.0) if x is not None)
    return min(1.0, math.log10(size) / MAGNITUDE_SATURATION) if size > 1 else 0.0


@lru_cache(maxsize=1)
def _officials() -> frozenset[str]:
    from ..resources import load_resources

    return frozenset(load_resources().officials)


def speaker_features(claim: Claim) -> dict[str, float]:
    """Who speaks: none, first person, an official or institution, else their kind."""
    speaker = claim.speaker
    if speaker is None:
        return {"speaker=none": 1.0}
    words = {w.lower() for w in _WORD.findall(f"{speaker.name} {speaker.mention.text}")}
    if words <= FIRST_PERSON_SPEAKERS:
        return {"speaker=first_person": 1.0}
    found = {f"speaker={speaker.kind}": 1.0}
    if words & _officials():
        found["speaker_official"] = 1.0
    return found


def quantity_features(claim: Claim) -> dict[str, float]:
    """Features of the number and what it is about (v6 reads only these: they do not
    depend on who is found to speak)."""
    q, about = claim.quantity, claim.about
    return {
        f"kind={number_kind(claim)}": 1.0,
        f"bound={q.bound}": 1.0,
        "magnitude": magnitude(claim),
        "number_in_words": 0.0 if any(ch.isdigit() for ch in q.text) else 1.0,
        "entity": 1.0 if about.entity else 0.0,
        "property": 1.0 if about.property else 0.0,
        "qualifiers": 1.0 if about.qualifiers else 0.0,
    }


def record_features(claim: Claim) -> dict[str, float]:
    """Features of the record: the number, what it is about, who says it and how."""
    found = quantity_features(claim)
    found.update(
        {
            "cue": 1.0 if claim.cue else 0.0,
            "via": 1.0 if claim.via else 0.0,
            f"quote={claim.quote}": 1.0,
            "dated": 1.0 if any(d.role == "stated" for d in claim.dates) else 0.0,
        }
    )
    found.update(speaker_features(claim))
    if claim.cue is not None:
        # A label before a colon (a transcript's "Roe:") names the speaker of the whole
        # paragraph; a word ("said") names someone the sentence reports.
        found["cue=label" if claim.cue.text == ":" else "cue=word"] = 1.0
    return found


def words_of(sentence: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(sentence)]


def text_features(sentence: str, *, words: CueWords) -> dict[str, float]:
    """Features of the sentence: cue-word groups present, a question, its length."""
    tokens = words_of(sentence)
    present = set(tokens)
    found = {f"words={group}": 1.0 for group in WORD_GROUPS if present & words.groups[group]}
    if "words=past" not in found and _PAST_FORM.search(sentence.lower()):
        found["words=past"] = 1.0
    found["question"] = 1.0 if sentence.rstrip().endswith("?") else 0.0
    found["length"] = min(1.0, len(tokens) / LENGTH_SATURATION)
    return found


def claim_features(
    claim: Claim | None, *, words: CueWords, sentence: str | None = None
) -> dict[str, float]:
    """Record and sentence features of one claim (names -> values in [0, 1]); without a
    claim (a training sentence that holds none), the sentence features alone."""
    found = record_features(claim) if claim is not None else {}
    found.update(text_features(sentence_of(claim, sentence), words=words))
    return found
