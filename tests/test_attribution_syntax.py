"""Generic parse helpers (extractor/stages/attribution/syntax.py) on hand-built Docs."""

from __future__ import annotations

from extractor.stages.attribution.syntax import (
    first_child,
    has_object,
    inherited_subject,
    is_dateline,
    is_infinitive,
    noun_left_of,
    noun_phrase,
    subject_of,
    without_case,
)

from .test_attribution_cues import build_doc

# WASHINGTON — Jane Doe , who leads it , said 40 died .
DATELINE = [
    ("WASHINGTON", 9, "nsubj", "PROPN", "WASHINGTON", "GPE"),
    ("—", 9, "punct", "PUNCT", "—"),
    ("Jane", 3, "compound", "PROPN", "Jane", "PERSON"),
    ("Doe", 9, "nsubj", "PROPN", "Doe", "I-PERSON"),
    (",", 3, "punct", "PUNCT", ","),
    ("who", 6, "nsubj", "PRON", "who", "", "WP"),
    ("leads", 3, "relcl", "VERB", "lead"),
    ("it", 6, "dobj", "PRON", "it"),
    (",", 3, "punct", "PUNCT", ","),
    ("said", 9, "ROOT", "VERB", "say"),
    ("40", 11, "nsubj", "NUM", "40", "CARDINAL"),
    ("died", 9, "ccomp", "VERB", "die"),
    (".", 9, "punct", "PUNCT", "."),
]


def test_the_subject_passes_over_a_dateline():
    doc = build_doc(DATELINE)
    verb = doc[9]
    assert is_dateline(doc[0])
    assert not is_dateline(doc[3])
    assert subject_of(verb, "nsubj").text == "Doe"


def test_a_noun_phrase_leaves_out_its_relative_clause():
    doc = build_doc(DATELINE)
    assert noun_phrase(doc[3]).text == "Jane Doe"
    assert first_child(doc[3], "relcl").text == "leads"
    assert first_child(None, "relcl") is None


# Smith 's aide said 40 died and added that 50 were hurt .
COORDINATED = [
    ("Smith", 2, "poss", "PROPN", "Smith", "PERSON"),
    ("'s", 0, "case", "PART", "'s"),
    ("aide", 3, "nsubj", "NOUN", "aide"),
    ("said", 3, "ROOT", "VERB", "say"),
    ("40", 5, "nsubj", "NUM", "40"),
    ("died", 3, "ccomp", "VERB", "die"),
    ("and", 3, "cc", "CCONJ", "and"),
    ("added", 3, "conj", "VERB", "add"),
    ("that", 11, "mark", "SCONJ", "that"),
    ("50", 11, "nsubjpass", "NUM", "50"),
    ("were", 11, "auxpass", "AUX", "be"),
    ("hurt", 7, "ccomp", "VERB", "hurt"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_coordinated_verb_inherits_the_subject():
    doc = build_doc(COORDINATED)
    assert inherited_subject(doc[7]).text == "aide"
    assert inherited_subject(doc[3]) is None
    assert not has_object(doc[7])  # "..., and added that ...": a clause, no object
    assert without_case(doc[0:2]).text == "Smith"
    assert without_case(doc[2:3]).text == "aide"


# Roe joked that Smith ranks 4th .   (the clause mis-parsed as an object)   /   Roe added 5 .
CLAUSE_AS_OBJECT = [
    ("Roe", 1, "nsubj", "PROPN", "Roe", "PERSON"),
    ("joked", 1, "ROOT", "VERB", "joke"),
    ("that", 4, "mark", "SCONJ", "that"),
    ("Smith", 4, "nsubj", "PROPN", "Smith", "PERSON"),
    ("ranks", 1, "dobj", "VERB", "rank"),
    ("4th", 4, "advmod", "ADV", "4th"),
    (".", 1, "punct", "PUNCT", "."),
    ("Roe", 8, "nsubj", "PROPN", "Roe", "PERSON"),
    ("added", 8, "ROOT", "VERB", "add"),
    ("5", 8, "dobj", "NUM", "5", "CARDINAL"),
    (".", 8, "punct", "PUNCT", "."),
]


def test_a_clause_taken_for_an_object_is_no_object():
    doc = build_doc(CLAUSE_AS_OBJECT)
    assert not has_object(doc[1])
    assert has_object(doc[8])


# 40 died , Milley suggested .   /   to say
TRAILING = [
    ("40", 1, "nsubj", "NUM", "40"),
    ("died", 4, "ccomp", "VERB", "die"),
    (",", 4, "punct", "PUNCT", ","),
    ("Milley", 3, "npadvmod", "PROPN", "Milley", "PERSON"),
    ("suggested", 4, "ROOT", "VERB", "suggest"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_the_noun_left_of_a_verb_without_subject():
    doc = build_doc(TRAILING)
    assert noun_left_of(doc[4]).text == "Milley"
    assert noun_left_of(doc[1]) is None


def test_an_infinitive_has_its_to():
    doc = build_doc([("to", 1, "aux", "PART", "to"), ("say", 1, "ROOT", "VERB", "say", "", "VB")])
    assert is_infinitive(doc[1])
    assert not is_infinitive(doc[0])
