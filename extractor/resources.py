"""Versioned lexicons under ``models/lexicons``, loaded and validated once.

Knowledge is data: cue verbs, titles, bound words and boilerplate markers live in
files (shipped as the ``extractor.models`` package data), never in code.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from .adapters.nicknames import load_name_variants, name_variants_version
from .errors import ModelError
from .lexicons import (
    CURRENCIES_TABLE,
    PROPERTY_SENSES,
    UNITS_TABLE,
    LexiconReader,
)
from .text.patterns import literal_trie


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
class CurrencyPrefix:
    """A currency sign or code written before an amount ("US$", "HK$"), its ISO code, and
    whether it must be glued to the number."""

    surface: str
    code: str
    glued: bool


@dataclass(frozen=True, eq=False)
class Resources:
    """Everything the pipeline reads from ``models/``, loaded and validated once by
    :func:`load_resources` and passed down explicitly. Compared and hashed by identity,
    so a stage may cache what it derives from one (``lru_cache`` keyed on it)."""

    cue_verbs: frozenset[str]
    passive_speaker_cues: frozenset[str]
    clause_only_cues: frozenset[str]
    neg_raising_cues: frozenset[str]
    cue_phrases: tuple[tuple[str, ...], ...]
    document_nouns: frozenset[str]
    speech_event_nouns: frozenset[str]
    colon_nouns: frozenset[str]  # said or written words a colon introduces
    self_speaking_nouns: frozenset[str]  # ... that speak for themselves unauthored
    audience_nouns: frozenset[str]
    titles: frozenset[str]
    metonym_nouns: frozenset[str]
    label_nouns: frozenset[str]
    street_nouns: frozenset[str]
    score_words: frozenset[str]
    money_words: frozenset[str]
    index_names: frozenset[str]
    proportion_nouns: frozenset[str]
    proposal_nouns: frozenset[str]
    bound_words: tuple[BoundWord, ...]
    boilerplate: tuple[BoilerplatePattern, ...]
    cue_word_pattern: re.Pattern[str]
    verb_forms: Mapping[str, str]
    irregular_forms: Mapping[str, tuple[str, ...]]
    cue_needs: Mapping[str, str]
    about_vague_nouns: Mapping[str, str]
    about_contest_verbs: frozenset[str]
    about_transfer_verbs: frozenset[str]
    about_list_moves: frozenset[str]
    about_shift_verbs: frozenset[str]
    about_unit_nouns: frozenset[str]
    about_name_heads: frozenset[str]
    about_term_adjectives: frozenset[str]
    about_framing_adjectives: frozenset[str]
    about_money_verbs: Mapping[str, str]
    about_relation_words: Mapping[str, str]
    date_report_words: frozenset[str]
    date_plan_verbs: frozenset[str]
    date_holidays: Mapping[str, str]
    trend_words: frozenset[str]
    units: Mapping[str, str]  # surface -> unit (the vocabulary of models/README.md)
    glued_units: frozenset[str]  # surfaces that count only against the number ("12pc")
    currencies: tuple[CurrencyPrefix, ...]
    measure_words: tuple[str, ...]
    entity_concepts: Mapping[str, str]
    officials: Mapping[str, str]
    fingerprint: str
    # "the firm" -> the organisation named before (speakers.py); kind per description.
    speaker_descriptions: Mapping[str, str] = field(default_factory=dict)
    # "her daughter, 12,": nouns for one person, whose age a number between commas is.
    person_nouns: frozenset[str] = frozenset()
    # First name -> usual gender ("male", "female"), for "she" vs a named man (resolver).
    first_names: Mapping[str, str] = field(default_factory=dict)
    # Given name -> its nicknames and the names it is a nickname of ("sandy" <-> "sandra"),
    # so one person written both ways is one speaker (attribution/given_names.py).
    name_variants: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # "Acme released a report showing ...": verbs whose subject issues their document.
    issuing_verbs: frozenset[str] = frozenset()
    # "General Motors": last words that make a name an organisation's (speakers.py).
    organization_words: frozenset[str] = frozenset()
    # Queue conflicts: words of one sense ("admit", "accept"), one set per lexicon row.
    property_senses: tuple[frozenset[str], ...] = ()
    # "Update:", "Editor's Note:": paragraph labels that name no speaker (quotes.py).
    heading_labels: frozenset[str] = frozenset()
    # "speaking to Reuters": verb -> the prepositions that introduce the outlet (via.py).
    speaking_verbs: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # "40 degrees outside" is a temperature, "banked 30 degrees" an angle (temperatures.py).
    degree_senses: Mapping[str, str] = field(default_factory=dict)

    def verb_lemma(self, token) -> str:
        """A verb's lemma, correcting the lemmatizer from the irregular forms lexicon
        ("hopes" is not a form of "hop")."""
        return self.verb_forms.get(token.lower_) or token.lemma_.lower()


def _bound_words(reader: LexiconReader) -> tuple[BoundWord, ...]:
    entries = []
    for row in reader.rows("bound_words.v1.tsv"):
        if len(row) != 3:
            raise ModelError(f"bound_words.v1.tsv: malformed row {row!r}")
        entries.append(BoundWord(tuple(row[0].lower().split()), row[1], row[2] == "after"))
    # Longest phrases first, so "well over" wins over "over".
    return tuple(sorted(entries, key=lambda entry: -len(entry.words)))


def _boilerplate(reader: LexiconReader) -> tuple[BoilerplatePattern, ...]:
    patterns = []
    for row in reader.rows("boilerplate.v1.txt"):
        try:
            regex = re.compile(row[0], re.IGNORECASE)
        except re.error as err:
            raise ModelError(f"boilerplate.v1.txt: bad pattern {row[0]!r}: {err}") from err
        patterns.append(BoilerplatePattern(regex, len(row) > 1 and row[1] == "list"))
    return tuple(patterns)


def _two_columns(reader: LexiconReader, name: str) -> list[list[str]]:
    rows = reader.rows(name)
    short = next((row for row in rows if len(row) < 2), None)
    if short is not None:
        raise ModelError(f"{name}: row {short!r} needs two tab-separated columns")
    return rows


def _irregular_forms(reader: LexiconReader) -> MappingProxyType[str, tuple[str, ...]]:
    rows = _two_columns(reader, "irregular_verb_forms.v1.tsv")
    return MappingProxyType({row[0]: tuple(row[1].split()) for row in rows})


def _currencies(reader: LexiconReader) -> tuple[CurrencyPrefix, ...]:
    rows = _two_columns(reader, CURRENCIES_TABLE)
    return tuple(CurrencyPrefix(row[0], row[1], row[3:4] == ["glued"]) for row in rows)


def _cue_word_pattern(
    lemmas: frozenset[str],
    phrases: tuple[tuple[str, ...], ...],
    irregular: Mapping[str, tuple[str, ...]],
) -> re.Pattern[str]:
    """Any written form of a cue verb, a cue phrase's first word, a quotation mark, or a
    colon ending the sentence ("Smith made the following comment:"): spots the sentences
    worth parsing next to a number, before anything is parsed."""
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
    # Only searched for (is there one?): the forms as a trie, 17x faster (issue #13); a
    # sentence ending in a colon introduces what follows ("made the following comment:").
    return re.compile(rf"\b{literal_trie(sorted(forms))}\b|[“”\"«»]|''|:\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def load_resources() -> Resources:
    """Load and validate every lexicon (cached: the files are read once per process).

    A missing, empty or malformed lexicon, or a flag outside LEXICON_COLUMNS, raises
    ModelError here, before any article is read."""
    return build_resources(LexiconReader())


def build_resources(reader: LexiconReader) -> Resources:
    """Resources from one reader (tests pass a reader over their own files)."""
    cue_rows = reader.rows("cue_verbs.v1.txt")
    cue_verbs = reader.words("cue_verbs.v1.txt")
    cue_phrases = tuple(tuple(row[0].lower().split()) for row in reader.rows("cue_phrases.v1.txt"))
    irregular = _irregular_forms(reader)
    return Resources(
        cue_verbs=cue_verbs,
        passive_speaker_cues=reader.flagged("cue_verbs.v1.txt", "passive-speaker"),
        clause_only_cues=reader.flagged("cue_verbs.v1.txt", "clause-only"),
        neg_raising_cues=reader.flagged("cue_verbs.v1.txt", "neg-raising"),
        cue_phrases=cue_phrases,
        document_nouns=reader.words("document_nouns.v1.txt"),
        speech_event_nouns=reader.flagged("document_nouns.v1.txt", "speech-event"),
        colon_nouns=reader.words("colon_nouns.v1.txt") | reader.words("document_nouns.v1.txt"),
        self_speaking_nouns=reader.flagged("colon_nouns.v1.txt", "document"),
        audience_nouns=reader.words("audience_nouns.v1.txt"),
        titles=reader.words("titles.v1.txt"),
        metonym_nouns=reader.words("metonym_nouns.v1.txt"),
        first_names=_lower_table(reader, "first_names.v1.tsv"),
        name_variants=load_name_variants(),
        issuing_verbs=reader.words("issuing_verbs.v1.txt"),
        organization_words=reader.words("organization_words.v1.txt"),
        speaker_descriptions=_lower_table(reader, "speaker_descriptions.v1.tsv"),
        label_nouns=reader.words("label_nouns.v1.txt"),
        street_nouns=reader.words("street_nouns.v1.txt"),
        score_words=reader.words("score_words.v1.txt"),
        money_words=reader.words("money_words.v1.txt"),
        person_nouns=reader.words("person_nouns.v1.txt"),
        index_names=_index_names(reader),
        proportion_nouns=reader.words("proportion_nouns.v1.txt"),
        # Proposals and claims alike speak for their owner ("her plan", "his claim that").
        proposal_nouns=reader.words("proposal_nouns.v1.txt") | reader.words("claim_nouns.v1.txt"),
        bound_words=_bound_words(reader),
        boilerplate=_boilerplate(reader),
        cue_word_pattern=_cue_word_pattern(cue_verbs, cue_phrases, irregular),
        verb_forms=_verb_forms(irregular),
        irregular_forms=irregular,
        cue_needs=MappingProxyType(
            {
                row[0].lower(): row[1][len("needs:") :]
                for row in cue_rows
                if len(row) > 1 and row[1].startswith("needs:")
            }
        ),
        **_about_words(reader),
        date_report_words=reader.words("date_report_words.v1.txt"),
        date_plan_verbs=reader.words("date_plan_verbs.v1.txt"),
        date_holidays=_two_column_table(reader, "date_holidays.v1.tsv"),
        trend_words=reader.words("trend_words.v1.txt"),
        property_senses=_word_sets(reader, PROPERTY_SENSES),
        units=_two_column_table(reader, UNITS_TABLE),
        glued_units=frozenset(row[0] for row in reader.rows(UNITS_TABLE) if row[3:4] == ["glued"]),
        currencies=_currencies(reader),
        measure_words=tuple(row[0] for row in reader.rows("measure_words.v1.txt")),
        entity_concepts=_two_column_table(reader, "entity_concepts.v1.tsv", lower=True),
        officials=_lower_table(reader, "officials.v1.tsv"),
        heading_labels=reader.words("heading_labels.v1.txt"),
        speaking_verbs=_speaking_verbs(reader),
        degree_senses=_lower_table(reader, "degree_senses.v1.tsv"),
        fingerprint=_fingerprint(reader),
    )


def _fingerprint(reader: LexiconReader) -> str:
    """The lexicons' hash, and the version of the packaged table the resources read."""
    return hashlib.sha256(f"{reader.fingerprint()}\0{name_variants_version()}".encode()).hexdigest()


