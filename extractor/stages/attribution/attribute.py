"""The attribution of one number: the stage's entry point.

``find_attributions(article, resources=...)`` reads the whole article once: the names it
gives, then every parsed sentence's cues in article order (so a pronoun resolves to the
speakers before it, never to one found out of order), then whose words each quote is
and which sentences carry a block quote on. ``Attributions.attribute(token)`` only reads
what was found: the quote holding the number (direct), a cue nested in that quote, the
cue governing the number in its sentence (indirect), a transcript label or a carried
block quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...article.offsets import start_char
from ...resources import Resources
from ...schema import Span as TextSpan
from ...schema import Speaker, Via
from .carried import attribute_quotes, carry_over
from .cue_types import NO_ATTRIBUTION, Attribution, Cue, CueContext, SentenceCues
from .cues import find_sentence_cues, is_cue_phrase, is_proposal
from .described import covers, describes_speaker, sets_the_scene
from .proposals import proposal_anchor
from .quotes import QuoteRegion, TranscriptLabel, quote_at
from .ranker.candidates import Candidate, find_candidates
from .ranker.model import SpeakerRanker, load_speaker_ranker
from .resolver.model import MentionResolver, load_mention_resolver
from .speakers import History, SpeakerResolver, is_first_person, remember
from .syntax import first_child
from .via import via_speaker

if TYPE_CHECKING:  # the Article module imports this stage's quote finder
    from ...article import Article


# The dependencies through which a verb reports a clause.
REPORTED_DEPS = frozenset({"ccomp", "xcomp"})
# ``find_attributions(..., ranker=PACKAGED)``: the ranker shipped in models/.
PACKAGED = "packaged"


def find_attributions(
    article: Article,
    *,
    resources: Resources,
    ranker: SpeakerRanker | str | None = PACKAGED,
    mention_resolver: MentionResolver | str | None = PACKAGED,
) -> Attributions:
    """Every cue of an article, found in article order, ready to attribute its numbers;
    ``ranker`` chooses among the rules' candidates (None: the rules' choice stands),
    ``mention_resolver`` resolves pronouns and descriptions (None: by rule alone)."""
    if ranker == PACKAGED:
        ranker = load_speaker_ranker()
    if mention_resolver == PACKAGED:
        mention_resolver = load_mention_resolver()
    resolver = SpeakerResolver(
        article.segments,
        unparsed=article.unparsed,
        resources=resources,
        mention_resolver=mention_resolver
        if isinstance(mention_resolver, MentionResolver)
        else None,
    )
    context = CueContext(resources=resources, resolver=resolver, labels=tuple(article.labels))
    sentences = find_sentence_cues(
        (sent for doc in article.segments for sent in doc.sents), context
    )
    return Attributions(
        resources=resources,
        resolver=resolver,
        quotes=article.quotes,
        labels=article.labels,
        sentences=sentences,
        index={start_char(found.sent): i for i, found in enumerate(sentences)},
        quote_speakers=attribute_quotes(article.quotes, sentences),
        carried=carry_over(sentences, article.quotes),
        histories=speaker_histories(sentences),
        ranker=ranker if isinstance(ranker, SpeakerRanker) else None,
    )


@dataclass(frozen=True)
class Attributions:
    """What the attribution stage found in one article; ``attribute`` reads it."""

    resources: Resources
    resolver: SpeakerResolver
    quotes: list[QuoteRegion]
    labels: list[TranscriptLabel]
    sentences: list[SentenceCues]  # every parsed sentence, in article order
    index: dict[int, int]  # a sentence's start offset -> its place in ``sentences``
    quote_speakers: list[Attribution | None]  # per quote
    carried: list[Attribution | None]  # per sentence
    histories: list[History]  # per sentence: the speakers found before it
    ranker: SpeakerRanker | None = None

    def attribute(self, token: Token) -> Attribution:
        """The attribution of the number whose root is ``token``: the rules propose
        candidates, the ranker (when there is one) chooses."""
        rule = self.by_rule(token)
        if self.ranker is None:
            return rule
        # "no speaker" is always a candidate, so one is left.
        candidates = [
            candidate
            for candidate in self.candidates(token, rule)
            if not describes_speaker(token, candidate.attribution)
            and not sets_the_scene(token, candidate.attribution)
            and candidate.attribution.speaks_for(start_char(token))
            and self._reaches(token, candidate)
        ]
        return self._as_quoted(token, self.ranker.best(candidates).attribution)

    def _reaches(self, token: Token, candidate: Candidate) -> bool:
        """Whether a cue of the number's own sentence may speak for it: one it does not
        govern must reach beyond its clause (``_reaches_beyond``), as in the rules."""
        if candidate.origin != "cue":
            return True
        ancestors = [token, *token.ancestors]
        return all(
            cue.token in ancestors or _reaches_beyond(cue.token, token)
            for cue in self._cues_of(token.sent)
            if cue.attribution == candidate.attribution
        )

    def _as_quoted(self, token: Token, chosen: Attribution) -> Attribution:
        """The chosen attribution, direct when the number lies in a quote of the same
        speaker and cue: the quote regions settle whether a number is quoted, whichever
        candidate proposed the speaker ("“Then Jones said 90,000 ...,” Doe said")."""
        quote_index = quote_at(self.quotes, start_char(token))
        quoted = self.quote_speakers[quote_index] if quote_index is not None else None
        if chosen.speaker is None or quoted is None or quoted.speaker is None:
            return chosen
        same_cue = (quoted.cue and quoted.cue.start_char) == (chosen.cue and chosen.cue.start_char)
        if quoted.speaker.name != chosen.speaker.name or not same_cue:
            return chosen
        return Attribution(chosen.speaker, chosen.cue, chosen.via, "direct")

    def candidates(self, token: Token, rule: Attribution | None = None) -> list[Candidate]:
        """The attributions the rules propose for a number, with their features."""
        return find_candidates(self, token, rule if rule is not None else self.by_rule(token))

    def by_rule(self, token: Token) -> Attribution:
        """The rules' attribution of the number whose root is ``token``."""
        position = start_char(token)
        quote_index = quote_at(self.quotes, position)
        if quote_index is not None:
            quoted = self._quoted(token, quote_index)
            if quoted is not None:
                return quoted
        cues = [
            cue
            for cue in self._cues_of(token.sent)
            if cue.attribution.speaker is not None
            and quote_at(self.quotes, start_char(cue.token)) is None
            and not covers(cue.attribution, position)
            and not describes_speaker(token, cue.attribution)
            and not sets_the_scene(token, cue.attribution)
            and cue.attribution.speaks_for(position)
        ]
        ancestors = list(token.ancestors)
        # A proposal ("her plan") speaks only for the numbers in its own clause, and gives
        # way to a verb of saying that also governs the number.
        proposals = [
            cue
            for cue in cues
            if is_proposal(cue.token, self.resources)
            and proposal_anchor(cue.token) in [*ancestors, token]
        ]
        cues = [cue for cue in cues if not is_proposal(cue.token, self.resources)]
        governing = [cue for cue in cues if cue.token in ancestors or cue.token == token]
        cues = [cue for cue in cues if cue in governing or _reaches_beyond(cue.token, token)]
        if not governing and proposals:
            return proposals[0].attribution
        if not cues:
            return self.transcript(position) or self._carried(token.sent) or NO_ATTRIBUTION
        if governing:
            nearest = min(
                governing,
                key=lambda cue: ancestors.index(cue.token) if cue.token in ancestors else -1,
            )
        else:
            # "According to A, claims rose 15, which, according to B, is ...": a cue
            # phrase on a word above the number speaks for it, not a nearer one that
            # hangs in another clause.
            attached = [
                cue
                for cue in cues
                if is_cue_phrase(cue.attribution, self.resources)
                and cue.token.head in [token, *ancestors]
            ]
            nearest = min(attached or cues, key=lambda cue: abs(cue.token.i - token.i))
        cited = _cited_by(nearest, cues, [*ancestors, token], self.resources)
        return cited.attribution if cited is not None else _with_outer(nearest, cues)

    def _cues_of(self, sent: Span) -> list[Cue]:
        return self.sentences[self.index[start_char(sent)]].cues

    def _carried(self, sent: Span) -> Attribution | None:
        return self.carried[self.index[start_char(sent)]]

    def _quoted(self, token: Token, quote_index: int) -> Attribution | None:
        """A number inside a quote: the quote's speaker (direct), or the speaker of a cue
        inside the quote that governs the number, through the quote's speaker."""
        attribution = self.quote_speakers[quote_index]
        nested = self._nested_in_quote(token, quote_index)
        if nested is not None and is_first_person(nested.speaker):
            nested = None  # "“I think 40 died,” Smith said": the quote's own voice
        if nested is not None:
            # Attribution inside a quote ("“Then Jones said that 90,000 would be
            # accepted”"): the inner speaker's claim, reaching us through the quoter.
            via = None
            if attribution is not None and attribution.speaker is not None:
                via = via_speaker(attribution.speaker)
            return Attribution(nested.speaker, nested.cue, via or nested.via, "indirect")
        if attribution is not None:
            return Attribution(attribution.speaker, attribution.cue, attribution.via, "direct")
        return None

    def _nested_in_quote(self, token: Token, quote_index: int) -> Attribution | None:
        """A cue inside the same quote that governs the number, with a resolvable speaker."""
        ancestors = list(token.ancestors)
        for cue, attribution in self._cues_of(token.sent):
            if (
                attribution.speaker is not None
                and cue in ancestors
                and quote_at(self.quotes, start_char(cue)) == quote_index
                and not covers(attribution, start_char(token))
            ):
                return attribution
        return None

    def transcript(self, position: int) -> Attribution | None:
        """A number in a labelled transcript paragraph: the label's words, verbatim (direct)."""
        for label in self.labels:
            if label.block_start <= position < label.block_end:
                resolved = self.resolver.lookup_words(list(label.words))
                mention = TextSpan(
                    start_char=label.start_char, end_char=label.end_char, text=" ".join(label.words)
                )
                cue = TextSpan(start_char=label.end_char, end_char=label.end_char + 1, text=":")
                speaker = Speaker(name=resolved.name, mention=mention, kind=resolved.kind)
                return Attribution(speaker, cue, None, "direct")
        return None


