"""Attributions that carry over sentences: whose words a quote is (found in the sentences
around it, or carried on from the quote before), and the block quote after "X argued:".

Both read the cues of every parsed sentence, found beforehand in article order
(``cues.find_sentence_cues``), and are computed once per article, quote by quote and
sentence by sentence, each from the ones before it. Each sentence's offsets and text are
read once per article (``_Placed``): ``Span.text`` and ``Doc.text`` join their tokens at
every call, and every quote looked at every sentence (half the attribution stage's time
on the news dump, issue #13).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ...article.offsets import doc_start, end_char, start_char
from .cue_types import Attribution, Cue, SentenceCues
from .quotes import QuoteRegion, quote_at


def named_outside_quotes(cues: list[Cue], quotes: list[QuoteRegion]) -> list[Attribution]:
    """The attributions of cues that name a speaker and are not themselves quoted."""
    return [
        attribution
        for token, attribution in cues
        if attribution.speaker is not None and quote_at(quotes, start_char(token)) is None
    ]


@dataclass(frozen=True)
class _Placed:
    """A sentence's absolute offsets and text, and where its segment's Doc ends."""

    found: SentenceCues
    start: int
    end: int
    text: str  # the sentence's text, trailing whitespace stripped
    doc_start: int
    doc_end: int


def _placed(sentences: list[SentenceCues]) -> list[_Placed]:
    doc_ends: dict[int, int] = {}

    def doc_end(doc: Doc) -> int:
        if id(doc) not in doc_ends:
            doc_ends[id(doc)] = doc_start(doc) + len(doc.text)
        return doc_ends[id(doc)]

    return [
        _Placed(
            found,
            start_char(found.sent),
            end_char(found.sent),
            found.sent.text.rstrip(),
            doc_start(found.sent.doc),
            doc_end(found.sent.doc),
        )
        for found in sentences
    ]


def attribute_quotes(
    quotes: list[QuoteRegion], sentences: list[SentenceCues]
) -> list[Attribution | None]:
    """Whose words each quote is, in order: a cue in the sentences around the quote, or,
    with none, the speaker of the quote it carries on from."""
    found: list[Attribution | None] = []
    placed = _placed(sentences)
    for index, region in enumerate(quotes):
        embedded = _embedded_in(region, placed)
        if embedded is not None:
            # A quoted phrase inside a sentence ("Rubio defended the “Gang of Eight” bill"):
            # only that sentence can say whose words they are.
            # A quote inside the speaker's own phrase names it ("the bill's “500 new
            # judges” plan"): it is not that speaker's words.
            named = [
                attribution
                for attribution in named_outside_quotes(embedded.cues, quotes)
                if not _inside_mention(region, attribution)
            ]
            found.append(named[0] if named else None)
            continue
        named = [
            attribution
            for near in _sentences_near(region, placed)
            for attribution in named_outside_quotes(near.cues, quotes)
        ]
        if named:
            found.append(named[0])
            continue
        # A quote with no cue of its own carries on from the quote before it: the next
        # sentence of the same speech ("“Same thing probably on the Ukrainian side.”").
        previous = (
            region.continues
            if region.continues is not None
            else _adjacent_previous(index, quotes, placed)
        )
        found.append(found[previous] if previous is not None else None)
    return found


def _inside_mention(region: QuoteRegion, attribution: Attribution) -> bool:
    """Whether a quote lies within the speaker's mention."""
    mention = attribution.speaker.mention
    return mention.start_char < region.end_char and region.start_char < mention.end_char


def _embedded_in(region: QuoteRegion, placed: list[_Placed]) -> SentenceCues | None:
    """The sentence a quote lies inside, words of that sentence on both sides of it."""
    for sentence in placed:
        start, text = sentence.start, sentence.text
        if start <= region.start_char and region.end_char <= start + len(text):
            before = text[: region.start_char - start]
            after = text[region.end_char - start :]
            if any(c.isalnum() for c in before) and any(c.isalnum() for c in after):
                return sentence.found
            return None
    return None


def _sentences_near(region: QuoteRegion, placed: list[_Placed]) -> list[SentenceCues]:
    """Sentences overlapping the quote, the one before it if it ends with ":" or ",",
    and the one right after it in the same paragraph."""
    near = []
    for i, sentence in enumerate(placed):
        start, end = sentence.start, sentence.end
        if start < region.end_char and end > region.start_char:
            if not _opens_at_end(sentence, region):
                near.append(sentence.found)
        elif end <= region.start_char and sentence.text[-1:] in (":", ","):
            # "Moreno continued:" right before the quote, in its paragraph or the one before.
            following = placed[i + 1] if i + 1 < len(placed) else None
            if following is not None and (
                following.start >= region.start_char - 2 or following.end > region.start_char
            ):
                near.append(sentence.found)
    after = [
        sentence.found
        for sentence in placed
        if sentence.start >= region.end_char
        and sentence.doc_start <= region.end_char <= sentence.doc_end
    ]
    return near + after[:1]


def _opens_at_end(sentence: _Placed, region: QuoteRegion) -> bool:
    """The splitter left the quote's opening mark at the end of the sentence before ("...,''
    Smith said. ''Buying a ..."): that sentence's speaker is an earlier quote's, unless it
    introduces this one ("Smith said: “")."""
    text = sentence.text
    if region.start_char < sentence.start + len(text) - 2:
        return False
    return text.rstrip("'\"“«").rstrip()[-1:] not in (":", ",")


def _adjacent_previous(index: int, quotes: list[QuoteRegion], placed: list[_Placed]) -> int | None:
    """The quote just before, when nothing but whitespace or a paragraph break separates
    their sentences (the same speaker keeps talking)."""
    if index == 0:
        return None
    region, previous = quotes[index], quotes[index - 1]
    for sentence in placed:
        if sentence.start <= region.start_char < sentence.end:
            gap_sentences = [
                other for other in placed if previous.end_char <= other.start < region.start_char
            ]
            return index - 1 if len(gap_sentences) <= 1 else None
    return None


def carry_over(
    sentences: list[SentenceCues], quotes: list[QuoteRegion]
) -> list[Attribution | None]:
    """Per sentence, the attribution it carries over when it has no cue of its own.

    The paragraph after one ending "Smith argued:" is Smith's, a block quote without
    quotation marks (direct). (Carrying a poll's attribution over to the next sentences
    of poll figures was tried: PolNeAR train annotates those sentences as the article's,
    so it only added false speakers.)
    """
    carried: list[Attribution | None] = []
    for index, current in enumerate(sentences):
        if index == 0:
            carried.append(None)
            continue
        previous = sentences[index - 1]
        same_block = previous.sent.doc is current.sent.doc
        gap = start_char(current.sent) - end_char(previous.sent)
        if not same_block and not 0 <= gap <= 4:
            carried.append(None)  # sentences in between were not parsed: no number, no cue
            continue
        named = named_outside_quotes(previous.cues, quotes)
        found = None
        if named and previous.sent.text.rstrip().endswith(":") and not same_block:
            found = Attribution(named[-1].speaker, named[-1].cue, named[-1].via, "direct")
        elif not named and same_block:
            found = carried[index - 1]
        carried.append(found)
    return carried
