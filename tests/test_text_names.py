"""Name normalisation (extractor/text/names.py): articles, possessives, titles, punctuation."""

from __future__ import annotations

import pytest

from extractor.text.names import display_name, name_key, strip_article, strip_name, without_article

from .test_attribution_cues import build_doc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Associated Press", "Associated Press"),
        ("The  U.S. Army", "U.S. Army"),
        ("a the", "a the"),  # nothing but articles: kept as written
        ("Reuters", "Reuters"),
    ],
)
def test_strip_article(text, expected):
    assert strip_article(text) == expected


def test_without_article_keeps_inner_spacing_and_drops_edge_punctuation():
    doc = build_doc(
        [
            ("the", 1, "det", "DET", "the"),
            ("country", 1, "ROOT", "NOUN", "country"),
            (",", 1, "punct", "PUNCT", ","),
        ]
    )
    assert without_article(doc[0:3]) == "country"


def test_strip_name_drops_titles_articles_and_possessives():
    doc = build_doc(
        [
            ("Defense", 3, "compound", "PROPN", "Defense"),
            ("Secretary", 3, "compound", "PROPN", "Secretary"),
            ("Lloyd", 3, "compound", "PROPN", "Lloyd", "PERSON"),
            ("Austin", 3, "ROOT", "PROPN", "Austin", "I-PERSON"),
            ("'s", 3, "case", "PART", "'s"),
        ]
    )
    titles = frozenset({"defense", "secretary"})
    assert strip_name(doc[0:5], titles=titles).text == "Lloyd Austin"
    assert strip_name(doc[1:2], titles=titles) is None  # a title alone is a role


def test_keys_and_display_forms():
    assert name_key(["Mark", "Milley"]) == name_key(["MILLEY"]) == "milley"
    assert display_name(["RUIZ"]) == "Ruiz"
    assert display_name(["McCain"]) == "McCain"
