"""Classes of attribution added for issue #11 (session 8), on synthetic sentences: owned
claims revised by a verb ("it cut its forecast to ..."), participles that describe a
noun ("workers reporting tips") and verbs used as nouns ("its growth forecast") are no
cues, a cue phrase on a word above the number beats a nearer one in another clause, an
embedded "they" reports through the outer cue, a cue in a relative clause speaks
only for what it governs, cue verbs the lemmatizer misreads."""

from __future__ import annotations

import pytest

from .test_attribution import attributed
from .test_attribution_outer import _by_rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an owned forecast revised by a verb: the values the verb gives it are the
        # owner's (CLAIM-SPEC: "the bank's projections" -> the bank), "its" the subject
        (
            "Brightline Bank said demand was weak. It cut its forecast for the region by "
            "0.2 percentage points to 3.1 percent.",
            [
                ("0.2 percentage points", "Brightline Bank", None, "indirect"),
                ("3.1 percent", "Brightline Bank", None, "indirect"),
            ],
        ),
        (
            "The Ostrava Fund raised its growth estimate to 2.4 percent.",
            [("2.4 percent", "Ostrava Fund", None, "indirect")],
        ),
        # an owned plan governs the clause "under" it, even when the parse hangs the
        # phrase on a participle of the subject
        (
            "Under Senator Ana Ruiz's plan, workers reporting tips would pay a rate that "
            "goes as high as 30 percent.",
            [("as high as 30 percent", "Ana Ruiz", None, "indirect")],
        ),
        # a participle describing a noun reports nothing
        (
            "Firms reporting losses of $5 million were fined by the regulator.",
            [("$5 million", None, None, "none")],
        ),
        # ... but a participle describing a document reports what it shows
        (
            "Rita Moreno, after a new poll showing her rival's standing down to 14 percent, "
            "spoke on Sunday.",
            [("14 percent", "new poll", None, "indirect")],
        ),
        # "rated" is a form of "rate", not of "rat"
        (
            "The Fact Desk rated 42% of Green claims as false.",
            [("42%", "Fact Desk", None, "indirect")],
        ),
        # a negated verb of saying reports nothing
        (
            "The mayor did not mention that the city spent $4 million on repairs.",
            [("$4 million", None, None, "none")],
        ),
        # ... but a belief's negation still holds the clause
        (
            "The mayor does not think the city spent $4 million on repairs.",
            [("$4 million", "mayor", None, "indirect")],
        ),
        # a paper's name the small model tags as a law (or another non-name label) is
        # still a name
        (
            "Jobless claims rose 15,000 last week, according to the Evening Post.",
            [("15,000", "Evening Post", "Evening Post", "indirect")],
        ),
        # a cue phrase on the verb above the number speaks for it; the nearer one hangs
        # in a relative clause about another number
        (
            "According to the Daily Ledger, jobless claims rose 15,000 last week to 444,000, "
            "which, according to The Harbor Times, is near a five-year high.",
            [
                ("15,000", "Daily Ledger", None, "indirect"),
                ("444,000", "Daily Ledger", None, "indirect"),
                ("five-year", "Harbor Times", None, "indirect"),
            ],
        ),
    ],
)
def test_attribution_classes(extractor, text, expected):
    assert attributed(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "they" repeats the outer speaker: "said" reports the number
        (
            "Ministry officials said they hoped the deal will lift trade with the nation of "
            "40 million people.",
            [("million", "Ministry officials", "said")],
        ),
        # an embedded first person keeps its own cue ("we" may be more than the speaker)
        (
            "Senator Li Wen said we expect 300 new hires.",
            [("300", "Li Wen", "expect")],
        ),
        # a cue in a relative clause speaks only for what it governs
        (
            "Ana Ruiz met people all over this country who think in these terms, who saw a "
            "leader win two terms.",
            [("two", None, None)],
        ),
        # a trailing attribution keeps the numbers before it
        (
            "Sixty percent of voters in the state hold a poor view of the governor, the poll "
            "found.",
            [("Sixty", "poll", "found")],
        ),
        # ... nor for the noun it is about
        (
            "Acme Corp will return 9 million dollars, more than the 7 million dollars Acme "
            "Corp expects to collect from the levy.",
            [("million", None, None), ("million", None, None)],
        ),
        # an owned forecast is the cue of the values its verb gives it
        (
            "The Ostrava Fund raised its growth estimate to 2.4 percent.",
            [("2.4", "Ostrava Fund", "estimate")],
        ),
    ],
)
def test_the_rules_cue(extractor, text, expected):
    assert _by_rule(extractor, text) == expected
