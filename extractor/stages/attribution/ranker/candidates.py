"""Candidate speakers of one number, proposed by rule, each with the features the ranker
reads.

The rules (``attribute.py``) pick one attribution; the candidates are that choice and
every other one the rules could have made: each cue of the number's sentence, the quote's
speaker, the block quote carried on, the cues of the two sentences before and the one
after (PolNeAR Contents run over sentences: "The poll found ... . It also showed 45
percent ..."), the label of a transcript paragraph ("SMITH: ..."), the subjects of the
verbs above the number ("weak": "Clinton wants to sign up 5 million"), the owners of the
nouns the number hangs from ("possessor": "by her own estimate", "the alliance's
recommended 2 percent") and "no speaker" (the article asserts the number). A document
that speaks for itself ("a new survey found") is a cue's speaker like any other, its
mention kind ``document``.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ....article.offsets import start_char, text_span
from ....schema import Speaker
from ..cue_types import NO_ATTRIBUTION, Attribution
from ..cues import is_negated, is_respondents, under_respondents
from ..quotes import quote_at
from ..syntax import first_child, inherited_subject, noun_phrase, subject_of, without_case
from .features import attribution_features, none_features

if TYPE_CHECKING:
    from ..attribute import Attributions

# How many verbs above the number may propose their subject (or the owner of a noun) as
# a weak candidate, however many nouns and prepositions lie between: PolNeAR's Contents
# often hang far below their cue ("X rated 32% of claims as false, compared to 11% ...,
# a 3 to 1 margin").
WEAK_VERBS = 4
# A weak subject speaks only for a clause it holds ("Trump charges that countries donated
# millions", "she knows it costs $5"), never for its own deeds ("Toyota cut 30% of its
# output", "the airline bought 60 jets"): CLAIM-SPEC gives a speaker only where the text
# attributes the number (Wikinews set), though PolNeAR also counts deeds.
WEAK_CLAUSE_DEPS = frozenset({"ccomp"})
# How far a cue of another sentence may be: two sentences before, one after.
SENTENCES_BEFORE = 2
SENTENCES_AFTER = 1


@dataclass(frozen=True)
class Candidate:
    """One possible attribution of a number, where the rules found it, and its features."""

    attribution: Attribution
    origin: str  # rule | cue | quote | carried | transcript | before | after | weak
    # | possessor | none
    features: dict[str, float]


def _key(attribution: Attribution) -> tuple:
    """Who and by which cue: the same speaker and cue proposed twice, once as a direct
    quote and once as reported speech, are one candidate, the first proposed (the rules'
    own choice first). Whether a number is quoted is settled by the quote regions, and
    PolNeAR, which trains the ranker, does not label it."""
    speaker = attribution.speaker
    return (
        speaker.mention.start_char if speaker else None,
        speaker.name if speaker else None,
        attribution.cue.start_char if attribution.cue else None,
    )


def find_candidates(attributions: Attributions, token: Token, rule: Attribution) -> list[Candidate]:
    """Every attribution the rules propose for the number whose root is ``token``, the
    rules' own choice first, "no speaker" last; duplicates kept once (first origin)."""
    position = start_char(token)
    quote_index = quote_at(attributions.quotes, position)
    sent_index = attributions.index[start_char(token.sent)]
    proposed: list[tuple[Attribution, str, Token | None, int]] = []
    if rule.speaker is not None:
        proposed.append((rule, "rule", _cue_token(attributions, rule, sent_index), 0))
    for cue in attributions.sentences[sent_index].cues:
        proposed.append((cue.attribution, "cue", cue.token, 0))
    if quote_index is not None:
        quoted = attributions.quote_speakers[quote_index]
        if quoted is not None and quoted.speaker is not None:
            direct = Attribution(quoted.speaker, quoted.cue, quoted.via, "direct")
            proposed.append((direct, "quote", None, 0))
    carried = attributions.carried[sent_index]
    if carried is not None and carried.speaker is not None:
        proposed.append((carried, "carried", None, 0))
    transcript = attributions.transcript(position)
    if transcript is not None:
        proposed.append((transcript, "transcript", None, 0))
    near = [*range(-1, -SENTENCES_BEFORE - 1, -1), *range(1, SENTENCES_AFTER + 1)]
    if _in_quoted_phrase(attributions, token, quote_index):
        near = []  # 'Rubio defended the "40 percent" rule.': the sentence's own words
    for offset in near:
        other = sent_index + offset
        if not 0 <= other < len(attributions.sentences):
            continue
        for cue in attributions.sentences[other].cues:
            origin = "before" if offset < 0 else "after"
            proposed.append((cue.attribution, origin, cue.token, offset))
    for verb, attribution in _weak(attributions, token, sent_index):
        proposed.append((attribution, "weak", verb, 0))
    for noun, attribution in _possessors(attributions, token, sent_index):
        proposed.append((attribution, "possessor", noun, 0))
    seen: set[tuple] = set()
    candidates = []
    for attribution, origin, cue_token, offset in proposed:
        if attribution.speaker is None or _key(attribution) in seen:
            continue
        seen.add(_key(attribution))
        features = attribution_features(
            attributions,
            token,
            attribution,
            origin=origin,
            cue_token=cue_token,
            sentence_offset=offset,
            is_rule=_key(attribution) == _key(rule),
        )
        candidates.append(Candidate(attribution, origin, features))
    none = none_features(attributions, token, rule, candidates=len(candidates))
    candidates.append(Candidate(NO_ATTRIBUTION, "none", none))
    return candidates


