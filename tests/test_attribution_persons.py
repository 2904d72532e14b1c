"""Classes of speaker error studied on PolNeAR train (session 11), on synthetic sentences:
surnames the small model labels ORG taking the person kind from how the article writes
them ("Donald Trump", "Sanders, who ..."); gendered pronouns agreeing with the first name
("he" after Hillary and Bill Clinton); the outlet an interview is given to, never its
speaker (CLAIM-SPEC: "in an interview with CNN" is the via); an age between commas
before a cue the parse left without a subject."""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.tokens import Doc

from extractor.stages.attribution.name_clusters import NameCluster
from extractor.stages.attribution.speakers import reads_as_person

from .test_attribution_sources import _speakers

FIRST_NAMES = {"donald": "male", "ana": "female"}


@pytest.mark.parametrize(
    ("words", "ents", "run_end", "expected"),
    [
        # a first name before the surname: a person, whatever the label
        (["Donald", "Trump", "spoke", "."], ["B-ORG", "I-ORG", "O", "O"], 2, True),
        # a "who" clause describes a person
        (["Sanders", ",", "who", "leads", ",", "spoke"], ["B-ORG", *["O"] * 5], 1, True),
        # a bare surname, or a first name in a place's name, says nothing
        (["Trump", "spoke", "."], ["B-ORG", "O", "O"], 1, False),
        (["Ana", "Heights", "voted", "."], ["B-GPE", "I-GPE", "O", "O"], 2, False),
    ],
)
def test_a_name_written_as_a_persons(nlp, words, ents, run_end, expected):
    doc = Doc(nlp.vocab, words=words, ents=ents)
    assert reads_as_person(doc[0:run_end], FIRST_NAMES) is expected


def test_person_evidence_outvotes_the_taggers_organisation_labels():
    name = NameCluster(
        forms=[("Trump",), ("Donald", "Trump")], labels=Counter({"ORG": 5, "PERSON": 1})
    )
    assert name.kind == "organization"
    name.person_form = True
    assert name.kind == "person"
    # an organisation word still decides: "General Motors" stays a carmaker
    name.organization = True
    assert name.kind == "organization"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet an interview is given to is not the speaker: the interviewee speaks
        # through it, with a cue verb or any other ("called it": what she said in it)
        (
            "In an interview with the Daily Ledger, the senator put the cost at $5 billion.",
            [("$5 billion", "senator", "Daily Ledger")],
        ),
        (
            "Ana Ruiz, in an interview with the Daily Ledger, called it a $5 billion mistake.",
            [("$5 billion", "Ana Ruiz", "Daily Ledger")],
        ),
        (
            "In a statement to the Daily Ledger, Ana Ruiz put the cost at $5 billion.",
            [("$5 billion", "Ana Ruiz", "Daily Ledger")],
        ),
        # speaking to an outlet, set off beside the speaker or before the sentence
        (
            "Tom Jones, speaking to Reuters on Monday, put the cost at $3 million.",
            [("$3 million", "Tom Jones", "Reuters")],
        ),
        (
            "Speaking to Reuters on Monday, Tom Jones said the cost was $3 million.",
            [("$3 million", "Tom Jones", "Reuters")],
        ),
        (
            "Ana Ruiz, writing in the Daily Ledger, called it a $5 billion mistake.",
            [("$5 billion", "Ana Ruiz", "Daily Ledger")],
        ),
        # an audience is no outlet: a cue verb still speaks, without a via; no other verb does
        (
            "Tom Jones, speaking to reporters on Monday, said the cost was $3 million.",
            [("$3 million", "Tom Jones", None)],
        ),
        (
            "During a speech to 3,000 people, Tom Jones drew a comparison to 1929.",
            [("3,000", None, None)],
        ),
        # speaking on condition of anonymity names no outlet
        (
            "An official, speaking on condition of anonymity, drew a comparison to the $5 "
            "billion bailout.",
            [("$5 billion", None, None)],
        ),
        # a letter's addressee is not its author
        (
            "According to a letter to the Senate from the Treasury, the debt will reach "
            "$30 trillion.",
            [("$30 trillion", "Treasury", "letter")],
        ),
    ],
)
def test_an_interview_given_to_an_outlet(extractor, text, expected):
    claims = extractor(text, published="2022-11-10")
    found = [
        (
            claim.quantity.text,
            claim.speaker.name if claim.speaker else None,
            claim.via.name if claim.via else None,
        )
        for claim in claims
    ]
    assert found == expected


def test_the_age_of_an_interviewee_is_not_the_outlets_claim(extractor):
    text = "In an interview with the Daily Ledger, the 52-year-old senator vowed to cut 300 jobs."
    assert _speakers(extractor, text) == [
        ("52-year-old", None, None),
        ("300", "52-year-old senator", "person"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names cluster on the surname: "he" is the man of the family, not the woman; the
        # bare surname after both are named in one sentence could be either: as written
        (
            "Hillary Clinton and Bill Clinton spoke in Iowa on Monday. Clinton said 30 percent "
            "of voters agreed. He added that 4,000 jobs were lost.",
            [("30 percent", "Clinton", "person"), ("4,000", "Bill Clinton", "person")],
        ),
        # a pronoun no named person agrees with stays as written
        (
            "Mark Smith spoke in Ohio. Smith said 40 percent agreed. She said that 300 people "
            "came.",
            [("40 percent", "Mark Smith", "person"), ("300", "she", "person")],
        ),
        (
            "Mark Smith spoke in Ohio. Smith said 40 percent agreed. He said that 300 people came.",
            [("40 percent", "Mark Smith", "person"), ("300", "Mark Smith", "person")],
        ),
    ],
)
def test_a_gendered_pronoun_agrees_with_its_speaker(extractor, text, expected):
    assert _speakers(extractor, text) == expected


def test_an_age_between_commas_before_a_subjectless_cue(extractor):
    # the parse hangs the name on the phrase before it and leaves "said" without a subject
    text = "As part of his plea, John Marsh, 52, said that he defrauded nearly 200 customers."
    assert _speakers(extractor, text) == [
        ("52", None, None),
        ("nearly 200", "John Marsh", "person"),
    ]


def test_the_fullest_name_opens_as_a_persons():
    # a headline's words or a party label run on before the name are not part of it
    name = NameCluster(
        forms=[("Offensive", "Things", "Donald", "Trump"), ("Donald", "Trump"), ("Trump",)],
        first_named=[("Donald", "Trump")],
    )
    assert name.canonical == "Donald Trump"
    # with no form opening as a person's, the longest form stands
    assert NameCluster(forms=[("Acme",), ("Acme", "Watch")]).canonical == "Acme Watch"


def test_a_surname_the_tagger_took_for_a_noun(extractor):
    text = (
        "Company founder Steve Jobs spoke on Monday.\n\n"
        "Jobs welcomed the crowd and announced that there were 3,800 attendees."
    )
    assert _speakers(extractor, text) == [("3,800", "Steve Jobs", "person")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people counted off are speakers, kept as written
        (
            "One official said 40 people died. Another said the toll was closer to 60.",
            [("One", None, None), ("40", "One official", "person"), ("60", "another", "person")],
        ),
        ("Both said the plan would cost $5 billion.", [("$5 billion", "both", "group")]),
        # "one" and "you" are nobody in particular
        ("You could say 40 people died.", [("40", None, None)]),
    ],
)
def test_people_counted_off_speak(extractor, text, expected):
    assert _speakers(extractor, text) == expected
