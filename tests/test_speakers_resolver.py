"""The speaker resolver (extractor/stages/attribution/speakers.py) on hand-built Docs:
names registered from the article, pronouns and roles resolved against an explicit
history of the speakers found before them."""

from __future__ import annotations

from extractor.schema import Span as TextSpan
from extractor.schema import Speaker
from extractor.stages.attribution.speakers import (
    Resolved,
    Seen,
    SpeakerResolver,
    last_speaker,
    remember,
)

from .test_attribution_cues import build_doc

# General Mark Milley visited Kyiv . He said the top general spoke .
ROWS = [
    ("General", 2, "compound", "PROPN", "General"),
    ("Mark", 2, "compound", "PROPN", "Mark", "PERSON"),
    ("Milley", 3, "nsubj", "PROPN", "Milley", "I-PERSON"),
    ("visited", 3, "ROOT", "VERB", "visit"),
    ("Kyiv", 3, "dobj", "PROPN", "Kyiv", "GPE"),
    (".", 3, "punct", "PUNCT", "."),
    ("He", 7, "nsubj", "PRON", "he"),
    ("said", 7, "ROOT", "VERB", "say"),
    ("the", 10, "det", "DET", "the"),
    ("top", 10, "amod", "ADJ", "top"),
    ("general", 11, "nsubj", "NOUN", "general"),
    ("spoke", 7, "ccomp", "VERB", "speak"),
    (".", 7, "punct", "PUNCT", "."),
]


def resolver_and_doc(resources):
    doc = build_doc(ROWS)
    return SpeakerResolver([doc], resources=resources), doc


def test_names_take_their_fullest_form_without_titles(resources):
    resolver, doc = resolver_and_doc(resources)
    assert [run.text for run in resolver.name_runs(doc)] == ["Mark Milley", "Kyiv"]
    assert resolver.lookup(doc[2:3]) == Resolved("Mark Milley", "person")


def test_a_pronoun_prefers_the_last_speaker_found_before_it(resources):
    resolver, doc = resolver_and_doc(resources)
    he = doc[6:7]
    position = he.start_char
    # No speaker found yet: the last person in subject position.
    assert resolver.resolve(he, position=position) == Resolved("Mark Milley", "person")
    # (A man: "he" agrees with the first name's gender since session 11.)
    earlier = (Seen(0, Resolved("James Doe", "person")),)
    assert resolver.resolve(he, position=position, history=earlier) == Resolved(
        "James Doe", "person"
    )
    # A speaker found after the mention does not count, whatever the order it was found in.
    later = (*earlier, Seen(position + 10, Resolved("John Roe", "person")))
    assert resolver.resolve(he, position=position, history=later) == Resolved("James Doe", "person")
    # A woman found before is no antecedent for "he".
    woman = (Seen(0, Resolved("Jane Doe", "person")),)
    assert resolver.resolve(he, position=position, history=woman) == Resolved(
        "Mark Milley", "person"
    )


def test_a_role_with_the_takes_the_person_titled_so(resources):
    resolver, doc = resolver_and_doc(resources)
    general = doc[8:11]
    resolved = resolver.resolve(general, position=general.start_char)
    assert resolved == Resolved("Mark Milley", "person")


def test_history_remembers_named_speakers_only():
    mention = TextSpan(start_char=4, end_char=6, text="We")
    named = TextSpan(start_char=10, end_char=15, text="Smith")
    we = Speaker(name="We", mention=mention, kind="group")
    smith = Speaker(name="Smith", mention=named, kind="person")
    history = remember((), [we, None, smith])
    assert history == (Seen(10, Resolved("Smith", "person")),)
    assert last_speaker(history, {"person"}, 11) == Resolved("Smith", "person")
    assert last_speaker(history, {"person"}, 10) is None
    assert last_speaker(history, {"group"}, 11) is None


def test_a_transcript_label_is_a_name(resources):
    resolver, _ = resolver_and_doc(resources)
    assert resolver.lookup_words(["MILLEY"]) == Resolved("Mark Milley", "person")
    assert resolver.lookup_words(["RUIZ"]) == Resolved("Ruiz", "person")