def _in_quoted_phrase(attributions: Attributions, token: Token, quote_index: int | None) -> bool:
    """Whether the number lies in a quoted phrase inside its sentence (a title, scare
    quotes): a quote nobody is found to speak, opened after the sentence starts and closed
    before it ends."""
    if quote_index is None:
        return False
    quoted = attributions.quote_speakers[quote_index]
    if quoted is not None and quoted.speaker is not None:
        return False
    region = attributions.quotes[quote_index]
    sent = token.sent
    inside = start_char(sent) < region.start_char and region.end_char < start_char(sent[-1])
    return inside and region.continues is None


def _cue_token(attributions: Attributions, rule: Attribution, sent_index: int) -> Token | None:
    """The token of the rules' cue, when it is one of the sentence's cues."""
    if rule.cue is None:
        return None
    for cue in attributions.sentences[sent_index].cues:
        if (
            cue.attribution.cue is not None
            and cue.attribution.cue.start_char == rule.cue.start_char
        ):
            return cue.token
    return None


def _heads_above(token: Token) -> list[Token]:
    """The words above ``token`` in the parse, up to and including the ``WEAK_VERBS``-th
    verb."""
    heads, verbs = [], 0
    for head in token.ancestors:
        heads.append(head)
        verbs += head.pos_ in ("VERB", "AUX")
        if verbs == WEAK_VERBS:
            break
    return heads


# Subjects that are nobody: "it is likely that", "there are", "what matters".
_EMPTY_SUBJECTS = frozenset({"it", "there", "what", "which", "that", "this", "who"})


def _weak(attributions: Attributions, token: Token, sent_index: int) -> list[tuple]:
    """Verbs above the number whose subject is someone, though no cue rule fires
    ("Trump charges that ...", "Clinton wants to sign up 5 million people"): PolNeAR
    counts many such predicates as attributions; the ranker learns which lemmas do."""
    found = []
    path = [token, *_heads_above(token)]
    for below, verb in pairwise(path):
        if verb.pos_ not in ("VERB", "AUX") or below.dep_ not in WEAK_CLAUSE_DEPS:
            continue
        subject = subject_of(verb, "nsubj") or inherited_subject(verb)
        if (
            subject is None
            or subject.pos_ not in ("PROPN", "NOUN", "PRON")
            or subject.lower_ in _EMPTY_SUBJECTS
            or subject.left_edge.i <= token.i <= subject.right_edge.i
            # poll respondents answer, they are not sources ("a majority of voters say")
            or is_respondents(subject, attributions.resources)
            or under_respondents(verb, attributions.resources)
            or (
                is_negated(verb)
                and attributions.resources.verb_lemma(verb)
                not in attributions.resources.neg_raising_cues
            )
        ):
            continue
        mention = noun_phrase(subject)
        resolved = attributions.resolver.resolve(
            mention, position=start_char(mention), history=attributions.histories[sent_index]
        )
        if resolved is None:
            continue
        speaker = Speaker(name=resolved.name, mention=text_span(mention), kind=resolved.kind)
        found.append(
            (verb, Attribution(speaker, text_span(verb.doc[verb.i : verb.i + 1]), None, "indirect"))
        )
    return found


def _possessors(attributions: Attributions, token: Token, sent_index: int) -> list[tuple]:
    """Owners of the nouns the number hangs from, or that the verbs above it take ("By
    Smith's own admission, ...", "the agency's recommended 2 percent", "it raised its
    forecast to 4 percent"): the noun is the cue; the ranker learns which nouns attribute
    (an estimate does, a GDP does not)."""
    found = []
    for head in [token, *_heads_above(token)]:
        nouns = [head] if head.pos_ in ("NOUN", "PROPN") else []
        if head.pos_ in ("VERB", "AUX"):
            nouns += [c for c in head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
            nouns += [
                g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
            ]
        for noun in nouns:
            owner = first_child(noun, "poss")
            if owner is None or owner.pos_ not in ("PROPN", "NOUN", "PRON"):
                continue
            mention = without_case(noun_phrase(owner))
            resolved = attributions.resolver.resolve(
                mention, position=start_char(mention), history=attributions.histories[sent_index]
            )
            if resolved is None:
                continue
            speaker = Speaker(name=resolved.name, mention=text_span(mention), kind=resolved.kind)
            cue = text_span(noun.doc[noun.i : noun.i + 1])
            found.append((noun, Attribution(speaker, cue, None, "indirect")))
    return found
