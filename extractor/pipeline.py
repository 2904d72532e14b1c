"""Composition only: the stages in, Claim records out, in a deterministic order."""

from __future__ import annotations

import datetime
import gc
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from spacy.language import Language
from spacy.tokens import Span

from .article import PIPE_BATCH_SIZE, Article, ArticleDraft, parsed_article, split_article
from .article.offsets import text_span
from .errors import InputError
from .nlp import DEFAULT_MODEL, build_nlp, build_sentencizer, one_blas_thread
from .resources import Resources, load_resources
from .schema import About, Claim, DateRef, Quantity
from .stages.about import AboutRef, find_about
from .stages.about.described import description_namer
from .stages.about.referent import Centres
from .stages.attribution import Attribution, find_attributions
from .stages.dates import claim_dates, find_dates
from .stages.quantities import QuantityRef, expect_article, find_quantities, prepare_long_run
from .stages.quantities.names import article_name_numbers


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
        return self.claims(self.read(text, published=published, doc_id=doc_id))

    def read(
        self, text: str, *, published: datetime.date | str | None = None, doc_id: str | None = None
    ) -> Article:
        """The article as the stages read it: blocks, sentences, parsed segments."""
        [article] = self.parse([self.split(text, published=published, doc_id=doc_id)])
        return article

    def split(
        self, text: str, *, published: datetime.date | str | None = None, doc_id: str | None = None
    ) -> ArticleDraft:
        """The article split into sentences, those to parse chosen: all but the full parse."""
        return split_article(
            text,
            sentencizer=self.sentencizer,
            resources=self.resources,
            published=parse_published(published),
            doc_id=doc_id,
        )

    def parse(
        self, drafts: list[ArticleDraft], *, batch_size: int = PIPE_BATCH_SIZE
    ) -> list[Article]:
        """The drafts' chosen sentences through the full pipeline, in one ``nlp.pipe`` for
        all of them: a batch's articles share its batches (issue #13), and each Doc is the
        one the article alone would get (tests/test_batch_grouped.py)."""
        docs = iter(self.nlp.pipe(_segment_texts(drafts), batch_size=batch_size))
        with one_blas_thread():
            return [parsed_article(draft, islice(docs, len(draft.bounds))) for draft in drafts]

    def claims(self, article: Article) -> list[Claim]:
        """Every numeric claim in a read article, ordered by offset."""
        return find_claims(article, resources=self.resources)


def _segment_texts(drafts: list[ArticleDraft]) -> Iterator[str]:
    for draft in drafts:
        yield from draft.segment_texts


def find_claims(article: Article, *, resources: Resources) -> list[Claim]:
    """Every numeric claim in a read article, ordered by offset."""
    attributions = find_attributions(article, resources=resources)
    names, _ = attributions.resolver.learned_context()
    centres = Centres(article.sentences, article.segments, names, resources.first_names)
    named = description_namer(names, resources, refers_to=centres.referent)
    claims: list[Claim] = []
    expect_article(article.text, resources=resources)
    name_numbers = article_name_numbers(article.segments)
    for doc in article.segments:
        quantities = find_quantities(doc, resources=resources, names=name_numbers)
        if not quantities:
            continue
        dates = find_dates(doc, published=article.published, resources=resources)
        for sent in doc.sents:
            for ref in (q for q in quantities if sent.start <= q.root < sent.end):
                about = find_about(
                    doc,
                    ref,
                    quantities=quantities,
                    resources=resources,
                    article=article.segments,
                    named=named,
                )
                attribution = attributions.attribute(doc[ref.root])
                claims.append(_claim(article, sent, ref, about, attribution, dates))
    return sorted(claims, key=lambda c: (c.quantity.start_char, c.quantity.end_char))


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


WARM_UP_TEXT = "Warm-up: about 5 people said 3% on Monday."


@lru_cache(maxsize=2)
def resident_extractor(model: str = DEFAULT_MODEL) -> Extractor:
    """``default_extractor``, loaded, warmed on a short text and frozen out of the garbage
    collector (``gc.freeze``), once per process: for processes that keep it to their end
    (`extract FILE`, a batch and the workers it forks). Collections then never walk the
    model, lexicons and quantulum3's data again (they did many times per article: 0.2-0.3 s
    CPU of one `extract FILE`, issue #13), and forked workers leave those pages shared, as
    Python's documentation of ``gc.freeze`` recommends before a fork."""
    extractor = default_extractor(model)
    gc.freeze()  # before the warm-up too: quantulum3's first parse allocates a lot
    extractor(WARM_UP_TEXT)
    gc.freeze()
    return extractor


@lru_cache(maxsize=2)
def batch_extractor(model: str = DEFAULT_MODEL) -> Extractor:
    """``resident_extractor`` and what pays off only over many articles (issue #13): the
    unit patterns compiled whole, quantulum3's units scan through a trie, its training
    words loaded and indexed (``quantities.prepare_long_run``); loaded
    once, before the workers fork, rather than once per worker, and frozen with the rest.
    (One article does without: building them costs more than they save on it.)"""
    extractor = resident_extractor(model)
    prepare_long_run(extractor.resources)
    gc.freeze()
    return extractor


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
    article: Article,
    sent: Span,
    ref: QuantityRef,
    about: AboutRef,
    attribution: Attribution,
    dates: list[DateRef],
) -> Claim:
    """One record: the stages' refs, already in absolute offsets, as the schema's types."""
    return Claim(
        doc_id=article.doc_id,
        sentence=text_span(sent),
        quantity=Quantity(
            start_char=ref.start_char,
            end_char=ref.end_char,
            text=article.text[ref.start_char : ref.end_char],  # Doc.text rebuilds the string
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
        dates=claim_dates(
            sent,
            dates,
            cue=attribution.cue,
            predicate_i=about.predicate_i,
            entity_i=about.entity_i,
        ),
        published=article.published.isoformat() if article.published else None,
    )
