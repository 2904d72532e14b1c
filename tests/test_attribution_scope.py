"""Numbers a cue does not speak for although they share its sentence (session 14): a
number inside the cue's subject phrase describes the speaker; a number in the main clause
is not reported by a cue hanging as a participle on a noun or as a conjunct verb; a
number in a phrase setting the scene before the speaker is the article's. CLAIM-SPEC:
a speaker only where the text attributes the number."""

from __future__ import annotations

import pytest

from extractor.stages.attribution.attribute import _reaches_beyond

from .test_attribution import attributed
from .test_attribution_cues import build_doc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause or apposition on a speaker named after the cue
        (
            "“The plan is wrong,” said Tom Brandt, who served in the senate for 22 years.",
            [("22 years", None, None, "none")],
        ),
        (
            "Maria Lind, head of a union which represents 900 bakers, said the talks failed.",
            [("900", None, None, "none")],
        ),
        # ... while the words the speaker reports keep the speaker
        (
            "Tom Brandt, a former senator, said the state lost 300 jobs.",
            [("300", "Tom Brandt", None, "indirect")],
        ),
    ],
)
def test_a_number_in_the_speakers_phrase_is_not_the_speakers(extractor, text, expected):
    assert attributed(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle on a noun reports only what it governs
        (
            "The share of farmers saying prices are too low rose by 12 points last year.",
            [("12 points", None, None, "none")],
        ),
        # a conjunct verb of saying does not reach back into the first clause
        (
            "The firm cut 400 jobs in March, and its chief executive said more cuts are unlikely.",
            [("400", None, None, "none")],
        ),
        # ... but it speaks for its own clause
        (
            "The firm reopened its plant, and Chief Executive Ana Ruiz said 400 jobs will return.",
            [("400", "Ana Ruiz", None, "indirect")],
        ),
    ],
)
def test_a_participle_or_a_conjunct_cue_speaks_only_for_its_clause(extractor, text, expected):
    assert attributed(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening phrase hung on the cue sets the scene
        (
            "In her 40-page ruling, Judge Ana Ruiz wrote that the law was unconstitutional.",
            [("40", None, None, "none")],
        ),
        (
            "At a rally of 5,000 supporters, Mayor Li Wen said the bridge will open soon.",
            [("5,000", None, None, "none")],
        ),
        # the reported clause keeps its speaker
        (
            "In her ruling, Judge Ana Ruiz wrote that the law cost 500 families their homes.",
            [("500", "Ana Ruiz", None, "indirect")],
        ),
    ],
)
def test_a_phrase_setting_the_scene_is_the_articles(extractor, text, expected):
    assert attributed(extractor, text) == expected


def test_a_conjunct_cue_reaches_back_only_when_it_trails_unjoined():
    # 5 died , Ruiz said .  ("said" a conjunct of "died": a trailing attribution)
    trailing = build_doc(
        [
            ("5", 1, "nsubj", "NUM", "5"),
            ("died", 1, "ROOT", "VERB", "die"),
            (",", 1, "punct", "PUNCT", ","),
            ("Ruiz", 4, "nsubj", "PROPN", "Ruiz"),
            ("said", 1, "conj", "VERB", "say"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert _reaches_beyond(trailing[4], trailing[0])
    # 5 died , and Ruiz said .  (joined by "and": a clause of its own)
    joined = build_doc(
        [
            ("5", 1, "nsubj", "NUM", "5"),
            ("died", 1, "ROOT", "VERB", "die"),
            (",", 1, "punct", "PUNCT", ","),
            ("and", 1, "cc", "CCONJ", "and"),
            ("Ruiz", 5, "nsubj", "PROPN", "Ruiz"),
            ("said", 1, "conj", "VERB", "say"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert not _reaches_beyond(joined[5], joined[0])
