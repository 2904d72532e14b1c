"""About, issue #10 rules for the classes of NewsQuant dev misses: whose a number is
through pronouns, a subject hidden by a mis-tagged word, "be" with an adjective, a number
compared with another, a spread, "X is N" over a misparse, a clause that goes on, names
ending in a number, "an average of" (synthetic sentences and hand-built parses)."""

from __future__ import annotations

import pytest

from extractor.stages.about.clause import pronoun_antecedent
from extractor.stages.about.syntax import subject_of

from .test_about import abouts, hand_built, quantity_ref


def fields(nlp, resources, text):
    return [(a.entity, a.qualifiers, a.property) for a in abouts(nlp, resources, text)]


# A relative or possessive pronoun says whose the number is: the noun it stands for.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norvik, who won three national titles with Ardley, retired on Sunday.",
            [("titles", ("national", "Norvik"), "won")],
        ),
        (
            "Velko said its revenue rose 5% to $2 billion.",
            [("revenue", ("Velko",), "rose"), ("revenue", ("Velko",), "rose to")],
        ),
        (
            "Talmor is expanding fast: it now has 12 million of its Orbit speakers in homes.",
            [("speakers", ("Orbit", "Talmor"), "has")],
        ),
    ],
)
def test_pronouns_say_whose(nlp, resources, text, expected):
    assert fields(nlp, resources, text) == expected


def test_its_does_not_stand_for_a_person(nlp, resources):
    # "its" is a thing's: not the minister's (titles and person_nouns lexicons).
    text = "The minister said that its budget of $4bn was too small."
    assert "minister" not in abouts(nlp, resources, text)[0].qualifiers


# "be" with an adjective asserts the adjective, also in a relative clause of the noun.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There are 4,500 residents who have been homeless for more than two years.",
            [("residents", (), "homeless"), ("residents", (), "homeless")],
        ),
        ("The bridge, which is 300 metres long, opened on Friday.", [("bridge", (), "long")]),
        ("Turnout was high at 72%.", [("Turnout", (), "high")]),
    ],
)
def test_be_with_an_adjective_asserts_the_adjective(nlp, resources, text, expected):
    assert fields(nlp, resources, text) == expected


def test_change_verb_subject_qualifies_the_counted_level(nlp, resources):
    got = fields(nlp, resources, "Brelton phone sales rose 12% to 3.1 million handsets.")
    assert got == [
        ("phone sales", ("Brelton",), "rose"),
        # The level the counted noun brings in, as "fell 4.2% to $31" -> "fell to".
        ("handsets", ("phone sales",), "rose to"),
    ]


def test_a_nominal_subject_beats_a_mis_tagged_one():
    # "VR headset sales rose": the parser read "headset" as a verb and hung it as a
    # second subject of "rose"; the noun subject is the one that says what rose.
    doc = hand_built(
        [
            ("VR", 1, "nsubj", "PROPN"),
            ("headset", 3, "nsubj", "VERB"),
            ("sales", 3, "nsubj", "NOUN"),
            ("rose", 3, "ROOT", "VERB"),
            ("4", 5, "nummod", "NUM"),
            ("%", 3, "npadvmod", "NOUN"),
        ]
    )
    assert subject_of(doc[3]).text == "sales"
    assert subject_of(doc[1]).text == "VR"  # one subject: whatever it is


def test_pronoun_antecedents_on_a_hand_built_parse():
    # "Acme , which sold 4 cars , said it grew": "which" -> Acme; "it" -> the subject
    # of the clause above it (Acme); a dummy "it" with nothing above stands for nothing.
    doc = hand_built(
        [
            ("Acme", 7, "nsubj", "PROPN"),
            (",", 0, "punct", "PUNCT"),
            ("which", 3, "nsubj", "PRON"),
            ("sold", 0, "relcl", "VERB"),
            ("4", 5, "nummod", "NUM"),
            ("cars", 3, "dobj", "NOUN"),
            (",", 0, "punct", "PUNCT"),
            ("said", 7, "ROOT", "VERB"),
            ("it", 9, "nsubj", "PRON"),
            ("grew", 7, "ccomp", "VERB"),
        ]
    )
    doc[2].tag_ = "WDT"
    doc[8].tag_ = "PRP"
    assert pronoun_antecedent(doc[2], doc[3]).text == "Acme"
    assert pronoun_antecedent(doc[8], doc[9]).text == "Acme"
    assert pronoun_antecedent(doc[8], doc[7]) is None


