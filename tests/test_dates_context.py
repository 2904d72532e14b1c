"""Tests for extractor.stages.dates.context: the tense and reporting period of a date's
sentence, on hand-built Docs where a parse is needed."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from extractor.stages.dates.context import report_period, tense_direction


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab  # English lexical attributes: lower_


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Net income rose to $7 million, or 17 cents a share, from $6 million", ".", "quarter"),
        ("For the nine months, sales were $9 million against $8 million", ".", "year"),
        ("Revenue in the first half was $2 billion, up from $1.8 billion", ".", "year"),
        ("Hourly wages were 3 percent higher than", ".", "year"),  # a plain comparison
        ("", ", the couple had moved to Oslo.", None),
    ],
)
def test_report_period(before: str, after: str, expected: str | None, resources) -> None:
    assert report_period(before, after, resources=resources) == expected


def _parsed(vocab, tokens: list[tuple[str, int, str, str, str]]) -> Doc:
    """A Doc from (word, head index, dep, pos, tag) rows."""
    words, heads, deps, pos, tags = (list(column) for column in zip(*tokens, strict=True))
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


_WILL_MEET_ON_MONDAY = [
    ("The", 1, "det", "DET", "DT"),
    ("board", 3, "nsubj", "NOUN", "NN"),
    ("will", 3, "aux", "AUX", "MD"),
    ("meet", 3, "ROOT", "VERB", "VB"),
    ("on", 3, "prep", "ADP", "IN"),
    ("Monday", 4, "pobj", "PROPN", "NNP"),
    (".", 3, "punct", "PUNCT", "."),
]


def _met(preposition: str) -> list[tuple[str, int, str, str, str]]:
    """The rows of "The board met <preposition> Monday ."."""
    return [
        ("The", 1, "det", "DET", "DT"),
        ("board", 2, "nsubj", "NOUN", "NN"),
        ("met", 2, "ROOT", "VERB", "VBD"),
        (preposition, 2, "prep", "ADP", "IN"),
        ("Monday", 3, "pobj", "PROPN", "NNP"),
        (".", 2, "punct", "PUNCT", "."),
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_WILL_MEET_ON_MONDAY, "future"),  # a future auxiliary on the verb
        (_met("on"), "past"),  # a past-tense verb the date hangs from
        (_met("until"), "nearest"),  # a deadline keeps no tense
    ],
)
def test_tense_direction_from_the_verb(
    vocab, resources, rows: list[tuple[str, int, str, str, str]], expected: str
) -> None:
    doc = _parsed(vocab, rows)
    assert tense_direction(doc[-3:-1], resources=resources) == expected  # "on Monday"


def test_a_date_naming_a_noun_keeps_no_tense(vocab, resources) -> None:
    # "They signed a June agreement .": "June" modifies the noun, not the verb.
    doc = _parsed(
        vocab,
        [
            ("They", 1, "nsubj", "PRON", "PRP"),
            ("signed", 1, "ROOT", "VERB", "VBD"),
            ("a", 4, "det", "DET", "DT"),
            ("June", 4, "compound", "PROPN", "NNP"),
            ("agreement", 1, "dobj", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT", "."),
        ],
    )
    assert tense_direction(doc[3:4], resources=resources) == "nearest"
