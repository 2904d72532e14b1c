"""Speakers of cue verbs whose parse went wrong (extractor/stages/attribution/syntax.py):
a speaker after the closing quote, a subject behind commas, a plural noun taken for a
verb, a particle hung elsewhere, gerunds and participles sharing their verb's subject.
Hand-built Docs for the helpers, then short sentences end to end."""

from __future__ import annotations

import pytest

from extractor.stages.attribution.syntax import (
    has_particle,
    inherited_subject,
    noun_left_of,
    noun_right_of,
)

from .test_attribution_cues import build_doc

# “ 40 died , ” added a Texas Democrat .   (the speaker parsed as an object)
AFTER_QUOTE = [
    ("“", 2, "punct", "PUNCT", "“", "", "``"),
    ("40", 2, "nsubj", "NUM", "40"),
    ("died", 5, "ccomp", "VERB", "die"),
    (",", 5, "punct", "PUNCT", ","),
    ("”", 5, "punct", "PUNCT", "”", "", "''"),
    ("added", 5, "ROOT", "VERB", "add"),
    ("a", 8, "det", "DET", "a"),
    ("Texas", 8, "compound", "PROPN", "Texas", "GPE"),
    ("Democrat", 5, "dobj", "PROPN", "Democrat", "NORP"),
    (".", 5, "punct", "PUNCT", "."),
]


def test_the_speaker_after_a_closing_quote():
    doc = build_doc(AFTER_QUOTE)
    assert noun_right_of(doc[5]).text == "a Texas Democrat"


def test_no_speaker_after_a_verb_not_after_a_quote_or_before_a_number():
    # Roe added a Texas Democrat .   /   “ We grew , ” added 5 percent .
    plain = build_doc(
        [
            ("Roe", 1, "nsubj", "PROPN", "Roe", "PERSON"),
            ("added", 1, "ROOT", "VERB", "add"),
            ("a", 4, "det", "DET", "a"),
            ("Texas", 4, "compound", "PROPN", "Texas", "GPE"),
            ("Democrat", 1, "dobj", "PROPN", "Democrat", "NORP"),
        ]
    )
    assert noun_right_of(plain[1]) is None
    number = build_doc(
        [
            ("”", 1, "punct", "PUNCT", "”", "", "''"),
            ("added", 1, "ROOT", "VERB", "add"),
            ("5", 3, "nummod", "NUM", "5", "PERCENT"),
            ("percent", 1, "dobj", "NOUN", "percent", "I-PERCENT"),
        ]
    )
    assert noun_right_of(number[1]) is None


# Roe , meanwhile , who leads it , said 40 died .   (the name hung on "leads")
BEHIND_COMMAS = [
    ("Roe", 5, "nsubj", "PROPN", "Roe", "PERSON"),
    (",", 5, "punct", "PUNCT", ","),
    ("meanwhile", 5, "advmod", "ADV", "meanwhile"),
    (",", 5, "punct", "PUNCT", ","),
    ("who", 5, "nsubj", "PRON", "who", "", "WP"),
    ("leads", 9, "ccomp", "VERB", "lead"),
    ("it", 5, "dobj", "PRON", "it"),
    (",", 9, "punct", "PUNCT", ","),
    ("later", 9, "advmod", "ADV", "later"),
    ("said", 9, "ROOT", "VERB", "say"),
    ("40", 11, "nsubj", "NUM", "40"),
    ("died", 9, "ccomp", "VERB", "die"),
    (".", 9, "punct", "PUNCT", "."),
]


def test_the_subject_behind_an_adverb_and_a_relative_clause():
    doc = build_doc(BEHIND_COMMAS)
    assert noun_left_of(doc[9]).text == "Roe"


# The bridge cost $ 2 million , state records show .   ("records" tagged as a verb)
RECORDS_SHOW = [
    ("The", 1, "det", "DET", "the"),
    ("bridge", 2, "nsubj", "NOUN", "bridge"),
    ("cost", 9, "ccomp", "VERB", "cost"),
    ("$", 5, "nmod", "SYM", "$", "MONEY"),
    ("2", 5, "compound", "NUM", "2", "I-MONEY"),
    ("million", 2, "dobj", "NUM", "million", "I-MONEY"),
    (",", 9, "punct", "PUNCT", ","),
    ("state", 8, "compound", "NOUN", "state"),
    ("records", 9, "compound", "VERB", "record", "", "VBZ"),
    ("show", 9, "ROOT", "VERB", "show", "", "VBP"),
    (".", 9, "punct", "PUNCT", "."),
]


def test_a_plural_noun_taken_for_a_verb_before_the_cue():
    doc = build_doc(RECORDS_SHOW)
    assert noun_left_of(doc[9]).text == "state records"
    assert noun_left_of(doc[2]).text == "The bridge"  # a verb after a noun: as before


