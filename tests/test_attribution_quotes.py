"""Quotes and transcript labels read from paragraph text (stages/attribution/quotes.py)."""

from __future__ import annotations

import pytest

from extractor.stages.attribution.quotes import (
    QuoteRegion,
    TranscriptLabel,
    find_quote_regions,
    find_transcript_labels,
    opens_quote,
    quote_at,
)


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        # offsets are absolute: the block's start is added
        ([(10, "He said “It costs 40,” and left.")], [QuoteRegion(18, 32)]),
        # a quote closes only with its own mark: nested quotes stay inside
        ([(0, "“He said ‘no’ twice.”")], [QuoteRegion(0, 21)]),
        # two apostrophes are a double quote mark (PolNeAR's New York Times convention)
        ([(0, "''It costs $100,000,'' he said.")], [QuoteRegion(0, 22)]),
        # a quote left open runs to the end of its paragraph; the next paragraph that opens
        # with a quote continues it
        (
            [(0, "“First we built 40 shelters."), (30, "“Then 50 more,” she said.")],
            [QuoteRegion(0, 28), QuoteRegion(30, 45, continues=0)],
        ),
        # a paragraph after a closed quote does not continue it
        ([(0, "“Done,” he said."), (18, "“Again.”")], [QuoteRegion(0, 7), QuoteRegion(18, 26)]),
        ([(0, "No quotes here.")], []),
    ],
)
def test_find_quote_regions(blocks, expected):
    assert find_quote_regions(blocks) == expected


def test_transcript_labels():
    blocks = [(0, "RUIZ: We opened 240 shelters."), (31, "Not a label: here.")]
    assert find_transcript_labels(blocks) == [TranscriptLabel(0, 29, 0, 4, ("RUIZ",))]


def test_quote_at():
    quotes = [QuoteRegion(5, 10), QuoteRegion(20, 30)]
    assert [quote_at(quotes, p) for p in (4, 5, 9, 10, 25)] == [None, 0, 0, None, 1]


@pytest.mark.parametrize(
    ("text", "expected"), [("“A", True), ('"A', True), ("''A", True), ("'A", False)]
)
def test_opens_quote(text, expected):
    assert opens_quote(text) is expected
