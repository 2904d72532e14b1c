"""Versioned lexicons under ``models/lexicons``, loaded and validated once.

Knowledge is data: cue verbs, titles, bound words and boilerplate markers live in
files (shipped as the ``extractor.models`` package data), never in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .errors import ModelError

LEXICON_PACKAGE = "extractor.models.lexicons"
BOUNDS = ("approx", "lower", "upper")


@dataclass(frozen=True)
class BoundWord:
    words: tuple[str, ...]
    bound: str
    after: bool


@dataclass(frozen=True)
class BoilerplatePattern:
    regex: re.Pattern[str]
    starts_list: bool


@dataclass(frozen=True)
class Lexicons:
    """Everything the pipeline reads from ``models/``, passed down explicitly."""

    cue_verbs: frozenset[str]
    passive_speaker_cues: frozenset[str]
    clause_only_cues: frozenset[str]
    cue_phrases: tuple[tuple[str, ...], ...]
    document_nouns: frozenset[str]
    speech_event_nouns: frozenset[str]
    audience_nouns: frozenset[str]
    titles: frozenset[str]
    metonym_nouns: frozenset[str]
    label_nouns: frozenset[str]
    proportion_nouns: frozenset[str]
    proposal_nouns: frozenset[str]
    bound_words: tuple[BoundWord, ...]
    boilerplate: tuple[BoilerplatePattern, ...]
    cue_word_pattern: re.Pattern[str]
    verb_forms: dict[str, str] = field(default_factory=dict)
    cue_needs: dict[str, str] = field(default_factory=dict)

    def verb_lemma(self, token) -> str:
        """A verb's lemma, correcting the lemmatizer from the irregular forms lexicon
        ("hopes" is not a form of "hop")."""
        return self.verb_forms.get(token.lower_) or token.lemma_.lower()


def read_lexicon_lines(name: str) -> list[list[str]]:
    """Rows of a lexicon file: tab-separated fields, comments and blank lines dropped."""
    try:
        text = resources.files(LEXICON_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as err:
        raise ModelError(f"lexicon {name!r} is missing from models/lexicons ({err})") from err
    rows = [
        [field.strip() for field in line.split("\t")]
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not rows:
        raise ModelError(f"lexicon {name!r} in models/lexicons is empty")
    return rows


@lru_cache(maxsize=None)
def lexicon_words(name: str) -> frozenset[str]:
    """The first field of every row of a word-list lexicon, lowercased (read once)."""
    return frozenset(row[0].lower() for row in read_lexicon_lines(name))


def _bound_words() -> tuple[BoundWord, ...]:
    entries = []
    for row in read_lexicon_lines("bound_words.v1.tsv"):
        if len(row) != 3 or row[1] not in BOUNDS or row[2] not in ("before", "after"):
            raise ModelError(f"bound_words.v1.tsv: malformed row {row!r}")
        entries.append(BoundWord(tuple(row[0].lower().split()), row[1], row[2] == "after"))
    # Longest phrases first, so "well over" wins over "over".
    return tuple(sorted(entries, key=lambda entry: -len(entry.words)))


def _boilerplate() -> tuple[BoilerplatePattern, ...]:
    patterns = []
    for row in read_lexicon_lines("boilerplate.v1.txt"):
        try:
            regex = re.compile(row[0], re.IGNORECASE)
        except re.error as err:
            raise ModelError(f"boilerplate.v1.txt: bad pattern {row[0]!r}: {err}") from err
        patterns.append(BoilerplatePattern(regex, len(row) > 1 and row[1] == "list"))
    return tuple(patterns)


@lru_cache(maxsize=1)
def _irregular_forms() -> dict[str, list[str]]:
    return {row[0]: row[1].split() for row in read_lexicon_lines("irregular_verb_forms.v1.tsv")}


def _verb_forms() -> dict[str, str]:
    """Written form -> lemma, from the irregular forms lexicon."""
    return {form.lower(): lemma for lemma, forms in _irregular_forms().items() for form in forms}


def _cue_word_pattern(lemmas: frozenset[str], phrases: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """Any written form of a cue verb, a cue phrase's first word, or a quotation mark:
    spots the sentences worth parsing next to a number, before anything is parsed."""
    irregular = _irregular_forms()
    forms = set()
    for lemma in lemmas:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms.update({lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", stem + "ing"})
        if lemma.endswith("y"):
            forms.update({lemma[:-1] + "ies", lemma[:-1] + "ied"})
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma):
            forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})  # "admitted"
        forms.update(irregular.get(lemma, []))
    forms.update(phrase[0] for phrase in phrases)
    words = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b|[“”\"«»]|''", re.IGNORECASE)


@lru_cache(maxsize=1)
def load_lexicons() -> Lexicons:
    """Load and validate every lexicon (cached: the files are read once per process)."""
    cue_rows = read_lexicon_lines("cue_verbs.v1.txt")
    cue_verbs = frozenset(row[0].lower() for row in cue_rows)
    cue_phrases = tuple(tuple(row[0].lower().split()) for row in read_lexicon_lines("cue_phrases.v1.txt"))
    return Lexicons(
        cue_verbs=cue_verbs,
        passive_speaker_cues=frozenset(
            row[0].lower() for row in cue_rows if len(row) > 1 and row[1] == "passive-speaker"
        ),
        clause_only_cues=frozenset(row[0].lower() for row in cue_rows if len(row) > 1 and row[1] == "clause-only"),
        cue_phrases=cue_phrases,
        document_nouns=lexicon_words("document_nouns.v1.txt"),
        speech_event_nouns=frozenset(
            row[0].lower() for row in read_lexicon_lines("document_nouns.v1.txt") if row[1:2] == ["speech-event"]
        ),
        audience_nouns=lexicon_words("audience_nouns.v1.txt"),
        titles=lexicon_words("titles.v1.txt"),
        metonym_nouns=lexicon_words("metonym_nouns.v1.txt"),
        label_nouns=lexicon_words("label_nouns.v1.txt"),
        proportion_nouns=lexicon_words("proportion_nouns.v1.txt"),
        # Proposals and claims alike speak for their owner ("her plan", "his claim that").
        proposal_nouns=lexicon_words("proposal_nouns.v1.txt") | lexicon_words("claim_nouns.v1.txt"),
        bound_words=_bound_words(),
        boilerplate=_boilerplate(),
        cue_word_pattern=_cue_word_pattern(cue_verbs, cue_phrases),
        verb_forms=_verb_forms(),
        cue_needs={row[0].lower(): row[1][len("needs:"):] for row in cue_rows if len(row) > 1 and row[1].startswith("needs:")},
    )
