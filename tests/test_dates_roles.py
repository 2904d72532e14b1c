"""Tests for extractor.stages.dates.roles on a hand-built Doc: a date's role in a claim
from the verb it hangs from."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from extractor.article.offsets import mark_segment
from extractor.schema import DateRef
from extractor.schema import Span as TextSpan
from extractor.stages.dates import claim_dates

START = 100  # the segment's start in the article: dates and cues are absolute
# "Officials said on Tuesday that sales rose in March after storms hit in February ."
ROWS = [
    ("Officials", 1, "nsubj", "NOUN"),
    ("said", 1, "ROOT", "VERB"),
    ("on", 1, "prep", "ADP"),
    ("Tuesday", 2, "pobj", "PROPN"),
    ("that", 6, "mark", "SCONJ"),
    ("sales", 6, "nsubj", "NOUN"),
    ("rose", 1, "ccomp", "VERB"),
    ("in", 6, "prep", "ADP"),
    ("March", 7, "pobj", "PROPN"),
    ("after", 11, "mark", "SCONJ"),
    ("storms", 11, "nsubj", "NOUN"),
    ("hit", 6, "advcl", "VERB"),
    ("in", 11, "prep", "ADP"),
    ("February", 12, "pobj", "PROPN"),
    (".", 1, "punct", "PUNCT"),
]


@pytest.fixture(scope="module")
def doc() -> Doc:
    words, heads, deps, pos = (list(column) for column in zip(*ROWS, strict=True))
    vocab = spacy.blank("en").vocab
    return mark_segment(Doc(vocab, words=words, heads=heads, deps=deps, pos=pos), START)


def _date(doc: Doc, text: str, value: str) -> DateRef:
    start = START + doc.text.index(text)
    return DateRef(start_char=start, end_char=start + len(text), text=text, value=value)


def _roles(dates: list[DateRef]) -> list[tuple[str, str]]:
    return [(date.text, date.role) for date in dates]


def test_roles_from_the_verb_a_date_hangs_from(doc: Doc) -> None:
    dates = [
        _date(doc, "on Tuesday", "2022-11-08"),
        _date(doc, "in March", "2022-03"),
        _date(doc, "in February", "2022-02"),
    ]
    said = START + doc.text.index("said")
    cue = TextSpan(start_char=said, end_char=said + 4, text="said")
    found = claim_dates(doc[:], dates, cue=cue, predicate_i=6, entity_i=None)
    assert _roles(found) == [
        ("on Tuesday", "stated"),  # hangs from the cue
        ("in March", "reference"),  # hangs from the asserted predicate
        ("in February", "event"),  # hangs from another verb
    ]


def test_roles_without_cue_or_predicate(doc: Doc) -> None:
    dates = [_date(doc, "on Tuesday", "2022-11-08")]
    found = claim_dates(doc[:], dates, cue=None, predicate_i=None, entity_i=None)
    assert _roles(found) == [("on Tuesday", "event")]


def test_an_entity_close_above_the_date_makes_it_the_reference(doc: Doc) -> None:
    # The counted entity among the first two tokens above the date ("in" -> "rose").
    dates = [_date(doc, "in March", "2022-03")]
    found = claim_dates(doc[:], dates, cue=None, predicate_i=None, entity_i=6)
    assert _roles(found) == [("in March", "reference")]


def test_dates_outside_the_sentence_are_left_out(doc: Doc) -> None:
    outside = DateRef(start_char=START - 20, end_char=START - 10, text="last week", value=None)
    inside = _date(doc, "in March", "2022-03")
    found = claim_dates(doc[0:9], [outside, inside], cue=None, predicate_i=None, entity_i=None)
    assert _roles(found) == [("in March", "event")]
