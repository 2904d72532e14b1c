"""Attribution: speaker, cue, via and quote type for a number.

Direct quotes are found in the text (including quotes that run over several sentences
or paragraphs, and the "“...,” he told the BBC." pattern); reported speech through the
dependency parse ("X said that ...", "X believes that ...", "X was quoted by Y as
saying", trailing "..., Milley suggested."); "according to X" by its surface form.
Cue verbs are a lexicon (``models/lexicons/cue_verbs.v1.txt``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .resources import Resources
from .schema import Span as TextSpan
from .schema import Speaker, Via
from .speakers import FIRST_PERSON, Resolved, SpeakerResolver

_OPEN_QUOTES = "“«"
_CLOSER = {"“": "”", "«": "»", '"': '"'}
_EXCLUDED_SUBJECT_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SKIP_BEFORE_CUE = frozenset({"aux", "auxpass", "neg", "advmod", "punct"})


@dataclass(frozen=True)
class QuoteRegion:
    """A stretch of quoted text (marks included), absolute offsets; ``continues`` is the
    index of the region it carries on from (a quote running over paragraphs)."""

    start_char: int
    end_char: int
    continues: int | None = None


@dataclass(frozen=True)
class Attribution:
    speaker: Speaker | None
    cue: TextSpan | None
    via: Via | None
    quote: str


def find_quote_regions(blocks: list[tuple[int, str]]) -> list[QuoteRegion]:
    """Quoted stretches in paragraph blocks ``(start_char, text)``, in order.

    A quote closes only with its own kind of mark (“ with ”, " with "), so quotes nested
    in quotes stay inside. A quote left open at the end of a paragraph runs to its end,
    and a following paragraph that opens with a quote continues it (the newspaper
    convention for quotes over several paragraphs).
    """
    regions: list[QuoteRegion] = []
    open_at_end = False
    for offset, text in blocks:
        opening = text.lstrip()
        carries_on = open_at_end and (opening[:1] in _OPEN_QUOTES + '"' or opening.startswith("''"))
        open_at_end = False
        start: int | None = None
        closer = ""
        i = 0
        while i < len(text):
            # Two apostrophes are a double quote mark, opening and closing alike (the New
            # York Times convention in PolNeAR: "''It costs $100,000 a month,'' he said").
            char = "''" if text.startswith("''", i) else text[i]
            if start is None and (char in _OPEN_QUOTES or char in ('"', "''")):
                start, closer = i, _CLOSER.get(char, char)
            elif start is not None and char == closer:
                continues = len(regions) - 1 if carries_on and regions else None
                regions.append(QuoteRegion(offset + start, offset + i + len(char), continues))
                start, carries_on = None, False
            i += len(char)
        if start is not None:
            continues = len(regions) - 1 if carries_on and regions else None
            regions.append(QuoteRegion(offset + start, offset + len(text), continues))
            open_at_end = True
    return regions


@dataclass(frozen=True)
class TranscriptLabel:
    """A paragraph of a transcript, "RUIZ: We opened 240 shelters ...": the label speaks all of it."""

    block_start: int
    block_end: int
    start_char: int
    end_char: int
    words: tuple[str, ...]


_LABEL = re.compile(r"^[\"“']?((?:[A-Z][A-Z.'’-]+ ){0,2}[A-Z][A-Z.'’-]+):\s")


def find_transcript_labels(blocks: list[tuple[int, str]]) -> list[TranscriptLabel]:
    """Paragraphs opening with an upper-case name and a colon (debate and interview
    transcripts: PolNeAR dev, "HOST: Are those two figures comparable?")."""
    labels = []
    for offset, text in blocks:
        match = _LABEL.match(text)
        if match:
            start, end = match.span(1)
            labels.append(
                TranscriptLabel(
                    offset,
                    offset + len(text),
                    offset + start,
                    offset + end,
                    tuple(match.group(1).split()),
                )
            )
    return labels


class Attributor:
    """Finds the attribution of each number, article-wide (quotes and speakers carry over)."""

    def __init__(
        self,
        *,
        resolver: SpeakerResolver,
        quotes: list[QuoteRegion],
        resources: Resources,
        labels: list[TranscriptLabel] = (),
    ) -> None:
        self._labels = list(labels)
        self._resolver = resolver
        self._quotes = quotes
        self._resources = resources
        self._phrase_starts = frozenset(phrase[0] for phrase in resources.cue_phrases)
        self._quote_attributions: dict[int, Attribution | None] = {}
        self._sentence_cache: dict[tuple[int, int], list[tuple[Token, Attribution]]] = {}
        self._sentences: list[tuple[Span, int]] = []
        self._sentence_index: dict[tuple[int, int], int] = {}
        self._carried_cache: dict[tuple[int, int], Attribution | None] = {}

    def add_doc(self, doc: Doc, offset: int) -> None:
        """Register a paragraph's sentences, in article order, before asking about them."""
        for sent in doc.sents:
            self._sentence_index[(offset, sent.start_char)] = len(self._sentences)
            self._sentences.append((sent, offset))

    def sentence_cues(self, sent: Span, offset: int) -> list[tuple[Token, Attribution]]:
        """Every cue in a sentence with its attribution; resolves speakers in article order."""
        key = (offset, sent.start_char)
        if key not in self._sentence_cache:
            found = []
            for token in sent:
                attribution = (
                    self._cue_attribution(token, offset)
                    or self._according_to(token, offset)
                    or self._in_document(token, offset)
                    or self._headline_colon(token, offset)
                    or self._nominal_cue(token, offset)
                    or self._proposal_cue(token, offset)
                )
                if attribution is not None:
                    found.append((token, attribution))
                    if attribution.speaker is not None and not _first_person(attribution.speaker):
                        self._resolver.remember(
                            attribution.speaker.mention.start_char,
                            Resolved(attribution.speaker.name, attribution.speaker.kind),
                        )
            self._sentence_cache[key] = found
        return self._sentence_cache[key]

    def attribute(self, doc: Doc, root_i: int, offset: int) -> Attribution:
        """The attribution of the number at token ``root_i`` of a paragraph Doc."""
        token = doc[root_i]
        position = offset + token.idx
        quote_index = self._quote_at(position)
        sent = token.sent
        if quote_index is not None:
            attribution = self._quote_attribution(quote_index)
            nested = self._nested_in_quote(token, offset, quote_index)
            if nested is not None and _first_person(nested.speaker):
                nested = None  # "“I think 40 died,” Smith said": the quote's own voice
            if nested is not None:
                # Attribution inside a quote ("“Then Jones said that 90,000 would be
                # accepted”"): the inner speaker's claim, reaching us through the quoter.
                via = None
                if attribution is not None and attribution.speaker is not None:
                    mention = attribution.speaker.mention
                    via = Via(
                        name=attribution.speaker.name,
                        start_char=mention.start_char,
                        end_char=mention.end_char,
                        text=mention.text,
                    )
                return Attribution(nested.speaker, nested.cue, via or nested.via, "indirect")
            if attribution is not None:
                return Attribution(attribution.speaker, attribution.cue, attribution.via, "direct")
        cues = [
            (cue, attribution)
            for cue, attribution in self.sentence_cues(sent, offset)
            if attribution.speaker is not None
            and self._quote_at(offset + cue.idx) is None
            and not _covers(attribution, position)
        ]
        ancestors = [a for a in token.ancestors]
        # A proposal ("her plan") speaks only for the numbers in its own clause, and gives
        # way to a verb of saying that also governs the number.
        proposals = [
            (cue, a)
            for cue, a in cues
            if self._is_proposal(cue) and _proposal_anchor(cue) in ancestors + [token]
        ]
        cues = [(cue, a) for cue, a in cues if not self._is_proposal(cue)]
        governing = [(cue, a) for cue, a in cues if cue in ancestors or cue == token]
        if not governing and proposals:
            return proposals[0][1]
        if not cues:
            return (
                self._transcript(position)
                or self._carried(sent, offset)
                or Attribution(None, None, None, "none")
            )
        cue, attribution = (
            min(
                governing, key=lambda pair: ancestors.index(pair[0]) if pair[0] in ancestors else -1
            )
            if governing
            else min(cues, key=lambda pair: abs(pair[0].i - token.i))
        )
        outer = self._outer_speaker(cue, cues) if _first_person(attribution.speaker) else None
        if outer is not None:
            # "We believe 6 debates are enough, the party said": "we" is the party.
            speaker = outer.speaker.model_copy(update={"mention": attribution.speaker.mention})
            return Attribution(speaker, attribution.cue, outer.via, "indirect")
        via = attribution.via or self._outer_via(cue, cues)
        return Attribution(attribution.speaker, attribution.cue, via, "indirect")

    def _carried(self, sent: Span, offset: int) -> Attribution | None:
        """The paragraph after one ending "Smith argued:" is Smith's, a block quote without
        quotation marks (direct), for its sentences with no cue of their own. (Carrying a
        poll's attribution over to the next sentences of poll figures was tried: PolNeAR
        train annotates those sentences as the article's, so it only added false speakers.)"""
        key = (offset, sent.start_char)
        if key in self._carried_cache:
            return self._carried_cache[key]
        self._carried_cache[key] = None  # guards against cycles
        index = self._sentence_index.get(key, 0)
        if index == 0:
            return None
        previous, previous_offset = self._sentences[index - 1]
        same_block = previous.doc is sent.doc
        gap = offset + sent.start_char - (previous_offset + previous.end_char)
        if not same_block and not 0 <= gap <= 4:
            return None  # sentences in between were not parsed: no number, no cue
        named = [
            attribution
            for cue, attribution in self.sentence_cues(previous, previous_offset)
            if attribution.speaker is not None and self._quote_at(previous_offset + cue.idx) is None
        ]
        found = None
        if named and previous.text.rstrip().endswith(":") and not same_block:
            found = Attribution(named[-1].speaker, named[-1].cue, named[-1].via, "direct")
        elif not named and same_block:
            found = self._carried(previous, previous_offset)
        self._carried_cache[key] = found
        return found

    def _transcript(self, position: int) -> Attribution | None:
        """A number in a labelled transcript paragraph: the label's words, verbatim (direct)."""
        for label in self._labels:
            if label.block_start <= position < label.block_end:
                resolved = self._resolver.lookup_words(list(label.words))
                mention = TextSpan(
                    start_char=label.start_char, end_char=label.end_char, text=" ".join(label.words)
                )
                cue = TextSpan(start_char=label.end_char, end_char=label.end_char + 1, text=":")
                return Attribution(
                    Speaker(name=resolved.name, mention=mention, kind=resolved.kind),
                    cue,
                    None,
                    "direct",
                )
        return None

    def _nested_in_quote(self, token: Token, offset: int, quote_index: int) -> Attribution | None:
        """A cue inside the same quote that governs the number, with a resolvable speaker."""
        ancestors = list(token.ancestors)
        for cue, attribution in self.sentence_cues(token.sent, offset):
            if (
                attribution.speaker is not None
                and cue in ancestors
                and self._quote_at(offset + cue.idx) == quote_index
                and not _covers(attribution, offset + token.idx)
            ):
                return attribution
        return None

    # -- quotes -------------------------------------------------------------------

    def _quote_at(self, position: int) -> int | None:
        for index, region in enumerate(self._quotes):
            if region.start_char <= position < region.end_char:
                return index
        return None

    def _quote_attribution(self, index: int) -> Attribution | None:
        if index not in self._quote_attributions:
            self._quote_attributions[index] = None  # guards against cycles
            self._quote_attributions[index] = self._find_quote_attribution(index)
        return self._quote_attributions[index]

    def _find_quote_attribution(self, index: int) -> Attribution | None:
        region = self._quotes[index]
        embedded = self._embedded_in(region)
        if embedded is not None:
            # A quoted phrase inside a sentence ("Rubio defended the “Gang of Eight” bill"):
            # only that sentence can say whose words they are.
            sent, offset = embedded
            return next(
                (
                    a
                    for cue, a in self.sentence_cues(sent, offset)
                    if a.speaker is not None and self._quote_at(offset + cue.idx) is None
                ),
                None,
            )
        for sent, offset in self._sentences_near(region):
            for cue, attribution in self.sentence_cues(sent, offset):
                if attribution.speaker is not None and self._quote_at(offset + cue.idx) is None:
                    return attribution
        # A quote with no cue of its own carries on from the quote before it: the next
        # sentence of the same speech ("“Same thing probably on the Ukrainian side.”").
        previous = (
            region.continues if region.continues is not None else self._adjacent_previous(index)
        )
        if previous is not None:
            return self._quote_attribution(previous)
        return None

    def _embedded_in(self, region: QuoteRegion) -> tuple[Span, int] | None:
        """The sentence a quote lies inside, words of that sentence on both sides of it."""
        for sent, offset in self._sentences:
            start, end = (
                offset + sent.start_char,
                offset + sent.start_char + len(sent.text.rstrip()),
            )
            if start <= region.start_char and region.end_char <= end:
                before = sent.doc.text[sent.start_char : region.start_char - offset]
                after = sent.doc.text[region.end_char - offset : end - offset]
                if any(c.isalnum() for c in before) and any(c.isalnum() for c in after):
                    return sent, offset
                return None
        return None

    def _sentences_near(self, region: QuoteRegion) -> list[tuple[Span, int]]:
        """Sentences overlapping the quote, the one before it if it ends with ":" or ",",
        and the one right after it in the same paragraph."""
        near = []
        for i, (sent, offset) in enumerate(self._sentences):
            start, end = offset + sent.start_char, offset + sent.end_char
            if start < region.end_char and end > region.start_char:
                if not _opens_at_end(sent, start, region):
                    near.append((sent, offset))
            elif end <= region.start_char and sent.text.rstrip()[-1:] in (":", ","):
                # "Moreno continued:" right before the quote, in its paragraph or the one before.
                following = self._sentences[i + 1] if i + 1 < len(self._sentences) else None
                if (
                    following is not None
                    and following[1] + following[0].start_char >= region.start_char - 2
                ) or (
                    following is not None
                    and following[1] + following[0].end_char > region.start_char
                ):
                    near.append((sent, offset))
        after = [
            (sent, offset)
            for sent, offset in self._sentences
            if offset + sent.start_char >= region.end_char
            and offset <= region.end_char <= offset + len(sent.doc.text)
        ]
        return near + after[:1]

    def _adjacent_previous(self, index: int) -> int | None:
        """The quote just before, when nothing but whitespace or a paragraph break separates
        their sentences (the same speaker keeps talking)."""
        if index == 0:
            return None
        region, previous = self._quotes[index], self._quotes[index - 1]
        for sent, offset in self._sentences:
            if offset + sent.start_char <= region.start_char < offset + sent.end_char:
                between_start = previous.end_char
                gap_sentences = [
                    s
                    for s, o in self._sentences
                    if between_start <= o + s.start_char < region.start_char
                ]
                return index - 1 if len(gap_sentences) <= 1 else None
        return None

    # -- reported speech ---------------------------------------------------------

    def _cue_attribution(self, token: Token, offset: int) -> Attribution | None:
        lemma = self._resources.verb_lemma(token)
        if lemma not in self._resources.cue_verbs or token.pos_ not in ("VERB", "AUX"):
            return None
        if lemma in self._resources.clause_only_cues and _has_object(token):
            return None
        needed = self._resources.cue_needs.get(lemma)
        if needed is not None and not any(child.lower_ == needed for child in token.children):
            return None  # "called for a 28 percent rate", not "called him at 9"
        if _under_respondents(token, self._respondents, self._resources):
            return None  # "52 percent said they believe ...": still the poll's answers
        passive = any(child.dep_ in ("nsubjpass", "auxpass") for child in token.children)
        relative = None
        if passive and lemma not in self._resources.passive_speaker_cues:
            # "are estimated to have been killed": no agent, no speaker (the article asserts it).
            agent = _child(token, "agent")
            subject = _child(agent, "pobj") if agent is not None else None
            if subject is None:
                return None
        else:
            subject = _subject(token, "nsubjpass" if passive else "nsubj") or _inherited_subject(
                token
            )
            if subject is not None and subject.tag_ in ("WP", "WDT") and subject.lower_ != "what":
                # "Milley, who ..., said": the speaker is the relative's antecedent, and the
                # mention is the relative pronoun itself, as "he" is for a pronoun.
                relative, subject = subject, _antecedent(subject)
        if subject is not None and self._respondents(subject):
            return None
        named = (
            _named_apposition(subject, token)
            if subject is not None
            and relative is None
            and subject.lemma_.lower() not in self._resources.document_nouns
            else None
        )
        if named is not None:
            # "One pastor supporting him, Jo Roe of Hope Church, said": the name speaks.
            mention = named.doc[named.left_edge.i : named.i + 1]
        elif subject is None and _is_infinitive(token):
            return None  # "to say", "to demand": whose words, the verb it completes tells
        elif subject is None:
            mention = self._speaker_left_of(token)
        elif relative is not None:
            mention = relative.doc[relative.i : relative.i + 1]
        else:
            mention = _mention(subject)
        if mention is None:
            return None
        speaker = self._speaker(
            mention,
            offset,
            refers_to=_mention(subject) if relative is not None and subject is not None else None,
        )
        via = self._via(token, offset, passive)
        return Attribution(speaker, self._cue_span(token, offset, passive), via, "indirect")

    def _respondents(self, subject: Token) -> bool:
        """A share of surveyed people as the subject ("52 percent said", "six in 10 say"):
        they answer a poll, they are not the source of its numbers."""
        if {subject.lower_, subject.lemma_.lower()} & self._resources.proportion_nouns:
            return True
        # "six in 10 said", "three out of four say"; "the two said" is two people speaking.
        return subject.like_num and any(child.lower_ in ("in", "out") for child in subject.children)

    def _according_to(self, token: Token, offset: int) -> Attribution | None:
        """ "according to X" (and the other cue phrases): X is the speaker, or, when X is a
        document ("a Reuters report"), the via, with the source inside it as speaker."""
        if token.lower_ not in self._phrase_starts:
            return None
        doc = token.doc
        for phrase in self._resources.cue_phrases:
            end = token.i + len(phrase)
            if end > len(doc) or tuple(t.lower_ for t in doc[token.i : end]) != phrase:
                continue
            obj = _child(doc[end - 1], "pobj")
            if obj is None:
                continue
            cue = _text_span(doc[token.i : end], offset)
            if obj.lemma_.lower() in self._resources.document_nouns:
                return self._document_attribution(obj, cue, offset)
            return Attribution(self._speaker(_mention(obj), offset), cue, None, "indirect")
        return None

    def _in_document(self, token: Token, offset: int) -> Attribution | None:
        """ "In an ABC poll, she led 57 percent to 31 percent": a poll, survey or report
        introduced by "in" attributes the sentence to it (PolNeAR train: polls as sources);
        so does "by" ("by the AP's tally, he has 739", "by one estimate"), unless it is a
        passive's agent ("was rejected by the review": a deed, not a claim)."""
        if token.lower_ not in ("in", "by") or token.dep_ != "prep":
            return None
        obj = _child(token, "pobj")
        if obj is None or obj.lemma_.lower() not in self._resources.document_nouns:
            return None
        return self._document_attribution(
            obj, _text_span(token.doc[token.i : token.i + 1], offset), offset
        )

    def _document_attribution(
        self, document: Token, cue: TextSpan, offset: int
    ) -> Attribution | None:
        """A document as the source: the author inside it is the speaker ("a count by The
        Associated Press" -> AP, via the count); without one the document itself speaks
        ("according to exit polls": PolNeAR train), unless it is a speech event ("in a
        statement"), which has a speaker but is not one."""
        phrase = _mention(document)
        source = _source_inside(document, self._resolver)
        if source is None and document.lemma_.lower() in self._resources.speech_event_nouns:
            return None
        speaker = self._speaker(source if source is not None else phrase, offset)
        if speaker is None and source is not None:
            speaker = self._speaker(phrase, offset)  # an unresolved owner: the document speaks
        return Attribution(speaker, cue, self._via_from(phrase, offset), "indirect")

    def _nominal_cue(self, token: Token, offset: int) -> Attribution | None:
        """ "a Boston Globe report that the city lost $40 million": a document
        noun with a that-clause speaks through its author (PolNeAR dev: reports, polls)."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self._resources.document_nouns:
            return None
        clause = next(
            (
                c
                for c in token.children
                if c.dep_ in ("acl", "ccomp", "relcl") and _child(c, "mark") is not None
            ),
            None,
        )
        if clause is None or _child(clause, "mark").lower_ != "that":
            return None
        source = _source_inside(token, self._resolver)
        if source is None:
            return None
        speaker = self._speaker(source, offset)
        return Attribution(
            speaker,
            _text_span(token.doc[token.i : token.i + 1], offset),
            self._via_from(_mention(token), offset),
            "indirect",
        )

    def _is_proposal(self, cue: Token) -> bool:
        return cue.pos_ == "NOUN" and cue.lemma_.lower() in self._resources.proposal_nouns

    def _proposal_cue(self, token: Token, offset: int) -> Attribution | None:
        """ "Smith's plan would cap the rate at 28 percent", "under her proposal": a proposal
        with an owner puts its numbers in the owner's mouth."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self._resources.proposal_nouns:
            return None
        owner = _child(token, "poss")
        if owner is None or owner.lower_ in ("its", "their") and owner.pos_ == "PRON":
            return None
        mention = _mention(owner)
        if len(mention) > 1 and mention[-1].dep_ == "case":
            mention = mention[:-1]
        speaker = self._speaker(mention, offset)
        return Attribution(
            speaker, _text_span(token.doc[token.i : token.i + 1], offset), None, "indirect"
        )

    def _headline_colon(self, token: Token, offset: int) -> Attribution | None:
        """A colon after a name: a headline or transcript line ("Roe: City Must ...")
        where a short name (or a poll, report) starts the sentence, or a name introducing
        a quote ("... - Jane Roe: “One lesson ...”")."""
        sent, doc = token.sent, token.doc
        if token.text != ":" or token.i == sent.start:
            return None
        if any(label.end_char == offset + token.idx for label in self._labels):
            return None  # a transcript label: the whole paragraph is that speaker's (_transcript)
        if token.i - sent.start <= 4:
            before = [t for t in doc[sent.start : token.i] if not t.is_punct]
            if not before or any(t.pos_ not in ("PROPN", "NOUN", "DET") for t in before):
                return None
            head = before[-1]
            if head.pos_ != "PROPN" and head.lemma_.lower() not in self._resources.document_nouns:
                return None
            mention = doc[before[0].i : head.i + 1]
        else:
            after = doc[token.i + 1] if token.i + 1 < sent.end else None
            if after is None or not (
                after.text[:1] in _OPEN_QUOTES + '"' or after.text.startswith("''")
            ):
                return None
            start = token.i
            while start - 1 >= sent.start and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if start == token.i:
                return None
            mention = doc[start : token.i]
        cue = _text_span(doc[token.i : token.i + 1], offset)
        return Attribution(self._speaker(mention, offset), cue, None, "indirect")

    def _speaker(
        self, mention: Span, offset: int, *, refers_to: Span | None = None
    ) -> Speaker | None:
        """The speaker of a mention; ``refers_to`` is the phrase it stands for (a relative
        pronoun's antecedent), resolved in its place."""
        position = offset + mention.start_char
        resolved = self._resolver.resolve(
            refers_to if refers_to is not None else mention, position=position
        )
        if resolved is None:
            return None
        return Speaker(name=resolved.name, mention=_text_span(mention, offset), kind=resolved.kind)

    def _speaker_left_of(self, cue: Token) -> Span | None:
        """A trailing attribution the parse missed: "..., Milley, who serves as ..., suggested."."""
        doc = cue.doc
        i = cue.i - 1
        while i >= cue.sent.start and doc[i].dep_ in _SKIP_BEFORE_CUE and doc[i].text != ",":
            i -= 1
        if i >= cue.sent.start and doc[i].text == ",":
            # Skip a comma-enclosed relative clause: ", who serves as ... adviser,".
            j = i - 1
            while j >= cue.sent.start and doc[j].text != ",":
                j -= 1
            if j >= cue.sent.start and doc[j + 1].lower_ in ("who", "which", "whose"):
                i = j - 1
            else:
                i -= 1
        if i < cue.sent.start or doc[i].pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        start = i
        while (
            start - 1 >= cue.sent.start
            and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET")
            and doc[start - 1].text != ","
        ):
            start -= 1
        return doc[start : i + 1]

    def _cue_span(self, token: Token, offset: int, passive: bool) -> TextSpan:
        """The cue as written: "had said", "was quoted by the BBC as saying"."""
        start = min(
            [token.i]
            + [c.i for c in token.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < token.i]
        )
        end = token.i + 1
        if passive and token.lemma_.lower() in self._resources.passive_speaker_cues:
            as_prep = next((c for c in token.rights if c.lower_ == "as"), None)
            if as_prep is not None:
                end = as_prep.right_edge.i + 1
        return _text_span(token.doc[start:end], offset)

    def _via(self, cue: Token, offset: int, passive: bool) -> Via | None:
        """ "told the BBC", "quoted by the BBC", "in an interview with CNN", "citing sources"."""
        lemma = cue.lemma_.lower()
        if passive and lemma in self._resources.passive_speaker_cues:
            agent = _child(cue, "agent")
            obj = _child(agent, "pobj") if agent is not None else None
            if obj is not None:
                return self._via_from(_mention(obj), offset)
        if lemma == "tell":
            obj = _child(cue, "dobj") or _child(cue, "dative")
            if (
                obj is not None
                and obj.pos_ != "PRON"
                and obj.lemma_.lower() not in self._resources.audience_nouns
            ):
                return self._via_from(_mention(obj), offset)
        for child in cue.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "on", "during"):
                obj = _child(child, "pobj")
                if obj is not None and obj.lemma_.lower() in self._resources.document_nouns:
                    with_ = next((c for c in obj.children if c.lower_ == "with"), None)
                    target = _child(with_, "pobj") if with_ is not None else None
                    return self._via_from(_mention(target or obj), offset)
        # "..., citing unnamed sources": the participle may hang off the reported clause.
        for token in cue.subtree:
            if token.lemma_.lower() == "cite" and token.pos_ == "VERB" and token.i != cue.i:
                obj = _child(token, "dobj")
                if obj is not None:
                    return self._via_from(_mention(obj), offset)
        return None

    def _via_from(self, phrase: Span, offset: int) -> Via:
        phrase = phrase.doc[
            phrase.start : phrase.root.i + 1
        ]  # "the latest update", not "... from Moscow"
        runs = self._resolver.name_runs(phrase)
        name = (
            self._resolver.lookup(runs[-1]).name
            if runs and phrase.root.pos_ == "PROPN"
            else _strip_article(phrase)
        )
        span = _text_span(phrase, offset)
        return Via(name=name, start_char=span.start_char, end_char=span.end_char, text=span.text)

    def _outer_speaker(
        self, cue: Token, cues: list[tuple[Token, Attribution]]
    ) -> Attribution | None:
        """The attribution of a cue governing ``cue`` whose speaker is named."""
        for outer, attribution in cues:
            if (
                outer.i != cue.i
                and outer in cue.ancestors
                and not _first_person(attribution.speaker)
            ):
                return attribution
        return None

    def _outer_via(self, cue: Token, cues: list[tuple[Token, Attribution]]) -> Via | None:
        """Nested attribution: "officials acknowledged that ..., the Post said" -> via the Post."""
        for outer, attribution in cues:
            if outer.i != cue.i and outer in cue.ancestors and attribution.speaker is not None:
                mention = attribution.speaker.mention
                return Via(
                    name=attribution.speaker.name,
                    start_char=mention.start_char,
                    end_char=mention.end_char,
                    text=mention.text,
                )
        return None


