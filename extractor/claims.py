"""Composition only: the stages in, Claim records out, in a deterministic order."""

from __future__ import annotations

import datetime
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from .about import AboutRef, find_about
from .attribution import Attribution, Attributor, find_quote_regions
from .boilerplate import find_blocks
from .dates import find_dates
from .errors import InputError
from .nlp import DEFAULT_MODEL, build_nlp
from .quantities import QuantityRef, find_quantities
from .resources import Lexicons, load_lexicons
from .schema import About, Claim, DateRef, Quantity
from .schema import Span as TextSpan
from .speakers import SpeakerResolver

PIPE_BATCH_SIZE = 32  # PERF-NOTES: batch sizes 8-128 are alike, 32 best


class Extractor:
    """A loaded spaCy pipeline and lexicons: call it on article texts."""

    def __init__(self, *, model: str = DEFAULT_MODEL, nlp: Language | None = None, lexicons: Lexicons | None = None) -> None:
        self.nlp = nlp if nlp is not None else build_nlp(model)
        self.lexicons = lexicons if lexicons is not None else load_lexicons()

    def __call__(self, text: str, *, published: datetime.date | str | None = None, doc_id: str | None = None) -> list[Claim]:
        """Every numeric claim in one article, ordered by offset."""
        published_date = parse_published(published)
        blocks = [block for block in find_blocks(text, lexicons=self.lexicons) if not block.boilerplate]
        docs = list(self.nlp.pipe((block.text for block in blocks), batch_size=PIPE_BATCH_SIZE))
        parsed = [(doc, block.start_char) for doc, block in zip(docs, blocks)]
        resolver = SpeakerResolver(parsed, lexicons=self.lexicons)
        attributor = Attributor(
            resolver=resolver,
            quotes=find_quote_regions([(block.start_char, block.text) for block in blocks]),
            lexicons=self.lexicons,
        )
        for doc, offset in parsed:
            attributor.add_doc(doc, offset)
        claims: list[Claim] = []
        for doc, offset in parsed:
            quantities = find_quantities(doc, lexicons=self.lexicons)
            dates = find_dates(doc, published=published_date, offset=offset) if quantities else []
            for sent in doc.sents:
                # Cues are resolved in article order, so pronouns see the speakers before them.
                attributor.sentence_cues(sent, offset)
                for ref in (q for q in quantities if sent.start <= q.root < sent.end):
                    about = find_about(doc, ref, quantities=quantities, lexicons=self.lexicons)
                    attribution = attributor.attribute(doc, ref.root, offset)
                    claims.append(
                        _claim(doc, sent, offset, ref, about, attribution, dates, published_date, doc_id)
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


def extract(text: str, *, published: datetime.date | str | None = None, doc_id: str | None = None, model: str = DEFAULT_MODEL) -> list[Claim]:
    """Every numeric claim in an article: who said what number about what, citing whom, and when."""
    return default_extractor(model)(text, published=published, doc_id=doc_id)


def _claim(
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
    quantity_text = doc.text[ref.start_char : ref.end_char]
    return Claim(
        doc_id=doc_id,
        sentence=TextSpan(start_char=offset + sent.start_char, end_char=offset + sent.end_char, text=sent.text),
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
        about=About(text=about.text, entity=about.entity, qualifiers=list(about.qualifiers), property=about.property),
        speaker=attribution.speaker,
        cue=attribution.cue,
        via=attribution.via,
        quote=attribution.quote,
        dates=_dates_of(doc, sent, offset, about, attribution, dates),
        published=published.isoformat() if published else None,
    )


def _dates_of(
    doc: Doc, sent: Span, offset: int, about: AboutRef, attribution: Attribution, dates: list[DateRef]
) -> list[DateRef]:
    """The dates in the claim's sentence, with their role: the first verb a date hangs from
    is the cue (stated), the asserted predicate (reference), or another event."""
    sent_start, sent_end = offset + sent.start_char, offset + sent.end_char
    cue_chars = (attribution.cue.start_char, attribution.cue.end_char) if attribution.cue else None
    anchored = []
    for date in dates:
        if not (sent_start <= date.start_char < sent_end):
            continue
        span = doc.char_span(date.start_char - offset, date.end_char - offset, alignment_mode="expand")
        role = "event"
        if span is not None:
            verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
            if verb is not None and cue_chars and cue_chars[0] <= offset + verb.idx < cue_chars[1]:
                role = "stated"
            elif verb is not None and verb.i == about.predicate_i or about.entity_i in [t.i for t in span.root.ancestors][:2]:
                role = "reference"
        anchored.append(date.model_copy(update={"role": role}))
    return anchored