# A number set against an earlier one of its kind is about what that one is about
# (about_relation_words compare); not when it names its own change and noun.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velko sold 4,200 cars in May, compared with 3,900 a year earlier.",
            [("cars", ("Velko",)), ("cars", ("Velko",))],
        ),
        (
            "We logged 31 break-ins last month, compared with an average of 24 per month.",
            [("break-ins", ()), ("break-ins", ())],
        ),
    ],
)
def test_a_compared_number_is_about_what_it_is_compared_with(nlp, resources, text, expected):
    got = [(a.entity, a.qualifiers) for a in abouts(nlp, resources, text)]
    assert got[: len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The council spent $3bn on roads, up from $2.1bn.",
        "Profit fell to $12m, down from $15m.",
    ],
)
def test_up_from_sets_a_number_against_the_one_before(nlp, resources, text):
    first, second = abouts(nlp, resources, text)
    assert (second.entity, second.qualifiers) == (first.entity, first.qualifiers)


def test_up_from_read_along_the_text(nlp, resources):
    # The parser hangs "from" on the verb, not on "up": the two words are read in order.
    text = "Brelton phone sales rose 60% in 2024 to 3.9 million handsets up from 2.4 million."
    assert [a.entity for a in abouts(nlp, resources, text)][-2:] == ["handsets", "handsets"]


def test_a_compared_change_keeps_its_own_noun(nlp, resources):
    text = "Hiring of nurses grew by 4,100 posts, compared to an increase of 900 jobs for porters."
    entities = [a.entity for a in abouts(nlp, resources, text)]
    assert entities[-1] == "jobs"


# A participle giving a spread describes the noun it follows (about_relation_words span).
@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "Osler has a total of $12.4 million of claims, ranging from $200 to $4 million.",
            "claims",
        ),
        ("Prices at the new market, ranging from 2 to 9 euros, drew crowds.", "Prices"),
    ],
)
def test_a_spread_is_the_noun_it_follows(nlp, resources, text, entity):
    assert abouts(nlp, resources, text)[-1].entity == entity


# "X is N": the subject of the "be" right before the number, however the parser hung
# the number, and the noun phrase before a second, subjectless "be".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The charge held in the cell was 3.1 F and the voltage across it was 9 volts.",
            [("charge", "was"), ("voltage", "was")],
        ),
        ("The tower is 300 metres tall.", [("tower", "tall")]),
    ],
)
def test_the_subject_of_be_before_the_number(nlp, resources, text, expected):
    got = [(a.entity, a.property) for a in abouts(nlp, resources, text)]
    assert got == expected


def test_the_subject_of_be_is_also_the_about_text(nlp, resources):
    text = "The charge held in the cell was 3.1 F and the voltage across it was 9 volts."
    assert abouts(nlp, resources, text)[-1].text == "voltage"


def test_copula_subject_on_a_hand_built_misparse(resources):
    # "the median age here is around 41 , raising fears": the parser hung "41" on
    # "raising"; the "be" right before the number still says whose it is.
    from extractor.stages.about.copula import copula_subject
    from extractor.stages.about.measured import Context

    doc = hand_built(
        [
            ("the", 2, "det", "DET"),
            ("median", 2, "amod", "ADJ"),
            ("age", 3, "nsubj", "NOUN"),
            ("is", 3, "ROOT", "AUX", "be"),
            ("41", 6, "nummod", "NUM"),
            (",", 6, "punct", "PUNCT"),
            ("raising", 3, "advcl", "VERB"),
            ("fears", 6, "dobj", "NOUN"),
        ]
    )
    ref = quantity_ref(doc, 4, 5)
    context = Context(doc, ref, None, None, {4}, resources)
    assert [(t.text, score) for t, score, _ in copula_subject(context)] == [("age", 0.85)]


# A subjectless participle or infinitive that goes on from the entity's clause asserts
# its own number: "closing at", "to close at", "after gaining".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Brixton index rose 2.1%, closing at 4,852.", ["rose", "closing at"]),
        ("The Varno Composite lost 6.3 percent to close at 1,723.35.", ["lost", "close at"]),
        ("The Telmar index reached 2,020 points after gaining 1.6%.", ["reached", "gaining"]),
        ("Zorvex shares fell 4.2% to $31 on Monday.", ["fell", "fell to"]),
    ],
)
def test_a_continuing_clause_asserts_its_number(nlp, resources, text, expected):
    assert [a.property for a in abouts(nlp, resources, text)] == expected


# An index name ending in a number is a name, not a count, also as a subject in a list.
def test_a_name_ending_in_a_number_is_the_subject(nlp, resources):
    text = "The Dax fell 1.2%, the Cac 40 lost 0.8% and the FTSE 100 slipped 0.5%."
    assert [a.entity for a in abouts(nlp, resources, text)] == ["Dax", "Cac 40", "FTSE 100"]


# "an average of N" frames the number like "a total of N" (about_vague_nouns v4); a bare
# "the average" then names nothing, as "the total" (tests/test_about.py).
@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Rents rose by an average of 6% across the city.", "Rents"),
        ("Fares climbed an average of 4% this year.", "Fares"),
    ],
)
def test_an_average_of_frames_the_number(nlp, resources, text, entity):
    assert abouts(nlp, resources, text)[-1].entity == entity