def _is_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in verb.children
    )


def _proposal_anchor(proposal: Token) -> Token:
    """The word a proposal's numbers hang from: the verb it is the subject of ("her plan
    would cap ... at 28 percent"), the clause "under her plan" modifies, or the proposal
    itself ("his plan to expel 9 million")."""
    if proposal.dep_ in ("nsubj", "nsubjpass"):
        return proposal.head
    if proposal.dep_ == "pobj" and proposal.head.lower_ == "under":
        return proposal.head.head
    return proposal


def _named_apposition(subject: Token, verb: Token) -> Token | None:
    """The name set off by commas right before the verb, when the subject is a role:
    "a spokeswoman, Anna White, said", "one pastor backing him, Jo Roe of Hope Church, said"
    (the parser may hang the name on a nearer noun)."""
    if subject.pos_ != "NOUN" or subject.i > verb.i:
        return None
    for token in subject.subtree:
        if (
            token.dep_ != "appos"
            or token.pos_ != "PROPN"
            or token.i > verb.i
            or token.ent_type_ not in ("PERSON", "")
        ):
            continue
        after = token.right_edge.i + 1
        if (
            after < verb.i
            and token.doc[after].text == ","
            and all(t.dep_ in _SKIP_BEFORE_CUE for t in token.doc[after + 1 : verb.i])
        ):
            return token
    return None


