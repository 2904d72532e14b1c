"""Cue rules (extractor/stages/attribution/cues.py) on hand-built Docs: words with the
heads, labels and tags a parser would give them, so a test of a rule does not also test
the parser."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from extractor.stages.attribution.cues import CueContext, find_cues, find_sentence_cues
from extractor.stages.attribution.speakers import SpeakerResolver

_VOCAB = spacy.blank("en").vocab


def build_doc(rows: list[tuple[str, ...]]) -> Doc:
    """A Doc from ``(word, head, dep, pos, lemma[, entity[, tag]])`` rows: ``head`` is the
    index of the head token, ``entity`` an entity label ("PERSON", "I-PERSON" to carry the
    entity before on) or "" for none."""
    return Doc(
        _VOCAB,
        words=[row[0] for row in rows],
        heads=[row[1] for row in rows],
        deps=[row[2] for row in rows],
        pos=[row[3] for row in rows],
        lemmas=[row[4] for row in rows],
        tags=[row[6] if len(row) > 6 else "" for row in rows],
        ents=[_iob(row[5] if len(row) > 5 else "") for row in rows],
    )


def _iob(entity: str) -> str:
    """ "PERSON" starts a one-token entity, "I-PERSON" carries one on, "" is none."""
    if not entity:
        return "O"
    return entity if entity.startswith(("B-", "I-")) else f"B-{entity}"


def cues_of(doc: Doc, resources) -> list[tuple[str, str | None, str | None, str | None]]:
    """(cue text, speaker name, speaker mention, via name) for every cue of the Doc."""
    context = CueContext(resources=resources, resolver=SpeakerResolver([doc], resources=resources))
    found = []
    for sent in doc.sents:
        for _, attribution in find_cues(sent, context):
            speaker, via = attribution.speaker, attribution.via
            found.append(
                (
                    attribution.cue.text,
                    speaker.name if speaker else None,
                    speaker.mention.text if speaker else None,
                    via.name if via else None,
                )
            )
    return found


SAID_THAT = [  # Smith said that 40 people died .
    ("Smith", 1, "nsubj", "PROPN", "Smith", "PERSON"),
    ("said", 1, "ROOT", "VERB", "say"),
    ("that", 5, "mark", "SCONJ", "that"),
    ("40", 4, "nummod", "NUM", "40", "CARDINAL"),
    ("people", 5, "nsubj", "NOUN", "people"),
    ("died", 1, "ccomp", "VERB", "die"),
    (".", 1, "punct", "PUNCT", "."),
]
ACCORDING_TO = [  # 40 people died , according to the ministry .
    ("40", 1, "nummod", "NUM", "40", "CARDINAL"),
    ("people", 2, "nsubj", "NOUN", "people"),
    ("died", 2, "ROOT", "VERB", "die"),
    (",", 2, "punct", "PUNCT", ","),
    ("according", 2, "prep", "VERB", "accord"),
    ("to", 4, "prep", "ADP", "to"),
    ("the", 7, "det", "DET", "the"),
    ("ministry", 5, "pobj", "NOUN", "ministry"),
    (".", 2, "punct", "PUNCT", "."),
]
QUOTED_BY = [  # 40 died , Milley was quoted by the BBC as saying .
    ("40", 1, "nsubj", "NUM", "40", "CARDINAL"),
    ("died", 5, "ccomp", "VERB", "die"),
    (",", 5, "punct", "PUNCT", ","),
    ("Milley", 5, "nsubjpass", "PROPN", "Milley", "PERSON"),
    ("was", 5, "auxpass", "AUX", "be"),
    ("quoted", 5, "ROOT", "VERB", "quote"),
    ("by", 5, "agent", "ADP", "by"),
    ("the", 8, "det", "DET", "the"),
    ("BBC", 6, "pobj", "PROPN", "BBC", "ORG"),
    ("as", 5, "prep", "ADP", "as"),
    ("saying", 9, "pcomp", "VERB", "say"),
    (".", 5, "punct", "PUNCT", "."),
]
ESTIMATED = [  # 40 soldiers are estimated to have died .
    ("40", 1, "nummod", "NUM", "40", "CARDINAL"),
    ("soldiers", 3, "nsubjpass", "NOUN", "soldier"),
    ("are", 3, "auxpass", "AUX", "be"),
    ("estimated", 3, "ROOT", "VERB", "estimate"),
    ("to", 6, "aux", "PART", "to"),
    ("have", 6, "aux", "AUX", "have"),
    ("died", 3, "xcomp", "VERB", "die"),
    (".", 3, "punct", "PUNCT", "."),
]
RESPONDENTS = [  # 52 percent said they voted .
    ("52", 1, "nummod", "NUM", "52", "PERCENT"),
    ("percent", 2, "nsubj", "NOUN", "percent"),
    ("said", 2, "ROOT", "VERB", "say"),
    ("they", 4, "nsubj", "PRON", "they"),
    ("voted", 2, "ccomp", "VERB", "vote"),
    (".", 2, "punct", "PUNCT", "."),
]
IN_A_POLL = [  # In a CNN poll , she led by 40 points .
    ("In", 6, "prep", "ADP", "in"),
    ("a", 3, "det", "DET", "a"),
    ("CNN", 3, "compound", "PROPN", "CNN", "ORG"),
    ("poll", 0, "pobj", "NOUN", "poll"),
    (",", 6, "punct", "PUNCT", ","),
    ("she", 6, "nsubj", "PRON", "she"),
    ("led", 6, "ROOT", "VERB", "lead"),
    ("by", 6, "prep", "ADP", "by"),
    ("40", 9, "nummod", "NUM", "40", "CARDINAL"),
    ("points", 7, "pobj", "NOUN", "point"),
    (".", 6, "punct", "PUNCT", "."),
]
HER_PLAN = [  # Smith 's plan would cap it at 28 percent .
    ("Smith", 2, "poss", "PROPN", "Smith", "PERSON"),
    ("'s", 0, "case", "PART", "'s"),
    ("plan", 4, "nsubj", "NOUN", "plan"),
    ("would", 4, "aux", "AUX", "would"),
    ("cap", 4, "ROOT", "VERB", "cap"),
    ("it", 4, "dobj", "PRON", "it"),
    ("at", 4, "prep", "ADP", "at"),
    ("28", 8, "nummod", "NUM", "28", "PERCENT"),
    ("percent", 6, "pobj", "NOUN", "percent"),
    (".", 4, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # "X said that ...": the subject of a cue verb speaks
        (SAID_THAT, [("said", "Smith", "Smith", None)]),
        # "according to X": X speaks, whatever the parse of the clause before
        (ACCORDING_TO, [("according to", "ministry", "the ministry", None)]),
        # a passive "was quoted by Y as saying": the subject speaks, through Y
        (QUOTED_BY, [("was quoted by the BBC as saying", "Milley", "Milley", "BBC")]),
        # a passive with no agent has no speaker: the article asserts it
        (ESTIMATED, []),
        # poll respondents are not speakers
        (RESPONDENTS, []),
        # "in a CNN poll": the poll's author speaks, through the poll
        (IN_A_POLL, [("In", "CNN", "CNN", "CNN poll")]),
        # a proposal with an owner speaks for its owner
        (HER_PLAN, [("plan", "Smith", "Smith", None)]),
    ],
)
def test_cue_rules(resources, rows, expected):
    assert cues_of(build_doc(rows), resources) == expected


def test_a_pronoun_takes_the_speaker_found_before_it(resources):
    """ "He" after "Smith said" is Smith: the sentences' cues are found in order, each
    sentence's speakers remembered for the next."""
    rows = [
        *SAID_THAT,
        ("He", 8, "nsubj", "PRON", "he"),
        ("added", 8, "ROOT", "VERB", "add"),
        (".", 8, "punct", "PUNCT", "."),
    ]
    doc = build_doc(rows)
    context = CueContext(resources=resources, resolver=SpeakerResolver([doc], resources=resources))
    found = find_sentence_cues(doc.sents, context)
    speakers = [[cue.attribution.speaker.name for cue in sent_cues.cues] for sent_cues in found]
    assert speakers == [["Smith"], ["Smith"]]
    assert found[1].cues[0].attribution.speaker.mention.text == "He"


def test_finding_cues_writes_nothing(resources):
    """Finding a sentence's cues twice gives the same cues and leaves the context as it was."""
    doc = build_doc(SAID_THAT)
    context = CueContext(resources=resources, resolver=SpeakerResolver([doc], resources=resources))
    sent = next(doc.sents)
    first = find_cues(sent, context)
    assert find_cues(sent, context) == first
    assert context.history == ()
