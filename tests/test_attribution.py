"""Attribution and speaker resolution, end to end on short articles: one row per number."""

from __future__ import annotations

import pytest

from extractor.stages.attribution import find_attributions


def attributed(extractor, text):
    return [
        (
            c.quantity.text,
            c.speaker.name if c.speaker else None,
            c.via.name if c.via else None,
            c.quote,
        )
        for c in extractor(text, published="2022-11-10")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seed fixture patterns
        (
            "Around 100,000 Russian soldiers are estimated to have been killed, General Mark "
            "Milley was quoted by the BBC as saying.",
            [("Around 100,000", "Mark Milley", "BBC", "indirect")],
        ),
        (
            "General Mark Milley visited Kyiv.\n\n"
            "“You’re looking at well over 100,000 Russian soldiers killed,” he told the BBC.",
            [("well over 100,000", "Mark Milley", "BBC", "direct")],
        ),
        (
            "General Mark Milley spoke on Monday.\n\nAbout 40,000 civilians died, Milley, who "
            "advises the president, suggested.",
            [("About 40,000", "Mark Milley", None, "indirect")],
        ),
        (
            "In the latest update from Moscow, the country had said that 5,937 troops had been "
            "killed.",
            [("5,937", "Moscow", "latest update", "indirect")],
        ),
        # reported speech, organisations, according to
        (
            "The Washington Post reported that 300 people died, citing unnamed sources.",
            [("300", "Washington Post", "unnamed sources", "indirect")],
        ),
        (
            "According to the health ministry, 5,000 homes were destroyed.",
            [("5,000", "health ministry", None, "indirect")],
        ),
        (
            "About 5,000 homes were destroyed, according to a Reuters report.",
            [("About 5,000", "Reuters", "Reuters report", "indirect")],
        ),
        (
            "Inflation reached 9 percent, as reported by the central bank.",
            [("9 percent", "central bank", None, "indirect")],
        ),
        (
            "In an interview with CNN, Senator Jane Doe said 300 people died.",
            [("300", "Jane Doe", "CNN", "indirect")],
        ),
        # direct quotes: before, after, carried over to the next quoted sentence
        ("“We lost 300 men,” Mayor John Smith said.", [("300", "John Smith", None, "direct")]),
        (
            "Mayor John Smith spoke on Monday.\n\n“We lost 300 men,” Smith said. “Another 40 are "
            "missing.”",
            [("300", "John Smith", None, "direct"), ("40", "John Smith", None, "direct")],
        ),
        # a colon in the paragraph before; a quote nested in a straight-quoted paragraph
        (
            'Analyst Rita Moreno spoke on Tuesday.\n\nMoreno continued:\n\n"Here is what we asked: '
            '“Would you move?” Sixty-one, no."',
            [("Sixty-one", "Rita Moreno", None, "direct")],
        ),
        # pronouns, roles and metonyms resolve to names given elsewhere
        (
            "Education minister Jane Doe visited the school.\n\nThe minister said 20 schools "
            "closed.",
            [("20", "Jane Doe", None, "indirect")],
        ),
        (
            "Governor Tom Wolf spoke to reporters.\n\nHe said 40 people died in the fire.",
            [("40", "Tom Wolf", None, "indirect")],
        ),
        ("Moscow said that 5,937 troops had been killed.", [("5,937", "Moscow", None, "indirect")]),
        # PolNeAR train classes: two apostrophes as quote marks (NYT), documents without an
        # author as speakers, "in <poll>", colons after names, nested cues inside quotes
        (
            "''It costs $80,000 a month to run,'' said Mayor John Smith.",
            [("$80,000 a month", "John Smith", None, "direct")],
        ),
        (
            "''We lost 300 men,'' Mayor John Smith said. ''Another 40 are missing.''",
            [("300", "John Smith", None, "direct"), ("40", "John Smith", None, "direct")],
        ),
        (
            "Turnout fell to 40 percent, according to exit polls.",
            [("40 percent", "exit polls", "exit polls", "indirect")],
        ),
        (
            "The charity fed 31,000 children, according to the foundation's tally.",
            [("31,000", "foundation", "foundation's tally", "indirect")],
        ),
        (
            "In a CBS News poll, Clinton led Sanders 57 percent to 31 percent.",
            [
                ("57 percent", "CBS News", "CBS News poll", "indirect"),
                ("31 percent", "CBS News", "CBS News poll", "indirect"),
            ],
        ),
        ("In a statement, the plant closed 3 lines.", [("3", None, None, "none")]),
        ("Gingrich: Trump Must Pick Two Running Mates.", [("Two", "Gingrich", None, "indirect")]),
        (
            "Pollsters agree - Jane Roe: “Turnout reached 60 percent.”",
            [("60 percent", "Jane Roe", None, "direct")],
        ),
        # nested attribution inside a quote: the outermost source speaks (CLAIM-SPEC),
        # and the number is inside her quotation marks
        (
            "“Then Jones said that 90,000 would be accepted,” Senator Jane Doe said.",
            [("90,000", "Jane Doe", None, "direct")],
        ),
        ("Senator Jane Doe pledged to hire 500 teachers.", [("500", "Jane Doe", None, "indirect")]),
        # transcripts: an upper-case label speaks the whole paragraph, verbatim
        (
            "Governor Ana Ruiz took questions.\n\nRUIZ: We opened 240 shelters last winter. It "
            "worked.",
            [("240", "Ana Ruiz", None, "direct")],
        ),
        # manner-of-speaking verbs before a that-clause are cues; with an object of their
        # own they are not
        (
            "Senator Ana Ruiz joked that Madrid ranks fourth among 12 cities.",
            [("fourth", "Ana Ruiz", None, "indirect"), ("12", "Ana Ruiz", None, "indirect")],
        ),
        (
            "Mayor Li Wen bragged that the city built 40,000 homes.",
            [("40,000", "Li Wen", None, "indirect")],
        ),
        (
            "Prosecutors charged two developers with fraud.",
            [("two", None, None, "none")],
        ),
        # an indefinite role is someone new, not the last person titled so
        (
            "Secretary Lena Park spoke on Monday.\n\nA Transport Ministry official said 35 bridges "
            "were closed.",
            [("35", "Transport Ministry official", None, "indirect")],
        ),
        # a cited document: the one citing it is the outermost source (CLAIM-SPEC), the
        # document the via
        (
            "The mayor cited a Boston Globe report that the city lost more than $40 million in "
            "2019.",
            [("more than $40 million", "mayor", "Boston Globe report", "indirect")],
        ),
        # a title word inside an organisation's name stays ("General Electric", not "Electric")
        (
            "General Electric says it paid $4.1 billion in income taxes.",
            [("$4.1 billion", "General Electric", None, "indirect")],
        ),
        # unattributed: the article asserts it
        ("About 300 people died in the floods.", [("About 300", None, None, "none")]),
        (
            "Around 100,000 soldiers are estimated to have been killed in the war.",
            [("Around 100,000", None, None, "none")],
        ),
    ],
)
def test_attribution(extractor, text, expected):
    assert attributed(extractor, text) == expected


