"""Anaphors and their candidate antecedents, with the features the mention resolver reads.

An anaphor is a pronoun ("he", "she", "they", "it") or a definite description ("the
firm", from ``speaker_descriptions``); its candidates are the entities the article names
before it (``SpeakerResolver``'s names) and the speakers found before it (``History``).
Everything here is computed from what the rules already hold at run time: name
positions, which of them were subjects, NER-voted kinds, titles, the speakers so far,
sentence starts, and a first-name gazetteer (``first_names.v1.tsv``) for gender.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Span

from ..resolved import History, Resolved

# Pronoun classes: the words of each, and the kinds the rules accept for them.
PRONOUN_CLASSES = {
    "he": frozenset({"he", "him", "his", "himself"}),
    "she": frozenset({"she", "her", "hers", "herself"}),
    "they": frozenset({"they", "them", "their", "theirs", "themselves"}),
    "it": frozenset({"it", "its", "itself"}),
}
CLASS_KINDS = {
    "he": frozenset({"person"}),
    "she": frozenset({"person"}),
    "they": frozenset({"group", "organization"}),
    "it": frozenset({"organization", "place"}),
}
# Honorifics that tell a person's gender where the first name does not ("Mr. Trump").
_HONORIFICS = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}
# How many of the most recently mentioned entities are candidates.
MAX_CANDIDATES = 12
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "iobj", "dative", "attr"})


def pronoun_class(word: str) -> str | None:
    """ "he", "she", "they" or "it" for a third-person pronoun, else None."""
    lower = word.lower()
    return next((name for name, words in PRONOUN_CLASSES.items() if lower in words), None)


def grammatical_role(dep: str) -> str:
    """A dependency label as subj, obj, poss or other."""
    if dep in _SUBJECT_DEPS:
        return "subj"
    if dep in _OBJECT_DEPS:
        return "obj"
    return "poss" if dep == "poss" else "other"


@dataclass(frozen=True)
class Anaphor:
    """A mention pointing back: its class ("he", "she", "they", "it", "description") and,
    for a description, its head lemma and the kind the lexicon gives it."""

    category: str
    position: int  # absolute start offset
    sentence: int  # index of its sentence in the article
    role: str  # subj | obj | poss | other
    head: str = ""
    kind: str = ""  # a description's kind (organization, group)

    @property
    def kinds(self) -> frozenset[str]:
        """The kinds the rules accept as its antecedent."""
        return CLASS_KINDS.get(self.category, frozenset({self.kind}))


def is_definite(mention: Span) -> bool:
    """ "the firm", "this agency", "its report": a mention pointing back, not a new one."""
    first = mention[0]
    return first.lower_ in ("the", "this", "that", "these", "those") or first.dep_ == "poss"


def find_anaphor(mention: Span, *, position: int, sentence: int, resources) -> Anaphor | None:
    """``mention`` as an anaphor: a third-person pronoun, or a definite description of the
    ``speaker_descriptions`` lexicon ("the firm"; "the few auto firms" are several:
    Wikinews set); else None."""
    root = mention.root
    category = pronoun_class(root.lower_)
    role = grammatical_role(root.dep_)
    if category is not None:
        return Anaphor(category, position, sentence, role)
    lemma = root.lemma_.lower()
    kind = resources.speaker_descriptions.get(lemma)
    if kind is not None and root.tag_ == "NN" and is_definite(mention):
        return Anaphor("description", position, sentence, role, head=lemma, kind=kind)
    return None


@dataclass(frozen=True)
class NameRecord:
    """What the rules know of one named entity (``name_clusters.NameCluster``), read-only."""

    canonical: str
    kind: str
    positions: tuple[int, ...]
    subject_positions: tuple[int, ...]
    titles: frozenset[str]


@dataclass(frozen=True)
class Antecedent:
    """A candidate antecedent of one anaphor."""

    resolved: Resolved
    positions: tuple[int, ...]  # its mentions (and speaker mentions) before the anaphor
    subject: bool  # its last mention was a subject
    gender: str  # male | female | unknown
    speaker_rank: int | None  # 0: the last speaker before the anaphor; None: never spoke

    @property
    def last(self) -> int:
        return self.positions[-1]


class Sentences:
    """Sentence starts of an article (absolute offsets), for sentence distances."""

    def __init__(self, starts: Iterable[int]) -> None:
        self._starts = sorted(set(starts))

    def index(self, position: int) -> int:
        return max(0, bisect_right(self._starts, position) - 1)


def name_gender(record: NameRecord, first_names: dict[str, str] | object) -> str:
    """A person's gender from an honorific title or the first word of the fullest name."""
    gender = honorific_gender(record.titles)
    if gender:
        return gender
    first = record.canonical.split()[0].lower() if record.canonical.split() else ""
    return first_names.get(first, "unknown")  # type: ignore[union-attr]


def honorific_gender(titles: Iterable[str]) -> str | None:
    """The gender an honorific among ``titles`` gives ("Mrs." female), if any."""
    return next(
        (_HONORIFICS[t.rstrip(".")] for t in sorted(titles) if t.rstrip(".") in _HONORIFICS), None
    )


