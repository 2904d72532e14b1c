"""Cues: the words that attribute a sentence's numbers to a speaker, found once per
sentence, in article order.

Reported speech through the dependency parse ("X said that ...", "X believes that ...",
"X was quoted by Y as saying", trailing "..., Milley suggested."); "according to X" by
its surface form; documents ("in an ABC poll", "a Reuters report that ..."), proposals
("her plan would cap ...") and headline colons ("Roe: City Must ..."). Cue verbs are a
lexicon (``models/lexicons/cue_verbs.v1.txt``).

Finding is pure: ``find_cues`` returns a sentence's cues and writes nothing. The only
order-dependent part, pronouns that resolve to the speakers before them, is computed by
``find_sentence_cues`` in article order, the history passed forward explicitly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from ...article.offsets import text_span
from ...resources import Resources
from ...schema import Span as TextSpan
from .colons import colon_introduction, headline_colon
from .cue_types import Attribution, Cue, CueContext, SentenceCues
from .documents import author_inside
from .proposals import revising_subject
from .speakers import SpeakerResolver, remember
from .syntax import (
    antecedent,
    first_child,
    has_object,
    has_particle,
    inherited_subject,
    is_infinitive,
    is_passive,
    modifies_noun,
    named_apposition,
    noun_left_of,
    noun_phrase,
    noun_right_of,
    subject_of,
    used_as_noun,
    without_case,
)
from .via import find_via, speaking_occasion, via_from


def find_sentence_cues(sents: Iterable[Span], context: CueContext) -> list[SentenceCues]:
    """Every sentence's cues, in article order: first find a sentence's cues, then
    remember its speakers for the pronouns and roles of the sentences after it."""
    found = []
    for sent in sents:
        cues = find_cues(sent, context)
        found.append(SentenceCues(sent, cues))
        context = replace(
            context, history=remember(context.history, (c.attribution.speaker for c in cues))
        )
    return found


def find_cues(sent: Span, context: CueContext) -> list[Cue]:
    """Every cue in a sentence, in token order; a cue's speaker counts as found before
    the cues after it in the sentence ("Smith said ..., and he added ...")."""
    found = []
    for token in sent:
        attribution = find_cue(token, context)
        if attribution is not None:
            found.append(Cue(token, attribution))
            context = replace(context, history=remember(context.history, [attribution.speaker]))
    return found


def find_cue(token: Token, context: CueContext) -> Attribution | None:
    """The attribution a token makes as a cue, if it is one."""
    return (
        verb_cue(token, context)
        or occasion_cue(token, context)
        or according_to(token, context)
        or in_document(token, context)
        or colon_introduction(token, context)
        or headline_colon(token, context)
        or nominal_cue(token, context)
        or proposal_cue(token, context)
    )


def verb_cue(token: Token, context: CueContext) -> Attribution | None:
    """A verb of saying or believing with its speaker: "X said that ...", "X was quoted
    by Y as saying", "..., X suggested."."""
    resources = context.resources
    lemma = resources.verb_lemma(token)
    if lemma not in resources.cue_verbs:
        return None
    if token.pos_ not in ("VERB", "AUX") and not taken_for_noun(token):
        return None
    if used_as_noun(token):
        return None  # "raised its growth forecast"
    if modifies_noun(token) and token.head.lemma_.lower() not in resources.document_nouns:
        return None  # "workers reporting tips"; "a poll showing her at 14 percent" reports
    if lemma in resources.clause_only_cues and has_object(token) and noun_right_of(token) is None:
        return None  # "“...,” added a South Carolina Democrat": the object is the speaker
    needed = resources.cue_needs.get(lemma)
    judging = needed is not None and not has_particle(token, needed)
    if judging and not judges_as(token):
        return None  # "called for a 28 percent rate", not "called him at 9"
    if under_respondents(token, resources):
        return None  # "52 percent said they believe ...": still the poll's answers
    if is_negated(token) and lemma not in resources.neg_raising_cues:
        return None  # "the call did not mention that he backed a $1.9 billion plan"
    passive = is_passive(token)
    found = _verb_speaker(token, lemma=lemma, passive=passive, resources=resources)
    if found is None:
        return None
    mention, refers_to = found
    speaker = context.speaker(mention, refers_to=refers_to)
    via = find_via(token, passive=passive, resources=resources, resolver=context.resolver)
    scope = judged(token) if judging else None
    return Attribution(speaker, cue_span(token, passive, resources), via, "indirect", scope)