def _opens_at_end(sent: Span, start: int, region: QuoteRegion) -> bool:
    """The splitter left the quote's opening mark at the end of the sentence before ("...,''
    Smith said. ''Buying a ..."): that sentence's speaker is an earlier quote's, unless it
    introduces this one ("Smith said: “")."""
    text = sent.text.rstrip()
    if region.start_char < start + len(text) - 2:
        return False
    return text.rstrip("'\"“«").rstrip()[-1:] not in (":", ",")


def _first_person(speaker: Speaker | None) -> bool:
    return speaker is not None and speaker.mention.text.lower() in FIRST_PERSON


def _covers(attribution: Attribution, position: int) -> bool:
    """The number is part of the speaker or via phrase itself ("a 12-member panel said")."""
    spans = [attribution.speaker.mention if attribution.speaker else None, attribution.via]
    return any(span is not None and span.start_char <= position < span.end_char for span in spans)


def _child(token: Token | None, dep: str) -> Token | None:
    if token is None:
        return None
    return next((c for c in token.children if c.dep_ == dep), None)


_DASHES = frozenset({"—", "–", "-", "--"})


def _subject(verb: Token, dep: str) -> Token | None:
    """The verb's subject, passing over a dateline the parser took for one ("LISBON
    (Reuters) – Jane Doe said ...": two subjects, the one nearer the verb speaks)."""
    subjects = [child for child in verb.children if child.dep_ == dep and not _is_dateline(child)]
    before = [child for child in subjects if child.i < verb.i]
    return before[-1] if before else (subjects[0] if subjects else None)


