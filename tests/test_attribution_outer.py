"""The rules' choice where two sources meet: a cue phrase citing whom the article has a
report from ("..., according to X"), the outermost source (CLAIM-SPEC); and a verb the
tagger took for a noun."""

from __future__ import annotations

import pytest

from extractor.stages.attribution.attribute import find_attributions
from extractor.stages.attribution.cues import read_as_plural, taken_for_noun
from extractor.stages.quantities import find_quantities

from .test_attribution_cues import build_doc


def _by_rule(extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(number, speaker name, cue) of every number, as the rules alone attribute it."""
    article = extractor.read(text)
    attributions = find_attributions(article, resources=extractor.resources, ranker=None)
    found = []
    for doc in article.segments:
        for ref in find_quantities(doc, resources=extractor.resources):
            rule = attributions.by_rule(doc[ref.root])
            speaker, cue = rule.speaker, rule.cue
            found.append(
                (doc[ref.root].text, speaker.name if speaker else None, cue.text if cue else None)
            )
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trailing "according to" cites the source of the whole report
        (
            "Officials have said they will release two recordings, according to lawyers "
            "for the family.",
            [("two", "lawyers for the family", "according to")],
        ),
        # so does a leading one ("According to the filing, the developers say ...")
        (
            "According to the ministry, officials said 50 people died.",
            [("50", "ministry", "According to")],
        ),
        # with no cue phrase, the verb's speaker stands
        ("Officials said 60 people died.", [("60", "Officials", "said")]),
    ],
)
def test_a_cue_phrase_names_the_outermost_source(extractor, text, expected):
    assert _by_rule(extractor, text) == expected


def test_a_verb_taken_for_a_noun_is_a_cue_when_it_has_a_subject_and_a_clause():
    # documents show he lost 9 dollars  ("show" tagged NOUN, with nsubj and ccomp)
    doc = build_doc(
        [
            ("documents", 1, "nsubj", "NOUN", "document"),
            ("show", 1, "ROOT", "NOUN", "show"),
            ("he", 3, "nsubj", "PRON", "he"),
            ("lost", 1, "ccomp", "VERB", "lose"),
            ("9", 5, "nummod", "NUM", "9"),
            ("dollars", 3, "dobj", "NOUN", "dollar"),
        ]
    )
    assert taken_for_noun(doc[1])
    assert not taken_for_noun(doc[5])


def _tagged(rows):
    """A Doc from ``(word, head, dep, pos, lemma, tag)`` rows (no entities)."""
    return build_doc(
        [(word, head, dep, pos, lemma, "", tag) for word, head, dep, pos, lemma, tag in rows]
    )


def test_a_present_tense_verb_read_as_a_plural_noun_is_a_cue():
    # Trump claims he is worth 10 billion  (the small model: "Trump" ROOT, "claims" NNS dobj)
    doc = _tagged(
        [
            ("Trump", 0, "ROOT", "NOUN", "trump", "NN"),
            ("claims", 0, "dobj", "NOUN", "claim", "NNS"),
            ("he", 3, "nsubj", "PRON", "he", "PRP"),
            ("is", 0, "ccomp", "AUX", "be", "VBZ"),
            ("worth", 3, "acomp", "ADJ", "worth", "JJ"),
            ("10", 6, "compound", "NUM", "10", "CD"),
            ("billion", 4, "npadvmod", "NUM", "billion", "CD"),
        ]
    )
    assert read_as_plural(doc[1]) and taken_for_noun(doc[1])
    # the campaign projects that ...  ("that" marks a clause)
    doc = _tagged(
        [
            ("the", 2, "det", "DET", "the", "DT"),
            ("campaign", 2, "compound", "NOUN", "campaign", "NN"),
            ("projects", 2, "ROOT", "NOUN", "project", "NNS"),
            ("that", 5, "mark", "SCONJ", "that", "IN"),
            ("it", 5, "nsubj", "PRON", "it", "PRP"),
            ("wins", 2, "ccomp", "VERB", "win", "VBZ"),
        ]
    )
    assert read_as_plural(doc[2])


def test_a_plural_noun_stays_a_noun():
    # his claims that were rejected  (an owner before it; a relative "that" after it)
    doc = _tagged(
        [
            ("his", 1, "poss", "PRON", "his", "PRP$"),
            ("claims", 1, "ROOT", "NOUN", "claim", "NNS"),
            ("that", 3, "nsubjpass", "PRON", "that", "WDT"),
            ("were", 4, "auxpass", "AUX", "be", "VBD"),
            ("rejected", 1, "relcl", "VERB", "reject", "VBN"),
        ]
    )
    assert not read_as_plural(doc[1])
    # the tax claims that were rejected  (a noun before it, but a relative "that")
    doc = _tagged(
        [
            ("the", 2, "det", "DET", "the", "DT"),
            ("tax", 2, "compound", "NOUN", "tax", "NN"),
            ("claims", 2, "ROOT", "NOUN", "claim", "NNS"),
            ("that", 5, "nsubjpass", "PRON", "that", "WDT"),
            ("were", 5, "auxpass", "AUX", "be", "VBD"),
            ("rejected", 2, "relcl", "VERB", "reject", "VBN"),
        ]
    )
    assert not read_as_plural(doc[2])


@pytest.mark.parametrize(
    ("text", "number", "speaker"),
    [
        ("Trump claims he's worth $10 billion.", "$10 billion", "Trump"),
        (
            "Trump charges that countries that stand to benefit from the deal donated "
            "millions of dollars to the Clinton Foundation.",
            "millions of dollars",
            "Trump",
        ),
        # a claim noun with its owner still speaks for its own clause only
        ("Smith's claims that 40 people died were false.", "40", "Smith"),
    ],
)
def test_a_cue_verb_the_tagger_read_as_a_noun_names_its_subject(extractor, text, number, speaker):
    found = {c.quantity.text: c.speaker.name if c.speaker else None for c in extractor(text)}
    assert found[number] == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb reporting a clause with a cue of its own: the outermost source speaks
        # (CLAIM-SPEC: "According to the filing, the developers say ..." -> the filing)
        (
            "The Civic Trust noted that Director Ana Ruiz said inspectors found 3,000 "
            "faulty meters.",
            [("3,000", "Civic Trust", "noted")],
        ),
        (
            "The survey showed that most farmers say prices fell 12 percent.",
            [("12", "survey", "showed")],
        ),
        # two statements side by side are not nested, whatever the parse
        (
            "Forbes lists his fortune at $4 billion; Bloomberg lists it at $5 billion.",
            [("billion", "Forbes", "lists"), ("billion", "Bloomberg", "lists")],
        ),
    ],
)
def test_a_reported_clause_names_the_outermost_source(extractor, text, expected):
    assert _by_rule(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # the same speaker going on ("told ..., adding that ..."): the outer cue's outlet
        (
            "Maria Lopez is the mayor. Ms. Lopez told the Gazette that the budget was tight, "
            "adding that 40 schools would close.",
            "Gazette",
        ),
        # and no via at all when the outer cue names none; never the speaker themself
        (
            "Maria Lopez is the mayor. Ms. Lopez said the budget was tight, adding that 40 "
            "schools would close.",
            None,
        ),
    ],
)
def test_a_speaker_going_on_is_not_their_own_via(extractor, text, via):
    claims = extractor(text)
    claim = next(c for c in claims if c.quantity.text == "40")
    assert claim.speaker is not None and claim.speaker.name == "Maria Lopez"
    assert (claim.via.name if claim.via else None) == via