def occasion_cue(verb: Token, context: CueContext) -> Attribution | None:
    """Any verb with an occasion of speaking to an outlet beside it reports what its
    subject said: "Smith, in an interview with the Post, called it a $5 billion mistake"
    (Smith, via the Post), "Jones, speaking to Reuters, put the cost at $3 million"
    (``via.py``)."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj", "ccomp") or is_passive(verb):
        return None
    subject = subject_of(verb, "nsubj")
    if subject is None or is_negated(verb):
        return None
    occasion = speaking_occasion(verb, context.resources)
    if occasion is None or occasion.outlet is None:
        return None  # "during a campaign speech to 3,000 people, Smith drew ...": a deed
    resolver = context.resolver
    via = find_via(verb, passive=False, resources=context.resources, resolver=resolver)
    speaker = context.speaker(noun_phrase(subject))
    return Attribution(speaker, cue_span(verb, False, context.resources), via, "indirect")


def judges_as(verb: Token) -> bool:
    """A subject calling something by a judgement: "Smith called it a $5 billion
    mistake", "she called half of his supporters deplorables" (an object predicate; PolNeAR
    train and dev mark "called" as the cue), not "a program called EB-5" (no subject of
    its own)."""
    children = {child.dep_ for child in verb.children}
    if verb.dep_ not in ("ROOT", "conj") or any(child.lower_ == "what" for child in verb.children):
        return False  # "under what Mr. Hedge called “the prior model”": a phrase, not a claim
    return "oprd" in children and "nsubj" in children


def judged(verb: Token) -> TextSpan:
    """What a judging verb judges, its object and predicate ("it a $5 billion mistake"):
    the numbers it speaks for; "Fifteen minutes after ..., Podesta called him “extreme”"
    does not put the fifteen minutes in Podesta's mouth (PolNeAR train)."""
    parts = [child for child in verb.children if child.dep_ in ("dobj", "oprd")]
    start = min(part.left_edge.i for part in parts)
    end = max(part.right_edge.i for part in parts) + 1
    return text_span(verb.doc[start:end])


def is_negated(verb: Token) -> bool:
    """A verb with its own negation ("did not say", "never mentioned")."""
    return any(child.dep_ == "neg" for child in verb.children)


def taken_for_noun(token: Token) -> bool:
    """A verb the tagger took for a noun though the parse gives it a subject and a clause
    ("documents from his tax return show he took a loss": "show" as NOUN), or though
    its place does (``read_as_plural``)."""
    if token.pos_ != "NOUN":
        return False
    return {"nsubj", "ccomp"} <= {c.dep_ for c in token.children} or read_as_plural(token)


def read_as_plural(token: Token) -> bool:
    """A present-tense verb the tagger read as a plural noun: "Trump claims he's worth $10
    billion", "The Sanders campaign projects that ... would raise $75 billion", "Trump
    charges that ..." (PolNeAR train and dev). The place tells: a singular noun right
    before it (its subject, agreeing with the "-s"), a clause right after it ("that" or a
    subject pronoun); "his claims", "the charges", "two projects" have no noun before them,
    and "claims that were rejected" opens a relative clause, not a "that" of speech."""
    doc, sent = token.doc, token.sent
    if token.tag_ != "NNS" or not token.lower_.endswith("s") or token.dep_ in ("pobj", "conj"):
        return False
    if token.i == sent.start or token.i + 1 >= sent.end:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    opens_clause = (
        after.lower_ == "that"
        and after.dep_ == "mark"
        or after.tag_ == "PRP"
        and after.dep_ in ("nsubj", "nsubjpass")
    )
    return opens_clause and before.tag_ in ("NN", "NNP")


