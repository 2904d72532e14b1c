"""Composition only: the stages in, Claim records out, in a deterministic order."""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from .about import AboutRef, find_about
from .attribution import (
    Attribution,
    Attributor,
    QuoteRegion,
    find_quote_regions,
    find_transcript_labels,
)
from .boilerplate import Block, find_blocks
from .dates import find_dates
from .errors import InputError
from .nlp import DEFAULT_MODEL, build_nlp, build_sentencizer, index_sentences
from .quantities import HAS_NUMBER, QuantityRef, find_quantities
from .resources import Resources, load_resources
from .schema import About, Claim, DateRef, Quantity
from .schema import Span as TextSpan
from .speakers import SpeakerResolver

PIPE_BATCH_SIZE = 32  # PERF-NOTES: batch sizes 8-128 are alike, 32 best
# A news paragraph is rarely over 1,500 characters; longer runs of sentences are parsed
# as several Docs (see _segments).
MAX_SEGMENT_CHARS = 5_000


class Extractor:
    """A loaded spaCy pipeline and resources: call it on article texts."""

    def __init__(
        self,
        *,
        model: str = DEFAULT_MODEL,
        nlp: Language | None = None,
        sentencizer: Language | None = None,
        resources: Resources | None = None,
    ) -> None:
        self.nlp = nlp if nlp is not None else build_nlp(model)
        self.sentencizer = sentencizer if sentencizer is not None else build_sentencizer(model)
        self.resources = resources if resources is not None else load_resources()

    def __call__(
        self, text: str, *, published: datetime.date | str | None = None, doc_id: str | None = None
    ) -> list[Claim]:
        """Every numeric claim in one article, ordered by offset."""
        published_date = parse_published(published)
        blocks = [
            block for block in find_blocks(text, resources=self.resources) if not block.boilerplate
        ]
        quotes = find_quote_regions([(block.start_char, block.text) for block in blocks])
        sentences = self._sentences(blocks)
        chosen = choose_sentences(
            text, sentences, quotes, cue_pattern=self.resources.cue_word_pattern
        )
        segments = _segments(sentences, chosen)
        docs = self.nlp.pipe(
            (text[start:end] for start, end in segments), batch_size=PIPE_BATCH_SIZE
        )
        parsed = [(index_sentences(doc), start) for doc, (start, _) in zip(docs, segments)]
        unparsed = [
            (sentence.span, blocks[sentence.block].start_char)
            for sentence, keep in zip(sentences, chosen)
            if not keep
        ]
        resolver = SpeakerResolver(parsed, resources=self.resources, unparsed=unparsed)
        attributor = Attributor(
            resolver=resolver,
            quotes=quotes,
            resources=self.resources,
            labels=find_transcript_labels([(block.start_char, block.text) for block in blocks]),
        )
        for doc, offset in parsed:
            attributor.add_doc(doc, offset)
        claims: list[Claim] = []
        for doc, offset in parsed:
            quantities = find_quantities(doc, resources=self.resources)
            dates = find_dates(doc, published=published_date, offset=offset) if quantities else []
            for sent in doc.sents:
                # Cues are resolved in article order, so pronouns see the speakers before them.
                attributor.sentence_cues(sent, offset)
                for ref in (q for q in quantities if sent.start <= q.root < sent.end):
                    about = find_about(doc, ref, quantities=quantities, resources=self.resources)
                    attribution = attributor.attribute(doc, ref.root, offset)
                    claims.append(
                        _claim(
                            text,
                            doc,
                            sent,
                            offset,
                            ref,
                            about,
                            attribution,
                            dates,
                            published_date,
                            doc_id,
                        )
                    )
        return sorted(claims, key=lambda c: (c.quantity.start_char, c.quantity.end_char))

    def _sentences(self, blocks: list[Block]) -> list[Sentence]:
        """Sentences of every block, from the cheap sentence splitter, in article order."""
        texts = (block.text for block in blocks)
        sentences = []
        for index, (block, doc) in enumerate(
            zip(blocks, self.sentencizer.pipe(texts, batch_size=PIPE_BATCH_SIZE))
        ):
            for sent in doc.sents:
                start, end = sent.start_char, sent.end_char
                while end > start and block.text[end - 1].isspace():
                    end -= 1
                if end > start:
                    sentences.append(
                        Sentence(index, block.start_char + start, block.start_char + end, sent)
                    )
        return sentences


class Sentence(NamedTuple):
    block: int
    start_char: int
    end_char: int
    span: Span  # in the sentence splitter's Doc of the block