def _is_dateline(token: Token) -> bool:
    """An upper-case place opening the sentence and followed by a dash: "WASHINGTON —",
    "DES MOINES, Iowa (AP) —"."""
    sent, doc = token.sent, token.doc
    if token.left_edge.i != sent.start or not token.text.isupper() or len(token.text) < 2:
        return False
    after = token.right_edge.i + 1
    return after < sent.end and doc[after].text in _DASHES


def _inherited_subject(verb: Token) -> Token | None:
    """The subject a cue without its own shares with the verb it hangs from: "X said ...
    and added" (coordination), "X defended the plan, saying ..." and "X revised it in
    October, claiming ..." (participles). The participle's nearest noun is not its
    subject ("the plan", "October"). An open complement inherits only when it reports a
    clause ("she went on to say that ..."): "they need to find $500 a month" is no
    finding of theirs."""
    while verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
        if verb.dep_ == "xcomp" and _child(verb, "ccomp") is None:
            return None
        if verb.dep_ == "advcl" and (verb.i < verb.head.i or _child(verb, "mark") is not None):
            # "Counting its branches, the bank has 40 staff", "..., because the count
            # showed ...": circumstances, not the subject's words.
            return None
        verb = verb.head
        subject = _child(verb, "nsubj")
        if subject is not None:
            return subject
        if verb.pos_ not in ("VERB", "AUX"):
            return None
    return None