def speaker_histories(sentences: list[SentenceCues]) -> list[History]:
    """The speakers found before each sentence, for resolving the ranker's candidates."""
    histories: list[History] = []
    history: History = ()
    for found in sentences:
        histories.append(history)
        history = remember(history, (cue.attribution.speaker for cue in found.cues))
    return histories


def _reaches_beyond(cue: Token, number: Token) -> bool:
    """Whether a cue may speak for a number it does not govern. One in a relative clause
    does not ("people who think so, who saw a leader win two terms", "the two guides I
    wrote"), unless it is a trailing attribution the parser took for one ("..., the poll
    found": a comma, no relative word, a subject of its own)."""
    if cue.dep_ == "acl":
        return False  # "the share of voters saying ... rose 8 points"
    if cue.dep_ == "conj":
        return _trails_unjoined(cue, number)
    if cue.dep_ != "relcl":
        return True
    subject = first_child(cue, "nsubj")
    start = cue.left_edge
    return (
        start.i > cue.sent.start
        and cue.doc[start.i - 1].text == ","
        and start.tag_ not in ("WDT", "WP", "WP$")
        and subject is not None
        and subject.tag_ not in ("WDT", "WP")
    )


def _trails_unjoined(cue: Token, number: Token) -> bool:
    """Whether a cue the parse made a conjunct is a trailing attribution ("... killed,
    General Milley was quoted as saying"): after the number, with no "and"/"but" joining
    it. A joined one is a clause of its own ("A rose 5%, and B said ...")."""
    doc = cue.doc
    joined = any(
        t.dep_ == "cc" and t.head.i in (cue.i, cue.head.i) for t in doc[cue.head.i + 1 : cue.i]
    )
    return cue.i > number.i and not joined


