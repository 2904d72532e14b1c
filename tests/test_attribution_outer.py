"""The rules' choice where two sources meet: a cue phrase citing whom the article has a
report from ("..., according to X"), the outermost source (CLAIM-SPEC); and a verb the
tagger took for a noun."""

from __future__ import annotations

import pytest

from extractor.stages.attribution.attribute import find_attributions
from extractor.stages.attribution.cues import taken_for_noun
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
