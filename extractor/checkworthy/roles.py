"""Who asks in an article: speakers who mostly address the listener, read from its records.

A moderator or an interviewer states figures to put a question ("Governor, you said 40
percent ..."); fact-checkers check the answers, not the questions. No name list says who
moderates: the article shows it. Among the records of one article whose speaker is named
by a label before a colon (a transcript's ``Name:`` paragraph), a speaker whose claim
sentences mostly speak to "you" asks; one who mostly states does not. The share is taken
over the speaker's distinct sentences plus a prior (``prior`` sentences that address no
one), so one or two sentences never make an asker.

Only the records are read (the queue stores nothing else of an article), so the same
function serves the bench (a debate's records) and the queue (an article's appearances).
It is neutral where nobody asks: an article without labelled speech, with one labelled
speaker, or where every labelled speaker would qualify, has no asker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..schema import Claim
from ..stages.attribution.quotes import opening_label

LABEL_CUE = ":"  # the cue of a speaker named by a paragraph label ("Roe: ...")


@dataclass(frozen=True)
class AskerSettings:
    """The words that address the listener, fillers that do not, and the share to reach."""

    second_person: frozenset[str]
    fillers: frozenset[str]  # a word after "you" that makes it a filler: "you know"
    min_share: float
    prior: int = 2

    @classmethod
    def from_config(cls, config: Mapping, *, min_share: float) -> AskerSettings:
        words = [w.lower() for w in config.get("second_person", ())]
        if not words:
            raise ValueError("asker settings: empty or missing second_person word list")
        fillers = frozenset(w.lower() for w in config.get("fillers", ()))
        return cls(frozenset(words), fillers, float(min_share), int(config.get("prior", 2)))

    @classmethod
    def from_json(cls, data: Mapping) -> AskerSettings:
        """The settings a model file holds (``to_json``)."""
        return cls.from_config(data, min_share=data["min_share"])

    def to_json(self) -> dict:
        return {
            "second_person": sorted(self.second_person),
            "fillers": sorted(self.fillers),
            "prior": self.prior,
            "min_share": self.min_share,
        }

    @property
    def pattern(self) -> re.Pattern[str]:
        words = "|".join(sorted(map(re.escape, self.second_person)))
        fillers = "|".join(sorted(map(re.escape, self.fillers)))
        after = rf"(?!\s+(?:{fillers})\b)" if fillers else ""
        return re.compile(rf"\b(?:{words})\b{after}", re.IGNORECASE)


def label_speaker(claim: Claim) -> str | None:
    """The speaker a paragraph label names ("Roe: ..."), else None (a reported speaker)."""
    if claim.speaker is None or claim.cue is None or claim.cue.text != LABEL_CUE:
        return None
    return claim.speaker.name


def find_askers(claims: Iterable[Claim], *, settings: AskerSettings) -> frozenset[str]:
    """The labelled speakers of one article's records who mostly address the listener."""
    sentences: dict[str, dict[int, str]] = {}
    for claim in claims:
        name = label_speaker(claim)
        if name is not None:
            sentences.setdefault(name, {})[claim.sentence.start_char] = claim.sentence.text
    pattern = settings.pattern
    askers = set()
    for name, found in sentences.items():
        addressing = sum(bool(pattern.search(text)) for text in found.values())
        if addressing / (len(found) + settings.prior) >= settings.min_share:
            askers.add(name)
    # Everyone asking is no role: a single voice (a speech), or an article of questions.
    return frozenset(askers) if len(askers) < len(sentences) else frozenset()


def askers_by_article(
    claims: Iterable[Claim], *, settings: AskerSettings
) -> dict[str, frozenset[str]]:
    """``find_askers`` for each article (``doc_id``) of the records."""
    by_article: dict[str, list[Claim]] = {}
    for claim in claims:
        by_article.setdefault(claim.doc_id, []).append(claim)
    return {doc: find_askers(found, settings=settings) for doc, found in by_article.items()}


def is_asked(claim: Claim, askers: Mapping[str, frozenset[str]]) -> bool:
    """True when the claim is an asker's: a paragraph label names its speaker, an asker;
    or its sentence opens with an asker's label ("Holt: Governor, you said 40 percent"):
    a figure put in a question, whoever the record says first said it."""
    found = askers.get(claim.doc_id, frozenset())
    if not found:
        return False
    name = label_speaker(claim)
    if name is not None and name in found:
        return True
    return names_an_asker(opening_label(claim.sentence.text), found)


def names_an_asker(label: Iterable[str], askers: Iterable[str]) -> bool:
    """True when a label's words ("HOLT", "Lester Holt") are all words of an asker's name
    (case and full stops aside)."""
    words = _words(" ".join(label))
    return bool(words) and any(words <= _words(asker) for asker in askers)


def _words(name: str) -> set[str]:
    return {word.strip(".").lower() for word in name.split() if word.strip(".")}


def without_askers(
    claims: Sequence[Claim], scores: Sequence[float], askers: Mapping[str, frozenset[str]]
) -> list[float]:
    """The scores, with 0 for the claims of speakers who ask (they put questions)."""
    return [
        0.0 if is_asked(claim, askers) else float(score)
        for claim, score in zip(claims, scores, strict=True)
    ]