def _with_outer(chosen: Cue, cues: list[Cue]) -> Attribution:
    """The chosen cue's attribution, completed by a cue governing it: "We believe 6
    debates are enough, the party said" ("we" is the party); "the Post said officials
    acknowledged that ..." (the Post, the outermost source: CLAIM-SPEC); any other
    cue above it gives its speaker as the via."""
    cue, attribution = chosen
    # "Acme said it expects 300 hires": an embedded "it"/"they" is the outer speaker
    # repeated, and "expects" part of what Acme said: the outer cue reports the number
    # (PolNeAR dev marks "said", not "expects"). An embedded "we" keeps its own cue.
    repeated = attribution.speaker is not None and attribution.speaker.mention.text.lower() in (
        "it",
        "they",
    )
    embedded = repeated or is_first_person(attribution.speaker)
    outer = _outer_speaker(cue, cues) if embedded else None
    if outer is not None and repeated:
        return Attribution(outer.speaker, outer.cue, outer.via, "indirect")
    if outer is not None:
        speaker = outer.speaker.model_copy(update={"mention": attribution.speaker.mention})
        return Attribution(speaker, attribution.cue, outer.via, "indirect")
    if not embedded:
        outer = _reporting_speaker(cue, cues)
        if outer is not None:
            return Attribution(outer.speaker, outer.cue, outer.via, "indirect")
    via = attribution.via or _outer_via(cue, cues, attribution.speaker)
    return Attribution(attribution.speaker, attribution.cue, via, "indirect")