def _speaking_verbs(reader: LexiconReader) -> Mapping[str, frozenset[str]]:
    """Verb -> the prepositions that introduce the outlet it speaks to ("speak": to, with)."""
    rows = reader.rows("speaking_verbs.v1.txt")
    return MappingProxyType({row[0].lower(): frozenset(row[1].lower().split()) for row in rows})


def _word_sets(reader: LexiconReader, name: str) -> tuple[frozenset[str], ...]:
    """Each row's first column as a set of lower-case words."""
    return tuple(frozenset(row[0].lower().split()) for row in reader.rows(name))


def _index_names(reader: LexiconReader) -> frozenset[str]:
    """Market index names, lowercased, single-spaced ("s&p 500")."""
    return frozenset(" ".join(row[0].lower().split()) for row in reader.rows("index_names.v1.txt"))


def _verb_forms(irregular: Mapping[str, tuple[str, ...]]) -> MappingProxyType[str, str]:
    """Each irregular form of a cue verb, lowercased, to its lemma ("said" -> "say")."""
    return MappingProxyType(
        {form.lower(): lemma for lemma, forms in irregular.items() for form in forms}
    )


def _about_words(reader: LexiconReader) -> dict[str, Any]:
    """The about stage's lexicons, by field."""
    return {
        "about_vague_nouns": reader.table("about_vague_nouns.v5.tsv", lower=True),
        "about_contest_verbs": reader.words("about_contest_verbs.v1.txt"),
        "about_transfer_verbs": reader.words("about_transfer_verbs.v1.txt"),
        "about_list_moves": reader.words("about_list_moves.v1.txt"),
        "about_shift_verbs": reader.words("about_shift_verbs.v1.txt"),
        "about_unit_nouns": reader.words("about_unit_nouns.v2.txt"),
        "about_name_heads": reader.words("about_name_heads.v1.txt"),
        "about_term_adjectives": reader.words("about_term_adjectives.v1.txt"),
        "about_framing_adjectives": reader.words("about_framing_adjectives.v1.txt"),
        "about_money_verbs": reader.table("about_money_verbs.v1.tsv", lower=True),
        "about_relation_words": reader.table("about_relation_words.v2.tsv", lower=True),
    }


def _lower_table(reader: LexiconReader, name: str) -> MappingProxyType[str, str]:
    """First column (lower-cased) -> second column; a row without one is an error."""
    return MappingProxyType({row[0].lower(): row[1] for row in _two_columns(reader, name)})


def _two_column_table(
    reader: LexiconReader, name: str, *, lower: bool = False
) -> MappingProxyType[str, str]:
    _two_columns(reader, name)
    return reader.table(name, lower=lower)
