"""Transcript labels end to end: a paragraph's "Name:" speaks the numbers in it."""

from __future__ import annotations

import pytest


def speakers(extractor, text):
    return [
        (c.quantity.text, c.speaker.name if c.speaker else None, c.quote)
        for c in extractor(text, published="2022-11-10")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an interview in title-case labels: each speaker speaks their own paragraphs
        (
            "Host: How many shelters did the city open last winter?\n\n"
            "Ana Ruiz: We opened 240 shelters.\n\n"
            "Host: And how many beds were there in all?\n\n"
            "Ana Ruiz: There were about 9,000 beds.",
            [("240", "Ana Ruiz", "direct"), ("about 9,000", "Ana Ruiz", "direct")],
        ),
        # a moderator's question is the moderator's
        (
            "Moss: Tonight we have 90 minutes for six questions.\n\n"
            "Lind: Thank you all for being here tonight.\n\n"
            "Moss: Our first question is about the 12 new schools.",
            [("90 minutes", "Moss", "direct"), ("six", "Moss", "direct"), ("12", "Moss", "direct")],
        ),
    ],
)
def test_title_case_transcript_labels_name_the_speaker(extractor, text, expected):
    assert speakers(extractor, text) == expected


def test_an_update_paragraph_has_no_speaker_update(extractor):
    text = (
        "The council approved 40 new buses on Monday.\n\n"
        "UPDATE: Officials later said 12 of the buses will be electric."
    )
    assert "UPDATE" not in {speaker for _, speaker, _ in speakers(extractor, text)}


@pytest.mark.parametrize("heading", ["Update", "Editor's Note", "CORRECTION"])
def test_a_heading_before_a_colon_is_never_the_speaker(extractor, heading):
    text = f"{heading}: The buses cost $12 million, the council said on Monday."
    assert speakers(extractor, text)[0][1] == "council"