# Doe called for the wage to be raised .   ("for" parsed as the mark of "raised")
CALLED_FOR = [
    ("Doe", 1, "nsubj", "PROPN", "Doe", "PERSON"),
    ("called", 1, "ROOT", "VERB", "call"),
    ("for", 7, "mark", "SCONJ", "for"),
    ("the", 4, "det", "DET", "the"),
    ("wage", 7, "nsubjpass", "NOUN", "wage"),
    ("to", 7, "aux", "PART", "to"),
    ("be", 7, "auxpass", "AUX", "be"),
    ("raised", 1, "advcl", "VERB", "raise"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_particle_written_after_the_verb_goes_with_it():
    doc = build_doc(CALLED_FOR)
    assert has_particle(doc[1], "for")
    assert not has_particle(doc[1], "to")  # "to" belongs to "raised"


# The campaign erred in saying that 40 voted .   /   ... from saying that ...
def _gerund(preposition: str):
    return build_doc(
        [
            ("The", 1, "det", "DET", "the"),
            ("campaign", 2, "nsubj", "NOUN", "campaign"),
            ("erred", 2, "ROOT", "VERB", "err"),
            (preposition, 2, "prep", "ADP", preposition),
            ("saying", 3, "pcomp", "VERB", "say", "", "VBG"),
            ("that", 7, "mark", "SCONJ", "that"),
            ("40", 7, "nsubj", "NUM", "40"),
            ("voted", 4, "ccomp", "VERB", "vote"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )


def test_a_gerund_after_by_or_in_shares_its_verbs_subject():
    assert inherited_subject(_gerund("in")[4]).text == "campaign"
    assert inherited_subject(_gerund("by")[4]).text == "campaign"
    assert inherited_subject(_gerund("from")[4]) is None


def test_a_gerund_without_a_clause_reports_nothing():
    # Congress acts by asking prosecutors .
    doc = build_doc(
        [
            ("Congress", 1, "nsubj", "PROPN", "Congress", "ORG"),
            ("acts", 1, "ROOT", "VERB", "act"),
            ("by", 1, "prep", "ADP", "by"),
            ("asking", 2, "pcomp", "VERB", "ask", "", "VBG"),
            ("prosecutors", 3, "dobj", "NOUN", "prosecutor"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert inherited_subject(doc[3]) is None


# Roe , later alleging that 40 died , said ...   /   Alleging that 40 died , Roe said ...
def test_a_participle_after_the_subject_shares_it():
    rows = [
        ("Roe", 8, "nsubj", "PROPN", "Roe", "PERSON"),
        (",", 8, "punct", "PUNCT", ","),
        ("later", 3, "advmod", "ADV", "later"),
        ("alleging", 8, "advcl", "VERB", "allege", "", "VBG"),
        ("that", 6, "mark", "SCONJ", "that"),
        ("40", 6, "nsubj", "NUM", "40"),
        ("died", 3, "ccomp", "VERB", "die"),
        (",", 8, "punct", "PUNCT", ","),
        ("said", 8, "ROOT", "VERB", "say"),
        (".", 8, "punct", "PUNCT", "."),
    ]
    assert inherited_subject(build_doc(rows)[3]).text == "Roe"
    before = [
        ("Alleging", 6, "advcl", "VERB", "allege", "", "VBG"),
        ("that", 3, "mark", "SCONJ", "that"),
        ("40", 3, "nsubj", "NUM", "40"),
        ("died", 0, "ccomp", "VERB", "die"),
        (",", 6, "punct", "PUNCT", ","),
        ("Roe", 6, "nsubj", "PROPN", "Roe", "PERSON"),
        ("said", 6, "ROOT", "VERB", "say"),
    ]
    assert inherited_subject(build_doc(before)[0]) is None


def _speakers(extractor, text):
    return [
        (c.quantity.text, c.speaker.mention.text if c.speaker else None)
        for c in extractor(text, published="2022-11-10")
    ]


@pytest.mark.parametrize(
    ("text", "number", "speaker"),
    [
        (
            "“We will need two new power plants by the end of the decade,” added a Texas Democrat.",
            "two",
            "a Texas Democrat",
        ),
        (
            "''Rents rose 40 percent in a year,'' said Jo Roe, who served as housing director "
            "during the boom yet backed the new mayor in the primary.",
            "40 percent",
            "Jo Roe",
        ),
        (
            "Smith, meanwhile, who leads the council, said that the city lost $3 million.",
            "$3 million",
            "Smith",
        ),
        (
            "Doe has called for the state minimum wage, now $9 an hour, to be raised to $15.",
            "$15",
            "Doe",
        ),
        (
            "The Acme campaign countered on Sunday by suggesting that four debates were enough.",
            "four",
            "The Acme campaign",
        ),
        (
            "Roe clearly erred in saying that 40 percent of the budget went to roads.",
            "40 percent",
            "Roe",
        ),
    ],
)
def test_speakers_the_parse_missed(extractor, text, number, speaker):
    assert (number, speaker) in _speakers(extractor, text)


@pytest.mark.parametrize(
    ("text", "number", "speaker"),
    [
        (
            "Sanders, meanwhile, who sits at zero such endorsements, said that the two "
            "candidates differ.",
            "zero",
            None,
        ),
        (
            "Sanders, meanwhile, who sits at zero such endorsements, said that the two "
            "candidates differ.",
            "two",
            "Sanders",
        ),
        ("Roe, who heads the 40-member board, said 5 people died.", "5", "Roe"),
        ("Roe said 5 people, who were 40 years old, died.", "40 years old", "Roe"),
    ],
)
def test_a_relative_clause_between_speaker_and_cue_describes_the_speaker(
    extractor, text, number, speaker
):
    assert (number, speaker) in _speakers(extractor, text)
