"""Composition only: the stages in, Claim records out, in a deterministic order."""

from __future__ import annotations

import datetime
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from .about import AboutRef, find_about
from .article import Article, read_article
from .article.offsets import doc_start
from .dates import find_dates
from .errors import InputError
from .nlp import DEFAULT_MODEL, build_nlp, build_sentencizer
from .quantities import QuantityRef, find_quantities
from .resources import Resources, load_resources
from .schema import About, Claim, DateRef, Quantity
from .schema import Span as TextSpan
from .stages.attribution import Attribution, find_attributions


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
        article = self.read(text, published=published, doc_id=doc_id)
        return find_claims(article, resources=self.resources)

    def read(
        self, text: str, *, published: datetime.date | str | None = None, doc_id: str | None = None
    ) -> Article:
        """The article as the stages read it: blocks, sentences, parsed segments."""
        return read_article(
            text,
            nlp=self.nlp,
            sentencizer=self.sentencizer,
            resources=self.resources,
            published=parse_published(published),
            doc_id=doc_id,
        )


def find_claims(article: Article, *, resources: Resources) -> list[Claim]:
    """Every numeric claim in a read article, ordered by offset."""
    text, published_date, doc_id = article.text, article.published, article.doc_id
    parsed = [(doc, doc_start(doc)) for doc in article.segments]
    attributions = find_attributions(article, resources=resources)
    claims: list[Claim] = []
    for doc, offset in parsed:
        quantities = find_quantities(doc, resources=resources)
        dates = find_dates(doc, published=published_date, offset=offset) if quantities else []
        for sent in doc.sents:
            for ref in (q for q in quantities if sent.start <= q.root < sent.end):
                about = find_about(doc, ref, quantities=quantities, resources=resources)
                attribution = attributions.attribute(doc[ref.root])
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
