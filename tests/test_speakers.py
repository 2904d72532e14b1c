"""Speakers of numeric claims: one class of attribution error per table row, synthetic
sentences of the same shape as the benchmark cases that forced each rule."""

from __future__ import annotations

import pytest


def speakers(extractor, text):
    """(number, speaker name, speaker mention, cue) for every claim, in order."""
    return [
        (
            c.quantity.text,
            c.speaker.name if c.speaker else None,
            c.speaker.mention.text if c.speaker else None,
            c.cue.text if c.cue else None,
        )
        for c in extractor(text, published="2016-03-01")
    ]


def speaker_of(extractor, text, number):
    """The (name, mention) of the claim whose quantity text is ``number``."""
    for quantity, name, mention, _ in speakers(extractor, text):
        if quantity == number:
            return name, mention
    raise AssertionError(f"no claim {number!r} in {speakers(extractor, text)!r}")


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # the lemmatizer reads "hopes" as a form of "hop": the cue is still found
        ("Governor Ana Ruiz hopes to win 300 delegates.", "300", ("Ana Ruiz", "Governor Ana Ruiz")),
        # a participle cue takes the subject of the verb it hangs from, not the nearest noun
        (
            "Senator Jane Doe defended raising the wage to $17 an hour, saying the gains would "
            "outweigh the costs.",
            "$17 an hour",
            ("Jane Doe", "Senator Jane Doe"),
        ),
        (
            "Mr. Smith revised his plans in October, saying that about 6,200 troops would remain.",
            "about 6,200",
            ("Smith", "Mr. Smith"),
        ),
        # a relative pronoun is the mention; its antecedent names the speaker
        (
            "The paper ran a column by John Roe, who reported that the firm paid a $3 million fee.",
            "$3 million",
            ("John Roe", "who"),
        ),
        # a dateline is not a speaker
        (
            "LISBON (Reuters) – Top donor John Smith said on Friday that 40 people came.",
            "40",
            ("John Smith", "Top donor John Smith"),
        ),
        (
            "DES MOINES, Iowa (AP) — Jane Doe told reporters that 300 volunteers came.",
            "300",
            ("Jane Doe", "Jane Doe"),
        ),
        # "I" inside a quote is the quote's own voice; "we" under an outer cue is its speaker
        (
            "Mayor John Smith spoke on Monday. “I think we lost 700,000 jobs,” Smith said.",
            "700,000",
            ("John Smith", "Smith"),
        ),
        (
            "We believe six debates are enough, the party said.",
            "six",
            ("party", "We"),
        ),
        # a name set off by commas after a role speaks, not the role
        (
            "One pastor backing the senator, Jo Roe, said he made more than 150 calls.",
            "more than 150",
            ("Jo Roe", "Jo Roe"),
        ),
        # the quote's opening mark left on the sentence before does not borrow its speaker
        (
            "Analyst Greg Roe spoke. ''It is a bad deal,'' Mr. Roe said. ''Buying a 25-year-old "
            "jet is like buying chips,'' he said. ''It is over.''",
            "25-year-old",
            ("Greg Roe", "he"),
        ),
        # "add" with an object of its own is arithmetic, not speech
        (
            "Over ten years, deficits would add up to $2.4 trillion beyond what the finance office "
            "had forecast.",
            "up to $2.4 trillion",
            ("finance office", "the finance office"),
        ),
        # calls for and proposals put a number forward
        (
            "Senator Jane Doe called for cutting the tax rate to 28 percent.",
            "28 percent",
            ("Jane Doe", "Senator Jane Doe"),
        ),
        (
            "Mrs. Jane Doe's plan would cap deductions at 28 percent.",
            "28 percent",
            ("Jane Doe", "Mrs. Jane Doe"),
        ),
        (
            "Voters heard Mr. John Roe's plan to expel 9 million people.",
            "9 million",
            ("John Roe", "Mr. John Roe"),
        ),
        (
            "Senator Jane Doe went on to say that 300 agents were hired.",
            "300",
            ("Jane Doe", "Senator Jane Doe"),
        ),
        # a claim with an owner is the owner's
        (
            "Jane Doe's claim that 70 percent of her emails were kept was false.",
            "70 percent",
            ("Jane Doe", "Jane Doe"),
        ),
        # "by" a tally or an estimate, like "according to" it
        (
            "By the Associated Press's tally, she now has 612 delegates.",
            "612",
            ("Associated Press", "the Associated Press"),
        ),
        # a possessive pronoun owning the document resolves like "he"
        (
            "Senator Jane Doe spoke on Monday. She had $5 million in cash, according to her "
            "campaign filings.",
            "$5 million",
            ("Jane Doe", "her"),
        ),
    ],
)
def test_speaker_classes(extractor, text, number, expected):
    assert speaker_of(extractor, text, number) == expected


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # poll respondents are not speakers: the poll (or the article) asserts the share
        ("Some 52 percent of voters said the economy was their top issue.", "Some 52 percent"),
        ("Six in 10 said they would vote, while 30 percent said they would not.", "30 percent"),
        ("A majority of voters say that 20 states will flip.", "20"),
        # what respondents said stays theirs, whoever "they" and "the next president" are
        ("Now 64 percent said they wanted the next mayor to keep 5 policies.", "5"),
        # "call" is a cue only as "call for"; a city's budget is not a proposal
        ("Jane Doe called him at 9 on Monday to discuss 40 projects.", "40"),
        ("The city's budget grew 5 percent.", "5 percent"),
        # an open complement is not a finding, an infinitive cue no speaker of its own
        ("Parents will need to find $500 a month for college.", "$500 a month"),
        ("It is a good idea to say that 40 hours a week is enough.", "40 hours a week"),
        # a passive's agent is a doer, not a source
        ("The plan was rejected by a review of 40 cases.", "40"),
        # a sentence-opening participle is a circumstance, not the subject's words
        ("Counting its new branches, the bank now employs 40 staff.", "40"),
    ],
)
def test_respondents_are_not_speakers(extractor, text, number):
    assert speaker_of(extractor, text, number) == (None, None)