def _verb_speaker(
    verb: Token, *, lemma: str, passive: bool, resources: Resources
) -> tuple[Span, Span | None] | None:
    """The speaker mention of a cue verb, and the phrase it stands for when it is a
    relative pronoun; None when the verb has no speaker."""
    relative = None
    if passive and lemma not in resources.passive_speaker_cues:
        # "are estimated to have been killed": no agent, no speaker (the article asserts it).
        agent = first_child(verb, "agent")
        subject = first_child(agent, "pobj") if agent is not None else None
        if subject is None:
            return None
    else:
        subject = subject_of(verb, "nsubjpass" if passive else "nsubj") or inherited_subject(verb)
        if subject is not None and subject.tag_ in ("WP", "WDT") and subject.lower_ != "what":
            # "Milley, who ..., said": the speaker is the relative's antecedent, and the
            # mention is the relative pronoun itself, as "he" is for a pronoun.
            relative, subject = subject, antecedent(subject)
    if subject is not None and is_respondents(subject, resources):
        return None
    named = (
        named_apposition(subject, verb)
        if subject is not None
        and relative is None
        and subject.lemma_.lower() not in resources.document_nouns
        else None
    )
    if named is not None:
        # "One pastor supporting him, Jo Roe of Hope Church, said": the name speaks.
        mention = named.doc[named.left_edge.i : named.i + 1]
    elif subject is None and is_infinitive(verb):
        return None  # "to say", "to demand": whose words, the verb it completes tells
    elif subject is None:
        # A speaker after the quote or a trailing attribution, which the parse missed.
        mention = noun_right_of(verb) or noun_left_of(verb)
    elif relative is not None:
        mention = relative.doc[relative.i : relative.i + 1]
    else:
        mention = noun_phrase(subject)
    if mention is None:
        return None
    refers_to = noun_phrase(subject) if relative is not None and subject is not None else None
    return mention, refers_to


def cue_span(verb: Token, passive: bool, resources: Resources) -> TextSpan:
    """The cue as written: "had said", "was quoted by the BBC as saying"."""
    start = min(
        [verb.i]
        + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    )
    end = verb.i + 1
    if passive and verb.lemma_.lower() in resources.passive_speaker_cues:
        as_prep = next((c for c in verb.rights if c.lower_ == "as"), None)
        if as_prep is not None:
            end = as_prep.right_edge.i + 1
    return text_span(verb.doc[start:end])


def is_respondents(subject: Token, resources: Resources) -> bool:
    """A share of surveyed people as the subject ("52 percent said", "six in 10 say"):
    they answer a poll, they are not the source of its numbers."""
    if {subject.lower_, subject.lemma_.lower()} & resources.proportion_nouns:
        return True
    # "six in 10 said", "three out of four say"; "the two said" is two people speaking.
    return subject.like_num and any(child.lower_ in ("in", "out") for child in subject.children)


def under_respondents(cue: Token, resources: Resources) -> bool:
    """Whether a cue lies inside what poll respondents said ("64 percent said they wanted
    the next mayor to keep ..."); "70 percent dislike the plan, the survey found" is the
    survey's finding."""
    for verb in cue.ancestors:
        if verb.i > cue.i or resources.verb_lemma(verb) not in resources.cue_verbs:
            continue  # what respondents said follows their verb
        subject = first_child(verb, "nsubj")
        if subject is not None and is_respondents(subject, resources):
            return True
    return False


@lru_cache(maxsize=8)
def _phrase_starts(resources: Resources) -> frozenset[str]:
    return frozenset(phrase[0] for phrase in resources.cue_phrases)


def is_cue_phrase(attribution: Attribution, resources: Resources) -> bool:
    """An attribution made by a cue phrase ("according to X"), not a verb or document."""
    cue = attribution.cue
    return cue is not None and tuple(cue.text.lower().split()) in resources.cue_phrases


def according_to(token: Token, context: CueContext) -> Attribution | None:
    """ "according to X" (and the other cue phrases): X is the speaker, or, when X is a
    document ("a Reuters report"), the via, with the source inside it as speaker."""
    resources = context.resources
    if token.lower_ not in _phrase_starts(resources):
        return None
    doc = token.doc
    for phrase in resources.cue_phrases:
        end = token.i + len(phrase)
        if end > len(doc) or tuple(t.lower_ for t in doc[token.i : end]) != phrase:
            continue
        obj = first_child(doc[end - 1], "pobj")
        if obj is None:
            continue
        cue = text_span(doc[token.i : end])
        if obj.lemma_.lower() in resources.document_nouns:
            return document_attribution(obj, cue, context)
        return Attribution(context.speaker(noun_phrase(obj)), cue, None, "indirect")
    return None


