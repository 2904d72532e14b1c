"""Colons as cues: a noun for someone's words before a colon ("Smith made the following
comment: ..."), and a name or document heading a line ("Roe: City Must ...")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...article.offsets import start_char, text_span
from .cue_types import Attribution, CueContext
from .documents import author_inside
from .quotes import opens_quote
from .syntax import first_child, inherited_subject, noun_phrase, subject_of, without_case


def colon_introduction(token: Token, context: CueContext) -> Attribution | None:
    """A colon after a noun for someone's words ("Smith made the following comment:
    “...”", "exemplified by this finding: ...", "the agency's warning: 40 percent ..."):
    what follows is the speaker's, whom ``colon_speaker`` finds from the noun."""
    doc = token.doc
    if token.text != ":" or token.i == token.sent.start:
        return None
    if any(label.end_char == start_char(token) for label in context.labels):
        return None  # a transcript label: the whole paragraph is that speaker's
    noun = doc[token.i - 1]
    nouns = context.resources.colon_nouns
    if noun.pos_ != "NOUN" or noun.lower_ not in nouns and noun.lemma_.lower() not in nouns:
        return None
    mention = colon_speaker(noun, context)
    speaker = context.speaker(mention) if mention is not None else None
    if speaker is None:
        return None
    return Attribution(speaker, text_span(doc[token.i : token.i + 1]), None, "indirect")


def colon_speaker(noun: Token, context: CueContext) -> Span | None:
    """Who said the words a noun before a colon names: the subject of the verb taking it
    ("Smith made the following comment:"), the author inside it ("a statement from the
    agency:"), its owner ("Smith's answer:"), or, for a finding or a report, the noun
    itself ("this finding:"); nobody for a bare "the following comment:"."""
    if noun.dep_ == "dobj":
        subject = subject_of(noun.head, "nsubj") or inherited_subject(noun.head)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN", "PRON"):
            return noun_phrase(subject)
    source = author_inside(noun, context.resolver.name_runs)
    if source is not None:
        return source
    owner = first_child(noun, "poss")
    if owner is not None:
        return without_case(noun_phrase(owner))
    lemma = noun.lemma_.lower()
    if (
        noun.lower_ in context.resources.self_speaking_nouns
        or lemma in context.resources.self_speaking_nouns
    ):
        return noun_phrase(noun)
    return None


def headline_colon(token: Token, context: CueContext) -> Attribution | None:
    """A colon after a name: a headline or transcript line ("Roe: City Must ...")
    where a short name (or a poll, report) starts the sentence, or a name introducing
    a quote ("... - Jane Roe: “One lesson ...”")."""
    sent, doc = token.sent, token.doc
    if token.text != ":" or token.i == sent.start:
        return None
    if any(label.end_char == start_char(token) for label in context.labels):
        return None  # a transcript label: the whole paragraph is that speaker's
    if token.i - sent.start <= 4:
        before = [t for t in doc[sent.start : token.i] if not t.is_punct]
        if not before or any(t.pos_ not in ("PROPN", "NOUN", "DET") for t in before):
            return None
        head = before[-1]
        if head.pos_ != "PROPN" and head.lemma_.lower() not in context.resources.document_nouns:
            return None
        if any(t.lower_ in context.resources.heading_labels for t in before):
            return None  # "Update: ...", "Editor's Note: ...": a heading, not a speaker
        mention = doc[before[0].i : head.i + 1]
    else:
        after = doc[token.i + 1] if token.i + 1 < sent.end else None
        if after is None or not opens_quote(after.text):
            return None
        start = token.i
        while start - 1 >= sent.start and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start == token.i:
            return None
        mention = doc[start : token.i]
    cue = text_span(doc[token.i : token.i + 1])
    return Attribution(context.speaker(mention), cue, None, "indirect")
