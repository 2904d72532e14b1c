"""CLAIM-SPEC's speaker rule for descriptions, documents and names: synthetic articles of
the shapes that held-out articles missed (issue #11)."""

from __future__ import annotations

import pytest


def attributed(extractor, text, number):
    """(speaker name, kind, mention) of the claim whose quantity text is ``number``."""
    for claim in extractor(text, published="2024-05-01"):
        if claim.quantity.text == number:
            speaker = claim.speaker
            return (speaker.name, speaker.kind, speaker.mention.text) if speaker else None
    raise AssertionError(f"no claim {number!r}")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a description resolves to the organisation named before it
        (
            "Acme Corp said on Monday that 40 stores had closed.\n\n"
            "The firm expects 200 new stores next year.",
            "200",
            ("Acme Corp", "organization", "The firm"),
        ),
        # an indefinite description is someone new: kept as written
        (
            "Acme Corp said on Monday that 40 stores had closed.\n\n"
            "A firm in Ohio said it had hired 90 workers.",
            "90",
            ("firm in Ohio", None, "A firm in Ohio"),
        ),
        # a document speaks for the author named in its phrase ...
        (
            "A report by Brightline Bank estimated the market at $40 billion.",
            "$40 billion",
            ("Brightline Bank", "organization", "A report by Brightline Bank"),
        ),
        # ... and, later, "the report" for the author of the report named before
        (
            "A report by Brightline Bank estimated the market at $40 billion.\n\n"
            "The report said prices would rise 5 percent.",
            "5 percent",
            ("Brightline Bank", "organization", "The report"),
        ),
        # an unauthored survey is its own speaker, kind unknown
        (
            "A new survey found that 62 percent of parents worry about fees.",
            "62 percent",
            ("new survey", "unknown", "A new survey"),
        ),
        # "it" under an outer speaker's cue is that speaker (the mention may be either)
        (
            "Orion Partners said it expects 300 new hires.",
            "300",
            ("Orion Partners", None, None),
        ),
    ],
)
def test_descriptions_and_documents_resolve(extractor, text, number, expected):
    name, kind, mention = attributed(extractor, text, number)
    assert name == expected[0]
    if expected[2] is not None:
        assert mention == expected[2]
    if expected[1] is not None:
        assert kind == expected[1]


@pytest.mark.slow
def test_a_hyphenated_name_keeps_its_boundaries(extractor):
    text = (
        "Texco-Orion said on Tuesday that it would cut 4,000 jobs.\n\n"
        "Orion, a smaller rival, said it would add 300 jobs."
    )
    assert attributed(extractor, text, "4,000")[0] == "Texco-Orion"
    assert attributed(extractor, text, "300")[0] == "Orion"
