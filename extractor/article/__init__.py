"""One article as every stage reads it: blocks, quotes, sentences and parsed segments.

Built once per article by :func:`read_article`, or in two steps (:func:`split_article`,
then :func:`parsed_article`) when a batch parses several articles in one ``nlp.pipe``; the
stages read it and never change it. Every segment Doc carries its start in the article
text (``article.offsets``), so the stages report absolute character offsets.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..nlp import index_sentences, one_blas_thread
from ..resources import Resources
from ..stages.attribution.quotes import (
    QuoteRegion,
    TranscriptLabel,
    find_quote_regions,
    find_transcript_labels,
)
from .blocks import Block, find_blocks
from .offsets import mark_segment
from .sentences import Sentence, choose_sentences, find_segments

PIPE_BATCH_SIZE = 32  # PERF-NOTES: batch sizes 8-128 are alike, 32 best


@dataclass(frozen=True)
class Article:
    """The text of one article and what is read from it before any stage runs."""

    text: str
    doc_id: str | None
    published: datetime.date | None
    blocks: list[Block]  # paragraphs, boilerplate left out
    quotes: list[QuoteRegion]
    labels: list[TranscriptLabel]
    sentences: list[Sentence]
    chosen: list[bool]  # per sentence: parsed by the full pipeline
    segments: list[Doc]  # the parsed runs of chosen sentences, in article order

    @property
    def unparsed(self) -> list[Span]:
        """The sentences only split, not parsed (names in them still count as speakers)."""
        return [s.span for s, keep in zip(self.sentences, self.chosen, strict=True) if not keep]


@dataclass(frozen=True)
class ArticleDraft:
    """An article split into sentences and its sentences chosen: all but the full parse."""

    text: str
    doc_id: str | None
    published: datetime.date | None
    blocks: list[Block]
    quotes: list[QuoteRegion]
    labels: list[TranscriptLabel]
    sentences: list[Sentence]
    chosen: list[bool]
    bounds: list[tuple[int, int]]  # the segments the full pipeline parses

    @property
    def segment_texts(self) -> list[str]:
        """The texts of the segments, in article order."""
        return [self.text[start:end] for start, end in self.bounds]


def read_article(
    text: str,
    *,
    nlp: Language,
    sentencizer: Language,
    resources: Resources,
    published: datetime.date | None = None,
    doc_id: str | None = None,
) -> Article:
    """Split, choose and parse one article's text."""
    draft = split_article(
        text, sentencizer=sentencizer, resources=resources, published=published, doc_id=doc_id
    )
    with one_blas_thread():
        return parsed_article(draft, nlp.pipe(draft.segment_texts, batch_size=PIPE_BATCH_SIZE))


def split_article(
    text: str,
    *,
    sentencizer: Language,
    resources: Resources,
    published: datetime.date | None = None,
    doc_id: str | None = None,
) -> ArticleDraft:
    """Split one article's text and choose what the full pipeline parses."""
    blocks = [block for block in find_blocks(text, resources=resources) if not block.boilerplate]
    block_texts = [(block.start_char, block.text) for block in blocks]
    quotes = find_quote_regions(block_texts)
    sentences = split_sentences(blocks, sentencizer)
    chosen = choose_sentences(text, sentences, quotes, cue_pattern=resources.cue_word_pattern)
    return ArticleDraft(
        text=text,
        doc_id=doc_id,
        published=published,
        blocks=blocks,
        quotes=quotes,
        labels=find_transcript_labels(block_texts, headings=resources.heading_labels),
        sentences=sentences,
        chosen=chosen,
        bounds=find_segments(sentences, chosen),
    )


def parsed_article(draft: ArticleDraft, docs: Iterable[Doc]) -> Article:
    """The article from its draft and the full pipeline's Docs of its segments, in order."""
    segments = [
        mark_segment(index_sentences(doc), start)
        for doc, (start, _) in zip(docs, draft.bounds, strict=True)
    ]
    return Article(
        text=draft.text,
        doc_id=draft.doc_id,
        published=draft.published,
        blocks=draft.blocks,
        quotes=draft.quotes,
        labels=draft.labels,
        sentences=draft.sentences,
        chosen=draft.chosen,
        segments=segments,
    )


def split_sentences(blocks: list[Block], sentencizer: Language) -> list[Sentence]:
    """Sentences of every block, from the cheap sentence splitter, in article order."""
    texts = (block.text for block in blocks)
    with one_blas_thread():
        docs = list(sentencizer.pipe(texts, batch_size=PIPE_BATCH_SIZE))
    sentences = []
    for index, (block, doc) in enumerate(zip(blocks, docs, strict=True)):
        mark_segment(doc, block.start_char)
        for sent in doc.sents:
            start, end = sent.start_char, sent.end_char
            while end > start and block.text[end - 1].isspace():
                end -= 1
            if end > start:
                sentences.append(
                    Sentence(index, block.start_char + start, block.start_char + end, sent)
                )
    return sentences
