"""Via: whom a speaker's words reach us through ("told the BBC", "quoted by the BBC",
"in an interview with CNN", "citing sources", a report, an outer speaker)."""

from __future__ import annotations

from typing import NamedTuple

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
                # "in an interview with CNN", "in a statement to the Post": the outlet
                with_ = next((c for c in obj.children if c.lower_ in ("with", "to")), None)
                target = first_child(with_, "pobj") if with_ is not None else None
                if not is_outlet(target, resources):
                    target = None
                return via_from(noun_phrase(target or obj), resolver=resolver)
    occasion = speaking_occasion(cue, resources)
    if occasion is not None and occasion.outlet is not None:
        return via_from(noun_phrase(occasion.outlet), resolver=resolver)
    # "..., citing unnamed sources": the participle may hang off the reported clause.
    for token in cue.subtree:
        if token.lemma_.lower() == "cite" and token.pos_ == "VERB" and token.i != cue.i:
            obj = first_child(token, "dobj")
            if obj is not None:
                return via_from(noun_phrase(obj), resolver=resolver)
    return None


class Occasion(NamedTuple):
    """An occasion of speaking beside a verb ("in an interview with the Post", "speaking
    to Reuters"): its word, and the outlet spoken to when it names one."""

    token: Token
    outlet: Token | None


def speaking_occasion(verb: Token, resources: Resources) -> Occasion | None:
    """The occasion of speaking set beside a verb or its subject, which makes the verb
    report what the subject said ("Smith, in an interview with the Post, called it a $5
    billion mistake"; "Jones, speaking to Reuters on Monday, put the cost at $3
    million"); an audience ("speaking to reporters") is no outlet."""
    subject = first_child(verb, "nsubj")
    around = [*verb.children, *(subject.children if subject is not None else ())]
    for token in around:
        occasion = _interview(token, resources) or _speaking(token, resources)
        if occasion is not None:
            outlet = occasion.outlet
            return Occasion(occasion.token, outlet if is_outlet(outlet, resources) else None)
    return None


def is_outlet(noun: Token | None, resources: Resources) -> bool:
    """A noun that can be an outlet spoken to: not an audience ("reporters") or a crowd
    counted ("a speech to more than 3,000 people")."""
    return (
        noun is not None
        and noun.lemma_.lower() not in resources.audience_nouns
        and not any(child.dep_ == "nummod" or child.like_num for child in noun.children)
    )


def _interview(prep: Token, resources: Resources) -> Occasion | None:
    """ "in an interview with the Post", "in a statement to CNN", "during a speech" ("at
    a news conference" is a place where others may speak too)."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
        return None
    noun = first_child(prep, "pobj")
    if noun is None or noun.lemma_.lower() not in resources.speech_event_nouns:
        return None
    target = next(
        (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "to")), None
    )
    return Occasion(noun, first_child(target, "pobj"))


def _speaking(participle: Token, resources: Resources) -> Occasion | None:
    """ "speaking to Reuters", "talking with CNN", "writing in the Journal"."""
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "acl"):
        return None
    prepositions = resources.speaking_verbs.get(participle.lemma_.lower())
    if prepositions is None:
        return None
    prep = next(
        (c for c in participle.children if c.dep_ == "prep" and c.lower_ in prepositions), None
    )
    return Occasion(participle, first_child(prep, "pobj")) if prep is not None else None


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
