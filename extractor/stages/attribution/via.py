"""Via: whom a speaker's words reach us through ("told the BBC", "quoted by the BBC",
"in an interview with CNN", "citing sources", a report, an outer speaker)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...article.offsets import text_span
from ...resources import Resources
from ...schema import Speaker, Via
from ...text.names import strip_article
from .speakers import SpeakerResolver
from .syntax import first_child, noun_phrase


def find_via(
    cue: Token, *, passive: bool, resources: Resources, resolver: SpeakerResolver
) -> Via | None:
    """ "told the BBC", "quoted by the BBC", "in an interview with CNN", "citing sources"."""
    lemma = cue.lemma_.lower()
    if passive and lemma in resources.passive_speaker_cues:
        agent = first_child(cue, "agent")
        obj = first_child(agent, "pobj") if agent is not None else None
        if obj is not None:
            return via_from(noun_phrase(obj), resolver=resolver)
    if lemma == "tell":
        obj = first_child(cue, "dobj") or first_child(cue, "dative")
        if (
            obj is not None
            and obj.pos_ != "PRON"
            and obj.lemma_.lower() not in resources.audience_nouns
        ):
            return via_from(noun_phrase(obj), resolver=resolver)
    if lemma == "cite":
        # "The mayor cited a Globe report that ...": the report is how the words reach us.
        obj = first_child(cue, "dobj")
        if obj is not None and obj.lemma_.lower() in resources.document_nouns:
            return via_from(noun_phrase(obj), resolver=resolver)
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "during"):
            obj = first_child(child, "pobj")
            if obj is not None and obj.lemma_.lower() in resources.document_nouns:
                with_ = next((c for c in obj.children if c.lower_ == "with"), None)
                target = first_child(with_, "pobj") if with_ is not None else None
                return via_from(noun_phrase(target or obj), resolver=resolver)
    # "..., citing unnamed sources": the participle may hang off the reported clause.
    for token in cue.subtree:
        if token.lemma_.lower() == "cite" and token.pos_ == "VERB" and token.i != cue.i:
            obj = first_child(token, "dobj")
            if obj is not None:
                return via_from(noun_phrase(obj), resolver=resolver)
    return None


def via_from(phrase: Span, *, resolver: SpeakerResolver) -> Via:
    """The via a phrase names: "the latest update", not "... from Moscow"; a proper name
    as the article names it most fully."""
    phrase = phrase.doc[phrase.start : phrase.root.i + 1]
    runs = resolver.name_runs(phrase)
    name = (
        resolver.lookup(runs[-1]).name
        if runs and phrase.root.pos_ == "PROPN"
        else strip_article(phrase.text)
    )
    span = text_span(phrase)
    return Via(name=name, start_char=span.start_char, end_char=span.end_char, text=span.text)


def via_speaker(speaker: Speaker) -> Via:
    """An outer speaker as the via of the words they report ("“Then Jones said that
    90,000 would be accepted,” Smith said": via Smith)."""
    mention = speaker.mention
    return Via(
        name=speaker.name,
        start_char=mention.start_char,
        end_char=mention.end_char,
        text=mention.text,
    )