def in_document(token: Token, context: CueContext) -> Attribution | None:
    """ "In an ABC poll, she led 57 percent to 31 percent": a poll, survey or report
    introduced by "in" attributes the sentence to it (PolNeAR train: polls as sources);
    so does "by" ("by the AP's tally, he has 739", "by one estimate"), unless it is a
    passive's agent ("was rejected by the review": a deed, not a claim)."""
    if token.lower_ not in ("in", "by") or token.dep_ != "prep":
        return None
    obj = first_child(token, "pobj")
    if obj is None or obj.lemma_.lower() not in context.resources.document_nouns:
        return None
    return document_attribution(obj, text_span(token.doc[token.i : token.i + 1]), context)


def document_attribution(document: Token, cue: TextSpan, context: CueContext) -> Attribution | None:
    """A document as the source: the author inside it is the speaker ("a count by The
    Associated Press" -> AP, via the count); without one the document itself speaks
    ("according to exit polls": PolNeAR train), unless it is a speech event ("in a
    statement"), which has a speaker but is not one."""
    phrase = noun_phrase(document)
    source = source_inside(document, context.resolver)
    if source is None and document.lemma_.lower() in context.resources.speech_event_nouns:
        return None
    speaker = context.speaker(source if source is not None else phrase)
    if speaker is None and source is not None:
        speaker = context.speaker(phrase)  # an unresolved owner: the document speaks
    return Attribution(speaker, cue, via_from(phrase, resolver=context.resolver), "indirect")


def source_inside(document: Token, resolver: SpeakerResolver) -> Span | None:
    """The source inside a document phrase (``documents.author_inside``)."""
    return author_inside(document, resolver.name_runs)


def nominal_cue(token: Token, context: CueContext) -> Attribution | None:
    """ "a Boston Globe report that the city lost $40 million": a document
    noun with a that-clause speaks through its author (PolNeAR dev: reports, polls)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in context.resources.document_nouns:
        return None
    clause = next(
        (
            c
            for c in token.children
            if c.dep_ in ("acl", "ccomp", "relcl") and first_child(c, "mark") is not None
        ),
        None,
    )
    if clause is None or first_child(clause, "mark").lower_ != "that":
        return None
    source = source_inside(token, context.resolver)
    if source is None:
        return None
    return Attribution(
        context.speaker(source),
        text_span(token.doc[token.i : token.i + 1]),
        via_from(noun_phrase(token), resolver=context.resolver),
        "indirect",
    )


def is_proposal(token: Token, resources: Resources) -> bool:
    """A proposal or claim noun ("plan", "forecast"), which speaks only for its own
    clause; also one the tagger took for a participle ("its growth forecast"), not a
    verb it took for a plural noun ("Trump claims he's worth ...": ``read_as_plural``)."""
    return (
        (token.pos_ == "NOUN" or used_as_noun(token))
        and (
            token.lemma_.lower() in resources.proposal_nouns
            or token.lower_ in resources.proposal_nouns
        )
        and not read_as_plural(token)
    )


def proposal_cue(token: Token, context: CueContext) -> Attribution | None:
    """ "Smith's plan would cap the rate at 28 percent", "under her proposal", "Acme
    raised its forecast to 40,000 cars": a proposal with an owner puts its numbers in the
    owner's mouth (``proposals.py``)."""
    if not is_proposal(token, context.resources):
        return None
    owner = first_child(token, "poss")
    if owner is None:
        return None
    mention = revising_subject(token)
    if mention is None:
        if owner.lower_ in ("its", "their") and owner.pos_ == "PRON":
            return None
        mention = without_case(noun_phrase(owner))
    speaker = context.speaker(mention)
    return Attribution(speaker, text_span(token.doc[token.i : token.i + 1]), None, "indirect")
