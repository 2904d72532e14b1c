"""Speaker resolution: who a speaker mention refers to, named as fully as the article does.

Pronouns ("he"), titles and roles ("the top general"), and metonyms ("the country")
resolve to an entity named elsewhere in the article; "Milley" becomes "Mark Milley".
spaCy's NER mislabels names ("Milley" as GPE, "Kyiv" as PERSON: seed fixture), so a
name's kind is a vote over all its mentions, helped by the titles around it.

The resolver holds only what the article names; the speakers found so far are a
``History`` the caller passes in (built in article order by ``cues.find_sentence_cues``),
so a resolution depends on the article and the cues before the mention, never on the
order in which numbers are attributed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from ...article.offsets import start_char
from ...resources import Resources
from ...schema import Speaker
from ...text.names import (
    display_name,
    name_key,
    name_words,
    without_article,
)
from .documents import author_inside, earlier_author, find_authored, issuer
from .given_names import bare_first_name_targets, forms_of, fullest_of, person_key
from .name_clusters import (
    LABEL_KINDS,
    NameCluster,
    borrow_initialism_kinds,
    name_records,
)
from .name_runs import (
    capitalised_runs,
    name_runs,
    reads_as_person,
    titles_before,
)
from .namesakes import first_name_of, of_gender, person_at, person_named
from .resolved import History, Resolved, Seen
from .resolver.anaphora import NameRecord, Sentences, honorific_gender, is_definite
from .resolver.model import MentionResolver

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
PRONOUN_GENDERS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
GROUP_PRONOUNS = frozenset({"they", "them", "their"})
THING_PRONOUNS = frozenset({"it", "its"})
# "Another said ...", "Both said ...": people the article counts off, kept as written.
OTHER_PEOPLE = frozenset({"another", "both"})
# "I", "we": the voice of a quote (its speaker, decided where the quote is attributed) or,
# outside quotes, of a first-person text (a statement, an op-ed): kept as written.
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
PRONOUN_WORDS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | FIRST_PERSON


def is_first_person(speaker: Speaker | None) -> bool:
    """A speaker mentioned as "I" or "we": the voice of a quote or of the text itself."""
    return speaker is not None and speaker.mention.text.lower() in FIRST_PERSON


def remember(history: History, speakers: Iterable[Speaker | None]) -> History:
    """``history`` with the named speakers appended, for the pronouns and roles that follow
    (first-person mentions name nobody)."""
    seen = [
        Seen(speaker.mention.start_char, Resolved(speaker.name, speaker.kind))
        for speaker in speakers
        if speaker is not None and not is_first_person(speaker)
    ]
    return (*history, *seen) if seen else history


def last_speaker(
    history: History, kinds: set[str], position: int, *, accept=lambda resolved: True
) -> Resolved | None:
    """The speaker of one of ``kinds`` found last before ``position`` (and ``accept``ed)."""
    for seen, resolved in reversed(history):
        if seen < position and resolved.kind in kinds and accept(resolved):
            return resolved
    return None


def agreeing(
    resolved: Resolved | None,
    pronoun: str,
    names: Mapping[str, NameCluster],
    first_names: Mapping[str, str],
) -> Resolved | None:
    """A person a gendered pronoun can stand for: as resolved when the first name does not
    contradict it, else the name's form with a first name of the pronoun's gender (names
    cluster on the surname: "he" after "Hillary Clinton" and "Bill Clinton" is Bill; so is
    "he" after a bare "Clinton" left as written), else nobody."""
    gender = PRONOUN_GENDERS.get(pronoun)
    if resolved is None or gender is None or resolved.kind != "person":
        return resolved
    words = resolved.name.split()
    first = first_names.get(words[0].lower()) if len(words) > 1 else None
    if first == gender:
        return resolved
    name = names.get(name_key(words))
    found = of_gender(name.forms, gender, first_names) if name is not None else None
    if first is None and (found is None or len(name.people) < 2):
        return resolved  # no first name contradicts it, and no namesake is meant
    return Resolved(found, "person") if found else None


def described_kind(resolved: Resolved, noun: Token, resources: Resources) -> Resolved:
    """A name written after its description ("the activist group Acme Watch"), of the
    kind the description says."""
    kind = resources.speaker_descriptions.get(noun.lemma_.lower(), resolved.kind)
    return Resolved(resolved.name, kind)


class SpeakerResolver:
    """The names of one article, for resolving speaker mentions; built once, then only read."""

    def __init__(
        self,
        docs: Iterable[Doc],
        *,
        resources: Resources,
        unparsed: Iterable[Span] = (),
        mention_resolver: MentionResolver | None = None,
    ) -> None:
        self._resources = resources
        self._names: dict[str, NameCluster] = {}
        self._mention_resolver = mention_resolver
        docs, unparsed = list(docs), list(unparsed)
        for doc in docs:
            for run in self.name_runs(doc):
                self._add(run)
        # Sentences the full pipeline skipped still name people ("General Mark Milley
        # visited Kyiv." before "“...,” he told the BBC."): their capitalised runs are
        # registered as name forms, with no label (their kind comes from other mentions
        # or from a title).
        for sent in unparsed:
            for run in capitalised_runs(sent, self._resources):
                self._add(run)
        # "Sandy said" after "Sandra Paradis": the bare first name's mentions are hers.
        self._first_names_of: dict[str, Resolved] = self._join_bare_first_names()
        self._authored = find_authored(
            docs, document_nouns=resources.document_nouns, name_runs=self.name_runs
        )
        borrow_initialism_kinds(self._names.values())
        self._sentences = Sentences(
            [start_char(sent) for doc in docs for sent in doc.sents]
            + [start_char(sent) for sent in unparsed]
        )
        self._records = name_records(self._names.values())

    def learned_context(self) -> tuple[tuple[NameRecord, ...], Sentences]:
        """The names and sentences the mention resolver reads (for training and scoring)."""
        return self._records, self._sentences

    def name_runs(self, doc_or_span: Doc | Span) -> list[Span]:
        """Proper-name stretches: named entities and runs of proper nouns, titles stripped."""
        return name_runs(doc_or_span, self._resources)

    def _add(self, run: Span) -> None:
        name = self._names.setdefault(name_key(name_words(run)), NameCluster())
        name.organization |= run[-1].lower_ in self._resources.organization_words
        name.person_form |= reads_as_person(run, self._resources.first_names)
        name.forms.append(name_words(run))
        first = first_name_of(name_words(run), self._resources.first_names)
        if first is not None:
            first = person_key(
                name.people,
                first,
                first_names=self._resources.first_names,
                variants=self._resources.name_variants,
            )
            name.people.setdefault(first, []).append((start_char(run), name_words(run)))
        if len(run) > 1 and (
            run[0].lower_ in self._resources.first_names
            or run[0].ent_iob_ == "B"
            and run[0].ent_type_ == "PERSON"
        ):
            name.first_named.append(name_words(run))
        if run.root.ent_type_:
            name.labels[run.root.ent_type_] += 1
        name.titles.update(titles_before(run, self._resources.titles))
        name.positions.append(start_char(run))
        if run.root.dep_ in ("nsubj", "nsubjpass"):
            name.subject_positions.append(start_char(run))

    def _join_bare_first_names(self) -> dict[str, Resolved]:
        """Each bare first name that stands for one fully named person -> that person;
        its mentions join the person's own (for the pronouns after it)."""
        joined = {}
        targets = bare_first_name_targets(
            self._names,
            first_names=self._resources.first_names,
            variants=self._resources.name_variants,
        )
        for key, (target_key, person) in targets.items():
            bare, target = self._names.pop(key), self._names[target_key]
            target.positions += bare.positions
            target.subject_positions += bare.subject_positions
            if person in target.people:
                target.people[person] += [(at, (key,)) for at in bare.positions]
            joined[key] = Resolved(fullest_of(forms_of(target, person)), target.kind)
        return joined

    def lookup(self, run: Span) -> Resolved:
        """The canonical form and kind of a name run."""
        words = name_words(run)
        if len(words) == 1 and words[0].lower() in self._first_names_of:
            return self._first_names_of[words[0].lower()]
        name = self._names.get(name_key(words))
        if name is None:
            return Resolved(run.text, LABEL_KINDS.get(run.root.ent_type_, "unknown"))
        honorific = honorific_gender(titles_before(run, self._resources.titles))
        return Resolved(self._named(name, words, honorific), name.kind)

    def _named(self, name: NameCluster, words: Sequence[str], gender: str | None = None) -> str:
        """The fullest name of a mention's entity; of its own person among namesakes or
        the person its honorific fits, else as written (``namesakes.person_named``)."""
        if len(name.people) < 2 and (gender is None or not name.people):
            return name.canonical
        found = person_named(
            name.people,
            words,
            first_names=self._resources.first_names,
            sentence_of=self._sentences.index,
            gender=gender,
            variants=self._resources.name_variants,
        )
        return found or display_name(words)

    def _at(self, name: NameCluster, position: int) -> str:
        """The fullest name of an entity last mentioned before ``position``: among
        namesakes, the one named last."""
        return (person_at(name.people, position) if len(name.people) > 1 else None) or (
            name.canonical
        )

    def lookup_words(self, words: list[str]) -> Resolved:
        """A name given as plain words (a transcript label "RUIZ"), canonicalised like a run."""
        if len(words) == 1 and words[0].lower() in self._first_names_of:
            return self._first_names_of[words[0].lower()]
        name = self._names.get(name_key(words))
        if name is not None:
            kind = name.kind if name.kind != "unknown" else "person"
            return Resolved(self._named(name, words), kind)
        return Resolved(display_name(words), "person")

    def resolve(self, mention: Span, *, position: int, history: History = ()) -> Resolved | None:
        """Who a speaker mention refers to; ``position`` is its absolute offset in the
        article, ``history`` the speakers found before it."""
        root = mention.root
        word = root.lower_
        if word in FIRST_PERSON:
            return Resolved(root.text, "person" if word in ("i", "me", "my") else "group")
        if root.pos_ == "PRON" or word in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS:
            learned = self._agree(self._learned(mention, position, history), word)
            return learned or self._pronoun(word, position, history)
        runs = self.name_runs(mention)
        own = next((run for run in runs if run.start <= root.i < run.end), None)
        if own is not None:
            return self.lookup(own)
        named = next((run for run in runs if run.start == root.i + 1), None)
        if named is not None and root.pos_ == "NOUN":
            return described_kind(self.lookup(named), root, self._resources)
        person_runs = [run for run in runs if self.lookup(run).kind == "person"]
        if word in self._resources.titles and person_runs:
            return self.lookup(person_runs[-1])  # "Chairman of the ... General Mark Milley"
        if word in self._resources.titles and root.pos_ == "NOUN":
            # "the top general" points back to someone named before; "a Transport Ministry
            # official" is someone new: kept as written, as is a role with no match.
            first = mention[0].lower_
            anaphoric = first in ("the", "this", "that") or first in self._resources.titles
            resolved = self._role(word, position, history) if anaphoric else None
            return resolved or Resolved(without_article(mention), "person")
        if word in self._resources.metonym_nouns:
            place = self._last_name({"place"}, position)
            return place or Resolved(without_article(mention), "place")
        if root.pos_ == "NOUN" and root.lemma_.lower() in self._resources.document_nouns:
            return self._document(mention, position=position, history=history)
        description = self._resources.speaker_descriptions.get(root.lemma_.lower())
        if description is not None and root.tag_ == "NN" and is_definite(mention):
            # "the firm", "the carmaker": the organisation named before (CLAIM-SPEC); "the
            # few auto firms" are several (Wikinews set).
            named = self._learned(mention, position, history) or self._latest(
                {description}, position, history
            )
            if named is not None:
                return named
        person = self._names.get(name_key([root.text])) if root.text[:1].isupper() else None
        if root.pos_ == "NOUN" and len(mention) == 1 and person and person.first_named:
            # "Jobs announced ...": the surname of a person named before ("Steve Jobs"),
            # which the tagger took for a plural noun.
            return Resolved(self._named(person, [root.text]), person.kind)
        if root.pos_ == "NOUN":
            kind = "group" if root.tag_ in ("NNS", "NNPS") else "unknown"
            return Resolved(without_article(mention), kind)
        if runs:
            return self.lookup(runs[-1])
        return Resolved(without_article(mention), "unknown")

    def _learned(self, mention: Span, position: int, history: History) -> Resolved | None:
        """The mention resolver's antecedent for a pronoun or description, when there is
        a resolver and it picks one (the rules decide otherwise)."""
        if self._mention_resolver is None:
            return None
        context = (self._records, self._sentences, self._resources)
        found = self._mention_resolver.resolve(mention, position, history, context)
        name = self._names.get(name_key(found.name.split())) if found is not None else None
        if name is not None and name.canonical == found.name:
            return Resolved(self._at(name, position), found.kind)  # one of namesakes
        return found

    def _document(self, mention: Span, *, position: int, history: History) -> Resolved:
        """A document speaks for its author when the article names one: inside its own
        phrase ("a report by Acme", "Acme's forecast", "their projections"), as its issuer
        ("Acme released a report showing ...") or with an
        earlier document of the same kind ("a report by Acme ... the report said");
        otherwise it is its own speaker (kind unknown)."""
        root = mention.root
        author = author_inside(root, self.name_runs) or issuer(
            root,
            issuing_verbs=self._resources.issuing_verbs,
            verb_lemma=self._resources.verb_lemma,
        )
        if author is None and is_definite(mention):
            author = earlier_author(self._authored, root.lemma_.lower(), position)
        if author is not None and author.root.i != root.i:
            resolved = self.resolve(author, position=start_char(author), history=history)
            if resolved is not None and resolved.name.lower() not in PRONOUN_WORDS:
                return resolved
        return Resolved(without_article(mention), "unknown")

    def _pronoun(self, word: str, position: int, history: History) -> Resolved | None:
        if word in PERSON_PRONOUNS:
            # Centering: a pronoun prefers the last speaker, then the last person in subject
            # position, of its gender; unresolved, the claim is still his or hers: kept
            # as written.
            def agrees(resolved: Resolved) -> bool:
                return self._agree(resolved, word) is not None

            found = (
                last_speaker(history, {"person"}, position, accept=agrees)
                or self._last_name({"person"}, position, subjects_only=True, accept=agrees)
                or self._last_name({"person"}, position, accept=agrees)
            )
            return self._agree(found, word) or Resolved(word, "person")
        if word in GROUP_PRONOUNS:
            group = last_speaker(history, {"group", "organization"}, position)
            return group or Resolved(word, "group")
        if word in THING_PRONOUNS:
            return last_speaker(history, {"organization", "place"}, position) or self._last_name(
                {"organization"}, position
            )
        if word in OTHER_PEOPLE:
            return Resolved(word, "person" if word == "another" else "group")
        return None  # "you", "one": nobody in particular

    def _latest(self, kinds: set[str], position: int, history: History) -> Resolved | None:
        """The entity of one of ``kinds`` mentioned last before ``position``: a speaker
        found before or a name of the article, whichever is nearer."""
        spoken = [(p, r) for p, r in history if p < position and r.kind in kinds]
        named = [
            (
                max(p for p in name.positions if p < position),
                Resolved(self._at(name, position), name.kind),
            )
            for name in self._names.values()
            if name.kind in kinds and any(p < position for p in name.positions)
        ]
        found = max([*spoken, *named], key=lambda pair: pair[0], default=None)
        return found[1] if found else None

    def _role(self, title: str, position: int, history: History) -> Resolved | None:
        """ "the top general" -> the person the article titles General, most recently
        mentioned."""
        titled = [
            (max(p for p in name.positions if p < position), name)
            for name in self._names.values()
            if title in name.titles and any(p < position for p in name.positions)
        ]
        if titled:
            _, name = max(titled, key=lambda pair: pair[0])
            return Resolved(self._at(name, position), "person")
        return last_speaker(history, {"person"}, position)

    def _agree(self, resolved: Resolved | None, pronoun: str) -> Resolved | None:
        return agreeing(resolved, pronoun, self._names, self._resources.first_names)

    def _last_name(
        self, kinds: set[str], position: int, *, subjects_only: bool = False, accept=None
    ) -> Resolved | None:
        best = None
        for name in self._names.values():
            if name.kind not in kinds:
                continue
            if accept is not None and not accept(Resolved(name.canonical, name.kind)):
                continue
            positions = name.subject_positions if subjects_only else name.positions
            before = [p for p in positions if p < position]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), name)
        return Resolved(self._at(best[1], position), best[1].kind) if best else None
