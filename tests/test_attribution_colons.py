"""Colons that introduce someone's words (colons.colon_introduction) and datelines the
parser took for a subject (syntax.dateline_apposition): hand-built Docs for the rules,
short articles end to end for the quotes and paragraphs they reach."""

from __future__ import annotations

import pytest

from extractor.stages.attribution.syntax import dateline_apposition, subject_of

from .test_attribution import attributed
from .test_attribution_cues import build_doc, cues_of

# Roe made the following comment :
MADE_A_COMMENT = [
    ("Roe", 1, "nsubj", "PROPN", "Roe", "PERSON"),
    ("made", 1, "ROOT", "VERB", "make"),
    ("the", 4, "det", "DET", "the"),
    ("following", 4, "amod", "VERB", "follow"),
    ("comment", 1, "dobj", "NOUN", "comment"),
    (":", 1, "punct", "PUNCT", ":"),
]
# It is shown by this finding :
THIS_FINDING = [
    ("It", 2, "nsubjpass", "PRON", "it"),
    ("is", 2, "auxpass", "AUX", "be"),
    ("shown", 2, "ROOT", "VERB", "show"),
    ("by", 2, "agent", "ADP", "by"),
    ("this", 5, "det", "DET", "this"),
    ("finding", 3, "pobj", "NOUN", "finding"),
    (":", 2, "punct", "PUNCT", ":"),
]
# Here is the following comment :
NOBODYS_COMMENT = [
    ("Here", 1, "advmod", "ADV", "here"),
    ("is", 1, "ROOT", "AUX", "be"),
    ("the", 4, "det", "DET", "the"),
    ("following", 4, "amod", "VERB", "follow"),
    ("comment", 1, "nsubj", "NOUN", "comment"),
    (":", 1, "punct", "PUNCT", ":"),
]
# Here are the figures :
FIGURES = [
    ("Here", 1, "advmod", "ADV", "here"),
    ("are", 1, "ROOT", "AUX", "be"),
    ("the", 3, "det", "DET", "the"),
    ("figures", 1, "nsubj", "NOUN", "figure"),
    (":", 1, "punct", "PUNCT", ":"),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # the subject of the verb taking the words speaks
        (MADE_A_COMMENT, [(":", "Roe", "Roe", None)]),
        # a finding with no author speaks for itself
        (THIS_FINDING, [(":", "this finding", "this finding", None)]),
        # words nobody is said to have spoken, and figures (data, not words), are no cue
        (NOBODYS_COMMENT, []),
        (FIGURES, []),
    ],
)
def test_colon_introduction(resources, rows, expected):
    found = [cue for cue in cues_of(build_doc(rows), resources) if cue[0] == ":"]
    assert found == expected


# WASHINGTON -- President Obama , opening it , said 40 died .
DASHED_DATELINE = [
    ("WASHINGTON", 8, "nsubj", "PROPN", "WASHINGTON", "GPE"),
    ("--", 0, "punct", "PUNCT", "--"),
    ("President", 3, "compound", "PROPN", "President"),
    ("Obama", 0, "appos", "PROPN", "Obama", "PERSON"),
    (",", 0, "punct", "PUNCT", ","),
    ("opening", 0, "advcl", "VERB", "open"),
    ("it", 5, "dobj", "PRON", "it"),
    (",", 8, "punct", "PUNCT", ","),
    ("said", 8, "ROOT", "VERB", "say"),
    ("40", 10, "nsubj", "NUM", "40", "CARDINAL"),
    ("died", 8, "ccomp", "VERB", "die"),
    (".", 8, "punct", "PUNCT", "."),
]


def test_a_dateline_subject_gives_way_to_its_apposition():
    doc = build_doc(DASHED_DATELINE)
    assert dateline_apposition(doc[0]).text == "Obama"
    assert dateline_apposition(doc[3]) is None
    assert subject_of(doc[8], "nsubj").text == "Obama"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote in the paragraph after "X made the following comment:" is X's
        (
            "On Monday, Senator Jane Roe made the following comment:\n\n"
            "“For workers aged 17 to 20, the jobless rate is 33 percent. For older "
            "workers it is 12 percent.”",
            [
                ("17 to 20", "Jane Roe", None, "direct"),
                ("33 percent", "Jane Roe", None, "direct"),
                ("12 percent", "Jane Roe", None, "direct"),
            ],
        ),
        # the words a colon introduces in its own sentence
        (
            "The agency issued a stark warning: 300 species could vanish by 2050.",
            [("300", "agency", None, "indirect")],
        ),
        # a list after a colon is the article's
        (
            "Here are the figures: 40 in March and 50 in April.",
            [("40", None, None, "none"), ("50", None, None, "none")],
        ),
        # a dateline is not the speaker
        (
            "WASHINGTON -- President Barack Obama, opening the museum on Saturday, said "
            "it had cost 540 million dollars.",
            [("540 million dollars", "Barack Obama", None, "indirect")],
        ),
    ],
)
def test_colons_end_to_end(extractor, text, expected):
    assert attributed(extractor, text) == expected
