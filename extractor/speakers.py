"""Speaker resolution: who a speaker mention refers to, named as fully as the article does.

Pronouns ("he"), titles and roles ("the top general"), and metonyms ("the country")
resolve to an entity named elsewhere in the article; "Milley" becomes "Mark Milley".
spaCy's NER mislabels names ("Milley" as GPE, "Kyiv" as PERSON: seed fixture), so a
name's kind is a vote over all its mentions, helped by the titles around it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .resources import Resources

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
LABEL_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS = frozenset({"they", "them", "their"})
THING_PRONOUNS = frozenset({"it", "its"})
# "I", "we": the voice of a quote (its speaker, decided where the quote is attributed) or,
# outside quotes, of a first-person text (a statement, an op-ed): kept as written.
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
_SKIP_EDGE = frozenset({"the", "a", "an", "’s", "'s", "’", "'"})


@dataclass
class _Name:
    """All mentions of one named entity in the article."""

    forms: list[tuple[str, ...]] = field(default_factory=list)
    labels: Counter = field(default_factory=Counter)
    titles: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)
    subject_positions: list[int] = field(default_factory=list)

    @property
    def canonical(self) -> str:
        return " ".join(max(self.forms, key=len))

    @property
    def kind(self) -> str:
        if (
            self.titles
            or self.labels["PERSON"]
            and self.labels["PERSON"] >= self.labels.most_common(1)[0][1] / 2
        ):
            return "person"
        label = self.labels.most_common(1)[0][0] if self.labels else None
        return LABEL_KINDS.get(label, "unknown")


@dataclass(frozen=True)
class Resolved:
    name: str
    kind: str


class SpeakerResolver:
    """Names in one article, and the speakers seen so far, for resolving mentions."""

    def __init__(
        self,
        docs: list[tuple[Doc, int]],
        *,
        resources: Resources,
        unparsed: list[tuple[Span, int]] = (),
    ) -> None:
        self._resources = resources
        self._names: dict[str, _Name] = {}
        self._history: list[tuple[int, Resolved]] = []
        for doc, offset in docs:
            for run in self.name_runs(doc):
                self._add(run, offset)
        # Sentences the full pipeline skipped still name people ("General Mark Milley
        # visited Kyiv." before "“...,” he told the BBC."): their capitalised runs are
        # registered as name forms, with no label (their kind comes from other mentions
        # or from a title).
        for sent, offset in unparsed:
            for run in self._capitalised_runs(sent):
                self._add(run, offset)

    def _capitalised_runs(self, sent: Span) -> list[Span]:
        runs, start = [], None
        for token in [*sent, None]:
            capitalised = (
                token is not None
                and token.text[:1].isupper()
                and token.is_alpha
                and not token.is_stop
            )
            if capitalised and start is None:
                start = token.i
            elif not capitalised and start is not None:
                end = token.i if token is not None else sent.end
                if start == sent.start and end - start >= 3:
                    start += 1  # "Analyst Rita Moreno spoke": a sentence-initial role word
                run = self._strip(sent.doc[start:end])
                if run is not None:
                    runs.append(run)
                start = None
        return runs

    def name_runs(self, doc_or_span: Doc | Span) -> list[Span]:
        """Proper-name stretches: named entities and runs of proper nouns, titles stripped."""
        doc = doc_or_span if isinstance(doc_or_span, Doc) else doc_or_span.doc
        start_i = 0 if isinstance(doc_or_span, Doc) else doc_or_span.start
        end_i = len(doc) if isinstance(doc_or_span, Doc) else doc_or_span.end
        runs, i = [], start_i
        while i < end_i:
            token = doc[i]
            if token.ent_type_ in NAME_LABELS and token.ent_iob_ == "B":
                ent = next(e for e in doc.ents if e.start == i)
                j = min(ent.end, end_i)
            elif token.pos_ == "PROPN" and not token.ent_type_:
                j = i + 1
                while j < end_i and doc[j].pos_ == "PROPN" and not doc[j].ent_type_:
                    j += 1
            else:
                i += 1
                continue
            run = self._strip(doc[i:j])
            if run is not None:
                runs.append(run)
            i = j
        return runs

    def _strip(self, span: Span) -> Span | None:
        """Without articles, possessives and leading titles: "Defense Secretary Lloyd Austin" -> "Lloyd Austin"."""
        start, end = span.start, span.end
        doc = span.doc
        if all(token.lower_ in self._resources.titles for token in span):
            return None  # "Chairman" on its own is a role, not a name
        titles = [i for i in range(start, end - 1) if doc[i].lower_ in self._resources.titles]
        if titles and span.root.ent_type_ != "ORG":  # "General Electric" keeps its "General"
            start = titles[-1] + 1
        while start < end and doc[start].lower_ in _SKIP_EDGE:
            start += 1
        while end > start and (doc[end - 1].lower_ in _SKIP_EDGE or doc[end - 1].is_punct):
            end -= 1
        return doc[start:end] if end > start else None

    def _key(self, run: Span) -> str:
        """Names cluster on their last word: "Milley" joins "Mark Milley", "the Post" "the Washington Post"."""
        return run[-1].lower_

    def _add(self, run: Span, offset: int) -> None:
        name = self._names.setdefault(self._key(run), _Name())
        name.forms.append(tuple(t.text for t in run))
        if run.root.ent_type_:
            name.labels[run.root.ent_type_] += 1
        name.titles.update(self._titles_before(run))
        name.positions.append(offset + run.start_char)
        if run.root.dep_ in ("nsubj", "nsubjpass"):
            name.subject_positions.append(offset + run.start_char)

    def _titles_before(self, run: Span) -> set[str]:
        """Titles just before a name or inside its run: "defense minister Sergei Shoigu", "General Mark Milley"."""
        titles = set()
        i = run.start - 1
        while i >= 0 and run.doc[i].lower_ in self._resources.titles:
            titles.add(run.doc[i].lower_)
            i -= 1
        return titles

    def lookup(self, run: Span) -> Resolved:
        """The canonical form and kind of a name run."""
        name = self._names.get(self._key(run))
        if name is None:
            return Resolved(run.text, LABEL_KINDS.get(run.root.ent_type_, "unknown"))
        return Resolved(name.canonical, name.kind)

    def lookup_words(self, words: list[str]) -> Resolved:
        """A name given as plain words (a transcript label "RUIZ"), canonicalised like a run."""
        name = self._names.get(words[-1].lower())
        if name is not None:
            return Resolved(name.canonical, name.kind if name.kind != "unknown" else "person")
        return Resolved(" ".join(w.capitalize() if w.isupper() else w for w in words), "person")

    def remember(self, position: int, resolved: Resolved) -> None:
        """Record a resolved speaker, for the pronouns and roles that follow."""
        self._history.append((position, resolved))

    def resolve(self, mention: Span, *, position: int) -> Resolved | None:
        """Who a speaker mention refers to; ``position`` is its absolute offset in the article."""
        root = mention.root
        word = root.lower_
        if word in FIRST_PERSON:
            return Resolved(root.text, "person" if word in ("i", "me", "my") else "group")
        if root.pos_ == "PRON" or word in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS:
            return self._pronoun(word, position)
        runs = self.name_runs(mention)
        own = next((run for run in runs if run.start <= root.i < run.end), None)
        if own is not None:
            return self.lookup(own)
        person_runs = [run for run in runs if self.lookup(run).kind == "person"]
        if word in self._resources.titles and person_runs:
            return self.lookup(person_runs[-1])  # "Chairman of the ... General Mark Milley"
        if word in self._resources.titles and root.pos_ == "NOUN":
            # "the top general" points back to someone named before; "a Transport Ministry
            # official" is someone new: kept as written, as is a role with no match.
            first = mention[0].lower_
            anaphoric = first in ("the", "this", "that") or first in self._resources.titles
            resolved = self._role(word, position) if anaphoric else None
            return resolved or Resolved(_without_article(mention), "person")
        if word in self._resources.metonym_nouns:
            return self._place_before(position) or Resolved(_without_article(mention), "place")
        if root.pos_ == "NOUN":
            kind = "group" if root.tag_ in ("NNS", "NNPS") else "unknown"
            return Resolved(_without_article(mention), kind)
        if runs:
            return self.lookup(runs[-1])
        return Resolved(_without_article(mention), "unknown")

    def _pronoun(self, word: str, position: int) -> Resolved | None:
        if word in PERSON_PRONOUNS:
            # Centering: a pronoun prefers the last speaker, then the last person in subject
            # position; unresolved, the claim is still his or hers: kept as written.
            return (
                self._last_speaker({"person"}, position)
                or self._last_name({"person"}, position, subjects_only=True)
                or self._last_name({"person"}, position)
                or Resolved(word, "person")
            )
        if word in GROUP_PRONOUNS:
            return self._last_speaker({"group", "organization"}, position) or Resolved(
                word, "group"
            )
        if word in THING_PRONOUNS:
            return self._last_speaker({"organization", "place"}, position) or self._last_name(
                {"organization"}, position
            )
        return None  # "you", "one": nobody in particular

    def _role(self, title: str, position: int) -> Resolved | None:
        """ "the top general" -> the person the article titles General, most recently mentioned."""
        titled = [
            (max(p for p in name.positions if p < position), name)
            for name in self._names.values()
            if title in name.titles and any(p < position for p in name.positions)
        ]
        if titled:
            _, name = max(titled, key=lambda pair: pair[0])
            return Resolved(name.canonical, "person")
        return self._last_speaker({"person"}, position)

    def _place_before(self, position: int) -> Resolved | None:
        return self._last_name({"place"}, position)

    def _last_speaker(self, kinds: set[str], position: int) -> Resolved | None:
        for seen, resolved in reversed(self._history):
            if seen < position and resolved.kind in kinds:
                return resolved
        return None

    def _last_name(
        self, kinds: set[str], position: int, *, subjects_only: bool = False
    ) -> Resolved | None:
        best = None
        for name in self._names.values():
            if name.kind not in kinds:
                continue
            positions = name.subject_positions if subjects_only else name.positions
            before = [p for p in positions if p < position]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), name)
        return Resolved(best[1].canonical, best[1].kind) if best else None


def _without_article(span: Span) -> str:
    tokens = list(span)
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return span.text
    return span.doc[tokens[0].i : tokens[-1].i + 1].text
