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
        # apostrophes pair from the start of a run: three are a double mark and a single one
        ([(0, "'''Yes,''' she said.")], [QuoteRegion(0, 9)]),
        # a single apostrophe is no mark; a closing mark with no quote open is ignored
        ([(0, "It's 5” high, “he said”.")], [QuoteRegion(14, 23)]),
    ],
)
def test_find_quote_regions(blocks, expected):
    assert find_quote_regions(blocks) == expected


def test_transcript_labels():
    blocks = [(0, "RUIZ: We opened 240 shelters."), (31, "Not a label: here.")]
    assert find_transcript_labels(blocks) == [TranscriptLabel(0, 29, 0, 4, ("RUIZ",))]


HEADINGS = frozenset({"update", "note", "editor's", "read", "more"})


def _blocks(*paragraphs: str) -> list[tuple[int, str]]:
    blocks, start = [], 0
    for paragraph in paragraphs:
        blocks.append((start, paragraph))
        start += len(paragraph) + 2
    return blocks


def _speakers(*paragraphs: str) -> list[tuple[str, ...]]:
    labels = find_transcript_labels(_blocks(*paragraphs), headings=HEADINGS)
    return [label.words for label in labels]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # an interview: two title-case speakers, each opening two paragraphs or more
        (
            (
                "Host: How many shelters did you open?",
                "Ana Ruiz: We opened 240 last winter.",
                "Host: And this year?",
                "Ana Ruiz: About 300 are planned.",
            ),
            [("Host",), ("Ana", "Ruiz"), ("Host",), ("Ana", "Ruiz")],
        ),
        # titles and apostrophes belong to the name
        (
            ("Dr. O'Neill: Ten wards closed.", "Dr. O'Neill: Two of them reopened."),
            [("Dr.", "O'Neill"), ("Dr.", "O'Neill")],
        ),
        # one "Update:" paragraph in a story is not a transcript
        (
            (
                "The council approved 40 new buses on Monday.",
                "Update: The vote was 7 to 2.",
                "The buses arrive in May.",
            ),
            [],
        ),
        # a heading word is never a speaker, however often it opens a paragraph
        (
            ("Update: 40 buses.", "Update: 7 votes.", "Editor's Note: Corrected."),
            [],
        ),
        (("Read More: Buses", "Read More: Trains"), []),
        # a single "Washington: ..." is a dateline, not a speaker
        (("Washington: The Senate passed the bill 52 to 48.", "It goes to the House."), []),
        # two different places open one paragraph each: still no speaker
        (("Paris: Rain.", "Berlin: Sun."), []),
        # an upper-case label speaks its paragraph alone, as before; a heading does not
        (("RUIZ: We opened 240 shelters.", "It worked."), [("RUIZ",)]),
        (("UPDATE: The vote was 7 to 2.", "More later."), []),
        # a label's rows of a listing ("Roe: 547.") and its headlines are not speech
        (("Jane Roe: 547.", "Jane Roe: 612."), []),
        (("Jane Roe: City Must Act On Rents", "Jane Roe: Why The Plan Failed"), []),
        # "Q:" and "A:" name no one
        (("Q: How many buses are there?", "A: There are 40 buses.") * 2, []),
        # lower-case words are not a name
        (("Not a label: here.", "Not a label: there."), []),
    ],
)
def test_title_case_transcript_labels(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


def test_a_title_case_label_spans_its_paragraph():
    blocks = _blocks("Holt: We have 90 minutes.", "Holt: Let us begin.")
    assert find_transcript_labels(blocks)[0] == TranscriptLabel(0, 25, 0, 4, ("Holt",))


def test_quote_at():
    quotes = [QuoteRegion(5, 10), QuoteRegion(20, 30)]
    assert [quote_at(quotes, p) for p in (4, 5, 9, 10, 25)] == [None, 0, 0, None, 1]


@pytest.mark.parametrize(
    ("text", "expected"), [("“A", True), ('"A', True), ("''A", True), ("'A", False)]
)
def test_opens_quote(text, expected):
    assert opens_quote(text) is expected