_OBJECT_DEPS = frozenset({"dobj", "prt", "dative", "attr", "acomp", "xcomp", "oprd"})


def _has_object(verb: Token) -> bool:
    """A verb with an object or particle of its own, or one that is itself a complement:
    "add up to $5", "added to his portfolio", "to add a trillion", not "..., he added."."""
    if verb.dep_ in ("xcomp", "acl", "relcl", "amod") or verb.tag_ == "VBN" and verb.dep_ != "ROOT":
        return True
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is not None and (
        following.lower_ in ("up", "to") or following.like_num or following.text in "$£€"
    ):
        return True  # "add up to $5" even when the parser puts "up to" in the number
    return any(
        child.dep_ in _OBJECT_DEPS or child.dep_ == "prep" and child.lower_ == "to"
        for child in verb.children
    )


def _under_respondents(cue: Token, respondents, resources: Resources) -> bool:
    """Whether a cue lies inside what poll respondents said ("64 percent said they wanted
    the next mayor to keep ..."); "70 percent dislike the plan, the survey found" is the
    survey's finding."""
    for verb in cue.ancestors:
        if verb.i > cue.i or resources.verb_lemma(verb) not in resources.cue_verbs:
            continue  # what respondents said follows their verb
        subject = _child(verb, "nsubj")
        if subject is not None and respondents(subject):
            return True
    return False


