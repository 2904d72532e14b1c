"""The candidates the rules propose to the speaker ranker: each kind of candidate on a
synthetic sentence, and what is not proposed."""

from __future__ import annotations

import pytest

from extractor.stages.attribution.attribute import find_attributions
from extractor.stages.quantities import find_quantities


def _candidates(extractor, text: str, number: str) -> list[tuple[str, str | None, str | None]]:
    """(origin, speaker name, cue text) of each candidate of the quantity holding the
    first occurrence of ``number``."""
    article = extractor.read(text)
    attributions = find_attributions(article, resources=extractor.resources, ranker=None)
    position = text.index(number)
    for doc in article.segments:
        for ref in find_quantities(doc, resources=extractor.resources):
            if ref.start_char <= position < ref.end_char:
                return [
                    (
                        c.origin,
                        c.attribution.speaker.name if c.attribution.speaker else None,
                        c.attribution.cue.text if c.attribution.cue else None,
                    )
                    for c in attributions.candidates(doc[ref.root])
                ]
    raise AssertionError(f"no quantity at {number!r} in {text!r}")


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # the owner of a noun the number hangs from
        (
            "The treaty group's recommended 3 percent of output is rarely met.",
            "3 percent",
            ("possessor", "treaty group", "percent"),
        ),
        # the owner of a noun in a phrase on a verb above the number
        (
            "By Acme Corp's own admission, its annual filings run to more than 300 pages.",
            "300",
            ("possessor", "Acme Corp", "admission"),
        ),
        # the subject of a verb whose clause holds the number, however deep
        (
            "Vera Lind knows that the new bridge across the bay, which opened in May, "
            "carries 40,000 cars a day.",
            "40,000",
            ("weak", "Vera Lind", "knows"),
        ),
    ],
)
def test_owners_and_distant_subjects_are_proposed(extractor, text, number, expected):
    assert expected in _candidates(extractor, text, number)


def test_a_transcript_label_is_proposed_beside_the_sentence_cues(extractor):
    text = "JONES: We built 45 new bridges last year, as the Daily Ledger wrote.\n"
    found = _candidates(extractor, text, "45")
    assert ("transcript", "JONES", ":") in found
    assert found[0][0] == "rule"  # the rules' choice stays first
    assert found[-1] == ("none", None, None)


def test_a_noun_without_an_owner_proposes_no_one(extractor):
    found = _candidates(extractor, "The recommended 3 percent of output is rarely met.", "3")
    assert [origin for origin, *_ in found] == ["none"]


@pytest.mark.parametrize(
    "text",
    [
        "Toyota cut 30 percent of its output in March.",
        "The airline bought 60 jets from Boeing last year.",
    ],
)
def test_a_subject_speaks_for_no_deed_of_its_own(extractor, text):
    found = _candidates(extractor, text, next(w for w in text.split() if w[0].isdigit()))
    assert [origin for origin, *_ in found if origin == "weak"] == []
