"""What a number is about: the counted thing, its qualifiers and what is asserted of it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .quantities import QuantityRef
from .resources import Lexicons

_QUALIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_MAX_PREP_TOKENS = 8


@dataclass(frozen=True)
class AboutRef:
    text: str
    entity: str | None
    qualifiers: tuple[str, ...]
    property: str | None
    entity_i: int | None = None
    predicate_i: int | None = None


def find_about(doc: Doc, ref: QuantityRef, *, quantities: list[QuantityRef], lexicons: Lexicons) -> AboutRef:
    """Entity (head noun), qualifiers and property of one quantity."""
    entity = _entity_token(doc, ref)
    holder = _holder(doc, ref, entity)
    holder_text = _noun_phrase(doc, holder, ref) if holder is not None else ""
    if entity is None:
        return AboutRef(text=holder_text, entity=None, qualifiers=(), property=None)
    qualifiers = _qualifiers(doc, entity, ref, quantities)
    predicate = _predicate(entity, lexicons)
    prop = _coordinated_text(doc, predicate) if predicate is not None else None
    parts = [*(q.text for q in qualifiers), entity.text]
    if prop:
        parts.append(prop)
        prep = _prep_phrase(predicate)
        if prep:
            parts.append(prep)
    text = " ".join(parts)
    if holder_text and holder_text.lower() not in text.lower():
        text = f"{text}, {holder_text}"
    return AboutRef(
        text=text,
        entity=entity.text,
        qualifiers=tuple(q.text for q in qualifiers),
        property=prop,
        entity_i=entity.i,
        predicate_i=predicate.i if predicate is not None else None,
    )


def _entity_token(doc: Doc, ref: QuantityRef) -> Token | None:
    """The head noun the number counts or measures ("100,000 ... soldiers")."""
    inside = range(ref.start, ref.end)
    # A quantity heading an "of"-phrase names its base: "40% of voters", "half of the budget".
    for token in doc[ref.start : ref.end]:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    token = doc[ref.root]
    while token.head.i in inside and token.head.i != token.i:
        token = token.head
    # Walk up from the number: nummod -> noun; a coordinated number ("100,000 Ukrainian")
    # hangs off a modifier of the shared noun in the parse: keep walking to the noun.
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return None
        if head.i not in inside and head.pos_ in _NOUN_POS and head.tag_ not in ("CD",):
            return head
        if head.pos_ in ("ADP", "VERB", "AUX"):
            return None
        token = head
    return None


def _qualifiers(doc: Doc, entity: Token, ref: QuantityRef, quantities: list[QuantityRef]) -> list[Token]:
    """Restrictive modifiers between this number and the noun, not another number's own."""
    next_start = min((q.start for q in quantities if q.start >= ref.end), default=len(doc))
    qualifiers = []
    for child in entity.lefts:
        if child.dep_ not in _QUALIFIER_DEPS or child.like_num:
            continue
        if any(q.start <= child.i < q.end for q in quantities):
            continue
        if ref.end <= child.i < min(next_start, entity.i):
            qualifiers.append(child)
    return qualifiers


def _predicate(entity: Token, lexicons: Lexicons) -> Token | None:
    """The verb asserted of the entity; reporting verbs pass to their complement
    ("are estimated to have been killed" -> killed: seed fixture)."""
    verb = None
    if entity.dep_ in ("nsubj", "nsubjpass", "dobj") and entity.head.pos_ in ("VERB", "AUX"):
        verb = entity.head
    else:
        verb = next((c for c in entity.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
    if verb is None:
        return None
    if verb.lemma_.lower() in lexicons.cue_verbs:
        complement = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        if complement is not None:
            return complement
    return verb


def _coordinated_text(doc: Doc, verb: Token) -> str:
    """"killed or injured": a verb and its coordinated verbs, as written."""
    last = verb
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ == "VERB" and child.i > last.i:
            between = doc[last.i + 1 : child.i]
            if all(t.dep_ in ("cc", "punct") for t in between):
                last = child
    return doc[verb.i : last.i + 1].text


def _prep_phrase(verb: Token) -> str | None:
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    for candidate in verbs:
        for child in candidate.rights:
            if child.dep_ == "prep":
                subtree = list(child.subtree)
                if len(subtree) <= _MAX_PREP_TOKENS:
                    return child.doc[subtree[0].i : subtree[-1].i + 1].text
    return None


_HOLDER_SKIP_POS = frozenset({"PRON", "DET", "NUM"})
_HOLDER_PHRASE_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def _holder(doc: Doc, ref: QuantityRef, entity: Token | None) -> Token | None:
    """Whose number it is: the subject of the verb the quantity (or its counted noun)
    completes ("the US trade deficit ... increased by $43.6 billion", "Chris Wood has scored
    22 goals"), or the noun it measures through a preposition ("a stimulus package of INR1
    trillion"). NewsQuant's referred concepts are mostly these, not the counted noun."""
    token = entity if entity is not None else _top_of(doc, ref)
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            return None
        if head.pos_ == "ADP" or head.dep_ == "prep" or token.dep_ in ("conj", "appos"):
            token = head
            continue
        if head.pos_ in _NOUN_POS and not (ref.start <= head.i < ref.end):
            if head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "ROOT", "appos", "conj"):
                return None if head.pos_ in _HOLDER_SKIP_POS else head
            token = head
            continue
        if head.pos_ in ("VERB", "AUX", "ADJ", "ADV"):
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i), None)
            if subject is not None and subject.lower_ in ("which", "who", "that") and head.dep_ == "relcl":
                return head.head if head.head.pos_ in _NOUN_POS else None
            if subject is not None and subject.pos_ not in _HOLDER_SKIP_POS:
                return subject
            if head.dep_ in ("relcl", "acl") and head.head.pos_ in _NOUN_POS:
                return head.head
            if subject is None and head.dep_ != "ROOT":
                # "the slope was steep at 12.5 degrees", "was up 19 cents":
                # the subject sits on a verb further up.
                token = head
                continue
            return None
        token = head
    return None


def _top_of(doc: Doc, ref: QuantityRef) -> Token:
    token = doc[ref.root]
    while ref.start <= token.head.i < ref.end and token.head.i != token.i:
        token = token.head
    return token


def _noun_phrase(doc: Doc, noun: Token, ref: QuantityRef) -> str:
    """The holder noun with its compounds, adjectives and possessor, and an "of" phrase
    ("the price of gold"), without determiners or the quantity itself."""
    words = [t for t in noun.lefts if t.dep_ in _HOLDER_PHRASE_DEPS and not (ref.start <= t.i < ref.end)]
    words = [w for t in words for w in t.subtree if w.pos_ not in ("DET", "PUNCT") and not (ref.start <= w.i < ref.end)]
    words.append(noun)
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is not None and not (ref.start <= pobj.i < ref.end) and not any(ref.start <= t.i < ref.end for t in pobj.subtree):
        words += [of, *(t for t in pobj.subtree if t.pos_ not in ("DET", "PUNCT"))]
    return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))
