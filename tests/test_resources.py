"""Resources under models/ load, validate, and fail loudly when missing."""

from __future__ import annotations

from importlib import resources as package_data

import pytest

from extractor.errors import ModelError
from extractor.lexicons import (
    LEXICON_COLUMNS,
    LEXICON_PACKAGE,
    LexiconReader,
    lexicon_bytes,
    read_lexicon_lines,
)
from extractor.resources import build_resources, load_resources


def test_lexicons_load_with_content():
    resources = load_resources()
    assert {"say", "tell", "believe", "suggest", "quote"} <= resources.cue_verbs
    assert "quote" in resources.passive_speaker_cues and "say" not in resources.passive_speaker_cues
    assert {"general", "minister"} <= resources.titles
    assert resources.bound_words[0].words == max((b.words for b in resources.bound_words), key=len)
    assert any(p.starts_list for p in resources.boilerplate)


def test_missing_lexicon_is_an_error():
    with pytest.raises(ModelError, match="missing"):
        read_lexicon_lines("no_such_lexicon.v1.txt")


def _reader_with(name: str, text: str) -> LexiconReader:
    """A reader over the shipped lexicons with one file replaced."""

    def read_bytes(file_name: str) -> bytes:
        if file_name == name:
            return text.encode("utf-8")
        return lexicon_bytes(file_name)

    return LexiconReader(read_bytes)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("cue_verbs.v1.txt", "say\npredict\tpasive-speaker\n", "unknown flag 'pasive-speaker'"),
        ("document_nouns.v1.txt", "report\tspeech_event\n", "unknown flag"),
        ("bound_words.v1.tsv", "about\tapprox\tbefor\n", "unknown flag 'befor'"),
        ("units.v2.tsv", "ppb\n", "needs two tab-separated columns"),
        ("titles.v1.txt", "minister\textra\n", "at most 1"),
        ("titles.v1.txt", "# only a comment\n", "empty"),
    ],
)
def test_malformed_lexicon_is_an_error_at_load_time(name, text, message):
    with pytest.raises(ModelError, match=message):
        build_resources(_reader_with(name, text))


def test_every_shipped_lexicon_is_declared_and_read():
    shipped = {
        entry.name
        for entry in package_data.files(LEXICON_PACKAGE).iterdir()
        if entry.name.endswith((".txt", ".tsv"))
    }
    assert shipped == set(LEXICON_COLUMNS)
    reader = LexiconReader()
    build_resources(reader)
    assert set(reader._rows) == shipped


def test_fingerprint_follows_lexicon_content():
    shipped = load_resources().fingerprint
    assert build_resources(LexiconReader()).fingerprint == shipped
    changed = build_resources(_reader_with("titles.v1.txt", "minister\ngeneral\n"))
    assert changed.fingerprint != shipped
