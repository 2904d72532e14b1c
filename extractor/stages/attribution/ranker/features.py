"""The features of a candidate attribution: sparse ``name -> value`` dicts, the names
readable ("cue_kind=verb", "mention=pronoun"), so the model's weights explain themselves.

What they describe: where the rules found the candidate (its origin, and whether it is
the rules' own choice), how the cue reaches the number (governs it in the parse, how
deep, how far in tokens, before or after, in which sentence and paragraph), the cue's
kind and lemma, the speaker mention's kind (name, pronoun, first person, role,
description, document) and resolved kind (person, organization ...), quote regions
(the number or the cue inside quotation marks), appositions and vias.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ....article.offsets import start_char
from ....schema import Speaker
from ..cue_types import Attribution
from ..quotes import quote_at
from ..speakers import FIRST_PERSON, GROUP_PRONOUNS, PERSON_PRONOUNS, THING_PRONOUNS

if TYPE_CHECKING:
    from ..attribute import Attributions

PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | {"who", "which", "that"}


def _bucket(distance: int) -> str:
    """A distance as a log2 bucket: 0, 1, 2, 4, 8, 16 and more."""
    return str(min(16, 2 ** int(math.log2(distance)))) if distance > 0 else "0"


def mention_kind(speaker: Speaker, resources) -> str:
    """What kind of phrase names the speaker: name, pronoun, first, role, description,
    document."""
    words = speaker.mention.text.split()
    if not words:
        return "other"
    lower = [w.lower().strip(",.'’") for w in words]
    if lower[0] in FIRST_PERSON:
        return "first"
    if len(lower) == 1 and lower[0] in PRONOUNS:
        return "pronoun"
    head = lower[-1]
    singular = head[:-1] if head.endswith("s") else head
    if head in resources.document_nouns or singular in resources.document_nouns:
        return "document"
    if (
        any(w[:1].isupper() for w in words[1:])
        or words[0][:1].isupper()
        and lower[0]
        not in (
            "the",
            "a",
            "an",
        )
    ):
        return "name"
    if head in resources.titles or singular in resources.titles:
        return "role"
    return "description"


def cue_kind(cue_token: Token | None, resources) -> str:
    """Which rule made the cue: verb, phrase ("according to"), document ("in a poll"),
    colon, nominal ("a report that"), proposal; unknown without a token."""
    if cue_token is None:
        return "unknown"
    if cue_token.pos_ in ("VERB", "AUX"):
        return "verb"
    if cue_token.text == ":":
        return "colon"
    if cue_token.lower_ in ("in", "by") and cue_token.dep_ == "prep":
        return "document"
    lemma = cue_token.lemma_.lower()
    if lemma in resources.proposal_nouns:
        return "proposal"
    if lemma in resources.document_nouns:
        return "nominal"
    return "phrase"


def attribution_features(
    attributions: Attributions,
    token: Token,
    attribution: Attribution,
    *,
    origin: str,
    cue_token: Token | None,
    sentence_offset: int,
    is_rule: bool,
) -> dict[str, float]:
    """The features of a candidate with a speaker, for the number whose root is ``token``."""
    resources = attributions.resources
    speaker = attribution.speaker
    assert speaker is not None
    position = start_char(token)
    number_quote = quote_at(attributions.quotes, position)
    mention = mention_kind(speaker, resources)
    kind = cue_kind(cue_token, resources)
    features = {
        "bias": 1.0,
        f"origin={origin}": 1.0,
        f"mention={mention}": 1.0,
        f"speaker_kind={speaker.kind}": 1.0,
        f"quote={attribution.quote}": 1.0,
        f"cue_kind={kind}": 1.0,
        f"sentence={sentence_offset}": 1.0,
        f"origin={origin}&mention={mention}": 1.0,
        f"sentence={sentence_offset}&cue_kind={kind}": 1.0,
        f"in_quote={number_quote is not None}&origin={origin}": 1.0,
    }
    if is_rule:
        features["rule_choice"] = 1.0
        features[f"rule_choice&mention={mention}"] = 1.0
    if attribution.via is not None:
        features["has_via"] = 1.0
    if speaker.name.lower() not in speaker.mention.text.lower():
        features["resolved"] = 1.0
        features[f"resolved&mention={mention}"] = 1.0
    features[f"mention_chars={_bucket(abs(speaker.mention.start_char - position) // 20)}"] = 1.0
    if cue_token is not None:
        features.update(_cue_features(attributions, token, cue_token, sentence_offset, kind))
        # Which words attribute is learned per origin: a weak subject's "wants" or
        # "unveiled" does (PolNeAR train), its "opened" or "spend" does not.
        lemma = cue_token.lemma_.lower()
        features[f"origin={origin}&cue_lemma={lemma}"] = 1.0
        features[f"origin={origin}&cue_class={cue_class(lemma, resources)}"] = 1.0
    return with_origin_copies(features, origin)


def with_origin_copies(features: dict[str, float], origin: str) -> dict[str, float]:
    """Every feature twice: as is, shared by all candidates, and as ``origin|name``, so
    the model can weigh a parse path or a mention kind differently for a weak subject than
    for a cue the rules found (one linear model, per-origin corrections)."""
    copies = {
        f"{origin}|{name}": value
        for name, value in features.items()
        if name != "bias" and not name.startswith("origin=")
    }
    return {**features, **copies}


def cue_class(lemma: str, resources) -> str:
    """The lexicon a cue word belongs to: cue verb, proposal or claim noun, document
    noun, or none ("other")."""
    if lemma in resources.cue_verbs:
        return "cue_verb"
    if lemma in resources.proposal_nouns:
        return "proposal"
    if lemma in resources.document_nouns:
        return "document"
    return "other"


def _cue_features(
    attributions: Attributions, token: Token, cue_token: Token, offset: int, kind: str
) -> dict[str, float]:
    """How a cue reaches the number: parse path, distance, side, quotes, apposition."""
    features: dict[str, float] = {
        f"cue_lemma={cue_token.lemma_.lower()}": 1.0,
        f"cue_dep={cue_token.dep_}": 1.0,
    }
    cue_quoted = quote_at(attributions.quotes, start_char(cue_token)) is not None
    if cue_quoted:
        features["cue_in_quote"] = 1.0
    if offset != 0:
        same_block = cue_token.doc is token.doc
        features[f"same_segment={same_block}&sentence={offset}"] = 1.0
        return features
    ancestors = list(token.ancestors)
    if cue_token in ancestors or cue_token == token:
        depth = ancestors.index(cue_token) + 1 if cue_token in ancestors else 0
        features["governs"] = 1.0
        features[f"depth={min(depth, 5)}"] = 1.0
        features[f"governs&cue_kind={kind}"] = 1.0
        # The parse path's first step below the cue: "charges that ..." (ccomp) reports,
        # "donated millions" (dobj) is a deed.
        below = ancestors[depth - 2] if depth >= 2 else token
        features[f"path={below.dep_}"] = 1.0
        features[f"path={below.dep_}&cue_kind={kind}"] = 1.0
    else:
        features[f"not_governing&cue_kind={kind}"] = 1.0
        if token in list(cue_token.ancestors):
            features["number_governs_cue"] = 1.0
    distance = abs(cue_token.i - token.i)
    features[f"tokens={_bucket(distance)}"] = 1.0
    features["cue_before" if cue_token.i < token.i else "cue_after"] = 1.0
    if any(child.dep_ == "ccomp" for child in cue_token.children):
        features["cue_has_clause"] = 1.0
    if any(child.dep_ == "appos" for child in cue_token.children):
        features["appos"] = 1.0
    if cue_token.sent.root == cue_token:
        features["cue_is_root"] = 1.0
    return features


def none_features(
    attributions: Attributions, token: Token, rule: Attribution, *, candidates: int
) -> dict[str, float]:
    """The features of "no speaker": what the sentence offers instead."""
    position = start_char(token)
    sent_index = attributions.index[start_char(token.sent)]
    cues = attributions.sentences[sent_index].cues
    in_quote = quote_at(attributions.quotes, position) is not None
    ancestors = set(token.ancestors)
    features = {
        "none_bias": 1.0,
        f"none&candidates={min(candidates, 4)}": 1.0,
        f"none&sentence_cues={min(len(cues), 3)}": 1.0,
        f"none&in_quote={in_quote}": 1.0,
        f"none&rule={'none' if rule.speaker is None else 'speaker'}": 1.0,
    }
    if any(cue.token in ancestors for cue in cues):
        features["none&governed"] = 1.0
    return features
