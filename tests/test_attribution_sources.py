"""Classes of speaker error studied on PolNeAR train (session 10), on synthetic sentences:
a source in a prepositional phrase beside the number ("38 percent support in a Fox
poll"), a document speaking for whoever issued it ("X issued a statement saying ..."), a
name written right after its description ("the activist group Acme Watch"), a quoted
label inside a speaker's phrase, and organisation names that open with a title word
("General Motors") or are initialisms ("GM")."""

from __future__ import annotations

import pytest

from extractor.stages.attribution.attribute import find_attributions
from extractor.stages.attribution.name_clusters import NameCluster, borrow_initialism_kinds
from extractor.stages.attribution.speakers import SpeakerResolver

from .test_attribution import attributed
from .test_attribution_outer import _by_rule


def _speakers(extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(number, speaker name, speaker kind) of every claim, as the extractor gives it."""
    return [
        (
            claim.quantity.text,
            claim.speaker.name if claim.speaker else None,
            claim.speaker.kind if claim.speaker else None,
        )
        for claim in extractor(text, published="2022-11-10")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source in a phrase beside the number qualifies the noun both hang from: it
        # does not describe the source, it cites it
        (
            "In March, Ana Ruiz had 38 percent support in a Fox poll.",
            [("38", "Fox", "in")],
        ),
        (
            "Ruiz held a 24-point lead over Moreno among older voters in a Channel 9 poll.",
            [("24", "Channel 9", "in")],
        ),
        # ... but a number inside the source's own phrase still counts the source
        (
            "Ruiz leads the race, according to three recent polls.",
            [("three", None, None)],
        ),
    ],
)
def test_a_prepositional_source_beside_the_number(extractor, text, expected):
    assert _by_rule(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document speaks for whoever issued it
        (
            "On Saturday, Senator Ana Ruiz issued a statement saying that 40 people had died.",
            [("40", "Ana Ruiz", None, "indirect")],
        ),
        (
            "Acme Motors released a report showing that sales fell 12 percent.",
            [("12 percent", "Acme Motors", None, "indirect")],
        ),
        # ... not for someone who only handles it
        (
            "Senator Ana Ruiz criticized a report saying that 50 schools would close.",
            [("50", "report", None, "indirect")],
        ),
    ],
)
def test_a_document_speaks_for_its_issuer(extractor, text, expected):
    assert attributed(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name written right after a description is the speaker, of the description's
        # kind, not the organisation named before
        (
            "Ana Ruiz spoke on Monday. According to the activist group Acme Watch, at least "
            "38 homes were destroyed.",
            [("at least 38", "Acme Watch", "organization")],
        ),
        # a role set off by commas stays a role with its name
        (
            "A spokesman, John Smith, said 12 people were hurt.",
            [("12", "John Smith", "person")],
        ),
    ],
)
def test_a_name_after_its_description(extractor, text, expected):
    assert _speakers(extractor, text) == expected


def test_a_quoted_label_inside_the_speakers_phrase_is_not_its_words(extractor):
    text = 'The senators debated the bill\'s "500 new judges" plan on Tuesday.'
    article = extractor.read(text)
    attributions = find_attributions(article, resources=extractor.resources, ranker=None)
    assert attributions.quote_speakers == [None]
    assert _by_rule(extractor, text) == [("500", None, None)]


def test_an_organisation_named_with_a_title_word(extractor):
    text = (
        "General Motors unveiled a new truck on Monday.\n\n"
        "The carmaker said it would cut 4,000 jobs."
    )
    assert _speakers(extractor, text) == [("4,000", "General Motors", "organization")]
    article = extractor.read(text)
    resolver = SpeakerResolver(
        article.segments, unparsed=article.unparsed, resources=extractor.resources
    )
    resolved = resolver.lookup_words(["Motors"])
    assert (resolved.name, resolved.kind) == ("General Motors", "organization")


def test_an_initialism_takes_the_kind_of_the_name_it_abbreviates():
    full = NameCluster(forms=[("General", "Motors")], organization=True)
    short = NameCluster(forms=[("GM",)])
    other = NameCluster(forms=[("NATO",)])
    borrow_initialism_kinds([full, short, other])
    assert short.kind == "organization"
    assert other.kind == "unknown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "post" with an object of its own is a deed ("posting sales of ..."), without one
        # it reports ("posted on Facebook that ...")
        ("Acme Motors posted a loss of $5 million in 2012.", [("$5 million", None, None, "none")]),
        (
            "Ana Ruiz posted on Facebook that 40 people had died.",
            [("40", "Ana Ruiz", None, "indirect")],
        ),
    ],
)
def test_posting_results_is_a_deed(extractor, text, expected):
    assert attributed(extractor, text) == expected