def _cited_by(chosen: Cue, cues: list[Cue], path: list[Token], resources: Resources) -> Cue | None:
    """ "Police have said they will release two recordings, according to attorneys for
    the family", "According to the filing, the developers say ...": a cue phrase hanging
    from the chosen verb or the clause it reports names whom the article cites for the
    whole report, the outermost source (CLAIM-SPEC; PolNeAR dev marks the phrase too)."""
    if chosen.token.pos_ not in ("VERB", "AUX"):
        return None
    for cue in cues:
        head = cue.token.head
        if (
            is_cue_phrase(cue.attribution, resources)
            and head in path
            and (head == chosen.token or chosen.token in head.ancestors)
        ):
            return cue
    return None


def _outer_speaker(cue: Token, cues: list[Cue]) -> Attribution | None:
    """The attribution of a cue governing ``cue`` whose speaker is named."""
    for outer, attribution in cues:
        if outer.i != cue.i and outer in cue.ancestors and not is_first_person(attribution.speaker):
            return attribution
    return None


def _reporting_speaker(cue: Token, cues: list[Cue]) -> Attribution | None:
    """The outermost cue whose reported clause holds ``cue`` ("Judicial Watch noted
    Comey said ...", "The poll showed voters say ..."), named and not "I"/"we": the
    source the article cites for the inner one (CLAIM-SPEC's nested attribution). Only
    clauses reached through complements count: a conjunct ("A lists ..., while B
    lists") or a relative clause is a statement of its own."""
    found = None
    node = cue
    while node.dep_ in REPORTED_DEPS and node.head.i != node.i and not _set_apart(node):
        node = node.head
        outer = next((a for c, a in cues if c.i == node.i), None)
        if outer is not None and outer.speaker is not None and not is_first_person(outer.speaker):
            found = outer
    return found


def _set_apart(node: Token) -> bool:
    """Whether a colon or semicolon lies between a clause's verb and its head: "Early
    polls show ...: a Quinnipiac poll found ...", "He calls for ...; she calls for ..."
    are statements side by side, whatever the parse made of them."""
    low, high = sorted((node.i, node.head.i))
    return any(t.text in (":", ";") for t in node.doc[low + 1 : high])


def _outer_via(cue: Token, cues: list[Cue], speaker: Speaker | None) -> Via | None:
    """The speaker of a cue above ``cue`` that does not report its clause, as its via. When
    that is the same speaker going on ("Trump told the hosts of Morning Joe ..., adding
    that ..."), nobody stands between: the words reach us through the outer cue's own
    via, if it has one, never through the speaker themself."""
    for outer, attribution in cues:
        if outer.i != cue.i and outer in cue.ancestors and attribution.speaker is not None:
            if speaker is not None and attribution.speaker.name == speaker.name:
                return attribution.via
            return via_speaker(attribution.speaker)
    return None