def choose_sentences(
    text: str, sentences: list[Sentence], quotes: list[QuoteRegion], *, cue_pattern: re.Pattern[str]
) -> list[bool]:
    """Which sentences the full pipeline parses: those with a number, their neighbours that
    carry a cue or a quotation mark ("..., Milley added." before "He believes ..."), and,
    for a quote holding a number, the sentences around where it opens and closes (where its
    speaker is named). The rest is only ever split: about two thirds of news text
    (PERF-NOTES: ~30% of sentences have a digit or number word)."""
    has_number = [bool(HAS_NUMBER.search(text[s.start_char : s.end_char])) for s in sentences]
    chosen = list(has_number)
    starts = [s.start_char for s in sentences]

    def choose_if_cue(i: int) -> None:
        if 0 <= i < len(sentences) and cue_pattern.search(
            text[sentences[i].start_char : sentences[i].end_char]
        ):
            chosen[i] = True

    for i in (i for i, number in enumerate(has_number) if number):
        choose_if_cue(i - 1)
    for region in quotes:
        first = max(bisect_right(starts, region.start_char) - 1, 0)
        last = max(bisect_right(starts, region.end_char - 1) - 1, 0)
        if any(has_number[first : last + 1]):
            chosen[last] = True
            # The sentence the quote opens in names its speaker when an earlier quote
            # closes there ("“...,” Smith said. “Another 40 ...").
            choose_if_cue(first)
            choose_if_cue(first - 1)
            choose_if_cue(last + 1)
    return chosen


def _segments(sentences: list[Sentence], chosen: list[bool]) -> list[tuple[int, int]]:
    """Runs of chosen sentences within one block, as (start_char, end_char), none over
    MAX_SEGMENT_CHARS unless one sentence is: spaCy's ``token.sent`` costs time in
    proportion to the whole Doc, so one huge Doc (a dump with no line breaks) would make
    every claim pay for all of it."""
    segments: list[tuple[int, int]] = []
    previous: Sentence | None = None
    for sentence, keep in zip(sentences, chosen):
        joins = previous is not None and segments and previous.block == sentence.block
        if keep and joins and sentence.end_char - segments[-1][0] <= MAX_SEGMENT_CHARS:
            segments[-1] = (segments[-1][0], sentence.end_char)
        elif keep:
            segments.append((sentence.start_char, sentence.end_char))
        previous = sentence if keep else None
    return segments


def parse_published(published: datetime.date | str | None) -> datetime.date | None:
    """The publication date from a date or an ISO string ("2022-11-10")."""
    if published is None or isinstance(published, datetime.date):
        return published.date() if isinstance(published, datetime.datetime) else published
    try:
        return datetime.date.fromisoformat(published.strip()[:10])
    except ValueError as err:
        raise InputError(f"published date {published!r} is not YYYY-MM-DD") from err


@lru_cache(maxsize=2)
def default_extractor(model: str = DEFAULT_MODEL) -> Extractor:
    """One Extractor per model and process (loading spaCy takes a second)."""
    return Extractor(model=model)


def extract(
    text: str,
    *,
    published: datetime.date | str | None = None,
    doc_id: str | None = None,
    model: str = DEFAULT_MODEL,
) -> list[Claim]:
    """Every numeric claim in an article: who said what number about what, citing whom, and when."""
    return default_extractor(model)(text, published=published, doc_id=doc_id)


def _claim(
    text: str,
    doc: Doc,
    sent: Span,
    offset: int,
    ref: QuantityRef,
    about: AboutRef,
    attribution: Attribution,
    dates: list[DateRef],
    published: datetime.date | None,
    doc_id: str | None,
) -> Claim:
    quantity_text = text[
        offset + ref.start_char : offset + ref.end_char
    ]  # Doc.text rebuilds the string
    return Claim(
        doc_id=doc_id,
        sentence=TextSpan(
            start_char=offset + sent.start_char, end_char=offset + sent.end_char, text=sent.text
        ),
        quantity=Quantity(
            start_char=offset + ref.start_char,
            end_char=offset + ref.end_char,
            text=quantity_text,
            value=ref.value,
            low=ref.low,
            high=ref.high,
            bound=ref.bound,
            unit=ref.unit,
        ),
        about=About(
            text=about.text,
            entity=about.entity,
            qualifiers=list(about.qualifiers),
            property=about.property,
        ),
        speaker=attribution.speaker,
        cue=attribution.cue,
        via=attribution.via,
        quote=attribution.quote,
        dates=_dates_of(doc, sent, offset, about, attribution, dates),
        published=published.isoformat() if published else None,
    )


def _dates_of(
    doc: Doc,
    sent: Span,
    offset: int,
    about: AboutRef,
    attribution: Attribution,
    dates: list[DateRef],
) -> list[DateRef]:
    """The dates in the claim's sentence, with their role: the first verb a date hangs from
    is the cue (stated), the asserted predicate (reference), or another event."""
    sent_start, sent_end = offset + sent.start_char, offset + sent.end_char
    cue_chars = (attribution.cue.start_char, attribution.cue.end_char) if attribution.cue else None
    anchored = []
    for date in dates:
        if not (sent_start <= date.start_char < sent_end):
            continue
        span = doc.char_span(
            date.start_char - offset, date.end_char - offset, alignment_mode="expand"
        )
        role = "event"
        if span is not None:
            verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
            if verb is not None and cue_chars and cue_chars[0] <= offset + verb.idx < cue_chars[1]:
                role = "stated"
            elif (
                verb is not None
                and verb.i == about.predicate_i
                or about.entity_i in [t.i for t in span.root.ancestors][:2]
            ):
                role = "reference"
        anchored.append(date.model_copy(update={"role": role}))
    return anchored