def test_respondents_leave_the_poll_as_speaker(extractor):
    text = "In a CNN poll released Monday, 38 percent of voters said he should step down."
    assert speaker_of(extractor, text, "38 percent") == ("CNN", "CNN")


def test_two_people_are_speakers(extractor):
    """ "The two said" is two people speaking, not a share of respondents."""
    assert speaker_of(extractor, "The two said 40 people were hurt.", "40") == ("two", "The two")


def test_quote_reopening_after_its_cue_keeps_the_speaker(extractor):
    """A quote that reopens in the sentence naming its speaker ("..., Smith said. “...")
    keeps that speaker, even when the number is sentences later."""
    text = (
        "Analyst Rita Moreno spoke in Orlando.\n\n"
        "Still, the clubs are “barely making money,” Ms. Moreno said. “Golf is a thin business. "
        "Few people invest in it. You might spend $35 million to build a club.”"
    )
    assert speaker_of(extractor, text, "$35 million") == ("Rita Moreno", "Ms. Moreno")


def test_poll_finding_over_respondents_keeps_the_poll(extractor):
    """Respondents as the subject of a plain verb do not hide the poll's own cue."""
    text = "Some 84 percent of voters in Ohio have a poor view of him, the poll found."
    assert speaker_of(extractor, text, "Some 84 percent") == ("poll", "the poll")


def test_paragraph_after_a_colon_cue_is_a_block_quote(extractor):
    """The paragraph after "X argued:" is X's (direct), the one after it is not."""
    text = (
        "Rita Moreno spoke on Tuesday.\n\n"
        "Moreno argued that:\n\n"
        "Only 2,200 people were admitted in four years. They are vetted for 18 months.\n\n"
        "The city has 300 shelters."
    )
    claims = {c.quantity.text: c for c in extractor(text, published="2016-03-01")}
    assert claims["Only 2,200"].speaker.name == "Rita Moreno"
    assert claims["Only 2,200"].quote == "direct"
    assert claims["18 months"].speaker.name == "Rita Moreno"
    assert claims["300"].speaker is None


def test_quoted_phrase_inside_a_sentence_takes_no_later_speaker(extractor):
    """A quoted name or phrase mid-sentence is not the next sentence's quote."""
    text = (
        "Senator Ted Cruz spoke on Monday.\n\n"
        'At a summit, Rubio defended the "40 percent" rule. "We need 300 more agents," Cruz '
        "said."
    )
    assert speaker_of(extractor, text, "40 percent") == (None, None)
    assert speaker_of(extractor, text, "300") == ("Ted Cruz", "Cruz")