def _antecedent(relative: Token) -> Token | None:
    """What "who"/"which"/"that" stands for: the noun its relative clause modifies."""
    clause = relative.head
    while (
        clause.dep_ not in ("relcl", "acl")
        and clause.head.i != clause.i
        and clause.dep_ in ("conj", "xcomp", "ccomp")
    ):
        clause = clause.head
    return clause.head if clause.dep_ in ("relcl", "acl") else relative.head.head


def _mention(head: Token) -> Span:
    """A noun phrase without its relative clauses, appositions and edge punctuation."""
    right = head.i
    for child in head.rights:
        if child.dep_ not in _EXCLUDED_SUBJECT_DEPS:
            right = max(right, child.right_edge.i)
        else:
            break
    left = head.left_edge.i
    doc = head.doc
    while left < head.i and doc[left].is_punct:
        left += 1
    while right > head.i and doc[right].is_punct:
        right -= 1
    return doc[left : right + 1]


def _source_inside(document: Token, resolver: SpeakerResolver) -> Span | None:
    """The source inside a document phrase: "a Reuters report", "a count by The Associated
    Press", "the foundation's tally", "her tax filings"; places are not
    sources ("Ohio surveys": PolNeAR train class)."""
    for child in document.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            obj = _child(child, "pobj")
            if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_):
                return _mention(obj)
        if child.dep_ == "poss":
            owner = _mention(child)
            return owner[:-1] if len(owner) > 1 and owner[-1].dep_ == "case" else owner
    runs = [
        run
        for run in resolver.name_runs(_mention(document))
        if run.root.ent_type_ not in _PLACE_LABELS
    ]
    return runs[-1] if runs else None


def _strip_article(span: Span) -> str:
    words = span.text.split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words) or span.text


def _text_span(span: Span, offset: int) -> TextSpan:
    return TextSpan(
        start_char=offset + span.start_char, end_char=offset + span.end_char, text=span.text
    )