def test_seed_speakers_are_full_names(extractor, seed_text):
    claims = extractor(seed_text, published="2022-11-10")
    names = {c.speaker.name for c in claims if c.speaker}
    assert "Milley" not in names
    assert "Mark Milley" in names


def test_attribution_does_not_depend_on_the_order_numbers_are_asked_in(extractor, resources):
    """Speakers are resolved once, in article order, when the stage reads the article:
    attributing the numbers backwards gives the same answers."""
    text = (
        "Senator Jane Doe spoke on Monday.\n\n"
        "“We counted 40 shelters,” she said. “Another 12 are coming.”\n\n"
        "John Roe, the mayor, said 30 were open. He added that 25 were full."
    )
    article = extractor.read(text, published="2022-11-10")
    tokens = [token for doc in article.segments for token in doc if token.like_num]
    forward = find_attributions(article, resources=resources)
    backward = find_attributions(article, resources=resources)
    answers = [forward.attribute(token) for token in tokens]
    assert [backward.attribute(token) for token in reversed(tokens)] == answers[::-1]
    assert [a.speaker.name for a in answers] == ["Jane Doe", "Jane Doe", "John Roe", "John Roe"]


@pytest.mark.parametrize(
    ("text", "number", "not_speaker"),
    [
        # the number counts or describes the speaker itself: the article's number
        ("Three officials said the plant employs 400 people.", "Three", "officials"),
        ("Smith, 45, said the plant employs 400 people.", "45", "Smith"),
        ("Nearly 60 percent of voters say the tax is too high.", "Nearly 60 percent", "voters"),
    ],
)
def test_a_number_describing_its_speaker_is_not_their_claim(extractor, text, number, not_speaker):
    rows = {quantity: speaker for quantity, speaker, _, _ in attributed(extractor, text)}
    assert number in rows
    assert rows[number] != not_speaker


def test_the_other_numbers_of_that_sentence_keep_the_speaker(extractor):
    rows = dict(
        (quantity, speaker)
        for quantity, speaker, _, _ in attributed(
            extractor, "Three officials said the plant employs 400 people."
        )
    )
    assert rows["400"] is not None
