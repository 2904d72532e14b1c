"""Lexicons under models/ load, validate, and fail loudly when missing."""

from __future__ import annotations

import pytest

from extractor.errors import ModelError
from extractor.resources import load_lexicons, read_lexicon_lines


def test_lexicons_load_with_content():
    lexicons = load_lexicons()
    assert {"say", "tell", "believe", "suggest", "quote"} <= lexicons.cue_verbs
    assert "quote" in lexicons.passive_speaker_cues and "say" not in lexicons.passive_speaker_cues
    assert {"general", "minister"} <= lexicons.titles
    assert lexicons.bound_words[0].words == max((b.words for b in lexicons.bound_words), key=len)
    assert any(p.starts_list for p in lexicons.boilerplate)


def test_missing_lexicon_is_an_error():
    with pytest.raises(ModelError, match="missing"):
        read_lexicon_lines("no_such_lexicon.v1.txt")