def find_antecedents(
    names: Iterable[NameRecord],
    history: History,
    *,
    position: int,
    first_names,
    kinds: frozenset[str] | None = None,
    plural: bool = False,
) -> list[Antecedent]:
    """The entities the article names before ``position``, most recent first (at most
    ``MAX_CANDIDATES``), each with its mentions and speaker mentions before it. Speakers
    kept as written ("experts", "the minister") name no entity: they are not candidates
    (PolNeAR dev: "the group" went to "experts" instead of the Tax Foundation). With
    ``kinds``, only names of those kinds or of unknown kind are candidates, as the rules
    propose them ("he" is no NORP adjective: seed fixture, "Russian soldiers ..., he told").
    ``plural`` ("they") leaves out names with a gendered first name or honorific: one
    person is not "they" (number agreement)."""
    speakers = [seen for seen in history if seen.position < position]
    speaker_order: list[str] = []
    for seen in reversed(speakers):
        if seen.resolved.name not in speaker_order:
            speaker_order.append(seen.resolved.name)
    found: dict[str, Antecedent] = {}
    for record in names:
        if kinds is not None and record.kind not in kinds and record.kind != "unknown":
            continue
        before = tuple(p for p in record.positions if p < position)
        if not before or plural and name_gender(record, first_names) != "unknown":
            continue
        spoken = tuple(s.position for s in speakers if s.resolved.name == record.canonical)
        found[record.canonical] = Antecedent(
            resolved=Resolved(record.canonical, record.kind),
            positions=tuple(sorted(set(before + spoken))),
            subject=max(before) in record.subject_positions,
            gender=name_gender(record, first_names)
            if record.kind in ("person", "unknown")
            else "unknown",
            speaker_rank=_rank(speaker_order, record.canonical),
        )
    ordered = sorted(found.values(), key=lambda a: (-a.last, a.resolved.name))
    return ordered[:MAX_CANDIDATES]


def _rank(order: list[str], name: str) -> int | None:
    return order.index(name) if name in order else None


def _bucket(value: int) -> str:
    """A count as a log2 bucket: 0, 1, 2, 4, 8, 16 and more."""
    return str(min(16, 2 ** int(math.log2(value)))) if value > 0 else "0"


def most_recent_compatible(anaphor: Anaphor, candidates: Sequence[Antecedent]) -> int | None:
    """The baseline: the most recently mentioned candidate of a kind the rules accept."""
    return next(
        (i for i, c in enumerate(candidates) if c.resolved.kind in anaphor.kinds),
        None,
    )


def feature_group(category: str) -> str:
    """The prefix of a category's features: "he" and "she" share theirs (only gender
    agreement tells them apart), so the few "she" of the training data learn from all."""
    return "he_she" if category in ("he", "she") else category


def null_features(anaphor: Anaphor, candidates: Sequence[Antecedent]) -> dict[str, float]:
    """The features of "none of these" (the antecedent is not named, or not before)."""
    cat = feature_group(anaphor.category)
    compatible = sum(c.resolved.kind in anaphor.kinds for c in candidates)
    return {
        f"null&{cat}": 1.0,
        f"null&{cat}&compatible={_bucket(compatible)}": 1.0,
        f"null&{cat}&role={anaphor.role}": 1.0,
    }


def pair_features(
    anaphor: Anaphor,
    candidate: Antecedent,
    *,
    recency: int,
    compatible_rank: int | None,
    sentences: Sentences,
) -> dict[str, float]:
    """The features of one (anaphor, candidate) pair: readable names, so the weights
    explain themselves."""
    cat = feature_group(anaphor.category)
    kind = candidate.resolved.kind
    compatible = kind in anaphor.kinds
    distance = anaphor.sentence - sentences.index(candidate.last)
    features = {
        "bias": 1.0,
        f"{cat}&kind={kind}": 1.0,
        f"{cat}&compatible={compatible}": 1.0,
        f"{cat}&recency={min(recency, 4)}": 1.0,
        f"{cat}&sentences={_bucket(distance)}": 1.0,
        f"{cat}&mentions={_bucket(len(candidate.positions))}": 1.0,
        f"{cat}&role={anaphor.role}&subject={candidate.subject}": 1.0,
    }
    if compatible_rank is not None:
        features[f"{cat}&compatible_rank={min(compatible_rank, 3)}"] = 1.0
    if candidate.speaker_rank is not None:
        features[f"{cat}&speaker_rank={min(candidate.speaker_rank, 2)}"] = 1.0
    if cat == "he_she" and kind in ("person", "unknown"):
        male = candidate.gender == "male"
        agree = (
            "unknown" if candidate.gender == "unknown" else str(male == (anaphor.category == "he"))
        )
        features[f"gender_agrees={agree}"] = 1.0
    if cat == "description":
        words = candidate.resolved.name.lower().split()
        features[f"description&head_in_name={anaphor.head in words}"] = 1.0
        features[f"description&kind={kind}&wanted={anaphor.kind}"] = 1.0
    return features
