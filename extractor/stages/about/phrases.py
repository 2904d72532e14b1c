"""The about text from the chosen tokens: the counted thing and the holder as noun
phrases without determiners or possessive pronouns, spaced as written."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...resources import Resources
from ..quantities import QuantityRef
from .syntax import holds_number, prep_object, quantity_tokens
from .words import HOLDER_PHRASE_DEPS, is_unit_noun

_MAX_PREP_TOKENS = 8
# Verb complements after which the verb alone says nothing of its subject ("seems ...").
_COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "prt"})


def counted_text(
    doc: Doc,
    ref: QuantityRef,
    entity: Token,
    qualifiers: list[Token],
    predicate: Token | None,
    prop: str | None,
    quantities: list[QuantityRef],
    resources: Resources,
) -> str:
    """The counted thing as a phrase: "Russian soldiers killed or injured in the war"."""
    if is_unit_noun(entity, resources=resources, ref=ref):
        return ""  # "1,200 points", "15 cents": the unit is not what the number is about
    if entity.i < ref.start:
        # The number completes a noun before it ("the boxes measure between 5 and 8 cm",
        # "the flight lasts 11 hours"): that noun's whole phrase.
        return noun_phrase(doc, entity, ref, quantities, resources)
    parts = [*(q.text for q in qualifiers if kept(q)), entity.text]
    of_phrase = _of_phrase(doc, entity, quantities)
    if of_phrase:
        parts.append(of_phrase)  # "five seasons of the show", "200 tonnes of rice"
    if predicate is not None and prop and describes(entity, predicate):
        parts.append(prop)
        prep = _prep_phrase(predicate, quantities)
        if prep:
            parts.append(prep)
    return " ".join(parts)


def joined(counted: str, holder: str) -> str:
    """The counted thing, then the holder unless it repeats it: "workers, Ford"."""
    if not holder or set(holder.lower().split()) <= set(counted.lower().split()):
        return counted
    return f"{counted}, {holder}" if counted else holder


def coordinated_text(doc: Doc, verb: Token) -> str:
    """A verb and its coordinated verbs, as written: "killed or injured"."""
    last = verb
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ == "VERB" and child.i > last.i:
            between = doc[last.i + 1 : child.i]
            if all(t.dep_ in ("cc", "punct") for t in between):
                last = child
    return doc[verb.i : last.i + 1].text


def describes(entity: Token, predicate: Token) -> bool:
    """Whether the predicate alone says something of the counted thing, so belongs in
    the about text: a participle ("soldiers killed", "cars sold") or a verb with no
    object or complement ("civilians died"); not the verb whose object the thing is
    ("the firm has 300 workers") or one that needs its complement ("demand seems ...")."""
    if entity.dep_ == "dobj":
        return False
    if predicate.tag_ == "VBN":
        return True
    return predicate.pos_ == "VERB" and not any(
        c.dep_ in _COMPLEMENT_DEPS for c in predicate.children
    )


def _prep_phrase(verb: Token, quantities: list[QuantityRef]) -> str | None:
    """The first short prepositional phrase after the verb ("died after the floods"),
    unless it holds another number ("sold compared with 40")."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    for candidate in verbs:
        for child in candidate.rights:
            if child.dep_ == "prep":
                subtree = list(child.subtree)
                if len(subtree) <= _MAX_PREP_TOKENS and not holds_number(subtree, quantities):
                    return child.doc[subtree[0].i : subtree[-1].i + 1].text
                return None
    return None


def _of_phrase(doc: Doc, noun: Token, quantities: list[QuantityRef]) -> str:
    """The "of" phrase after a counted noun ("of the show"), without determiners; empty
    when there is none or it holds another number."""
    pobj = prep_object(noun, "of")
    if pobj is None:
        return ""
    words = list(pobj.subtree)
    if len(words) > _MAX_PREP_TOKENS or holds_number(words, quantities):
        return ""
    return as_written(doc, [pobj.head, *(t for t in words if kept(t))])


def noun_phrase(
    doc: Doc,
    noun: Token,
    ref: QuantityRef,
    quantities: list[QuantityRef],
    resources: Resources,
) -> str:
    """The holder noun with its compounds, adjectives and possessor, and an "of" phrase
    ("the price of gold"), without determiners, possessive pronouns or numbers found as
    quantities ("its revenue" -> "revenue")."""
    in_quantity = quantity_tokens(ref, quantities)
    if noun.i in in_quantity:
        # "60 per cent of the price": the quantity's own noun; its base is the "of" object.
        pobj = prep_object(noun, "of")
        if pobj is not None and pobj.i not in in_quantity:
            return as_written(doc, [t for t in pobj.subtree if kept(t) and t.i not in in_quantity])
    words = [t for t in noun.lefts if t.dep_ in HOLDER_PHRASE_DEPS and t.i not in in_quantity]
    words = [w for t in words for w in t.subtree if kept(w) and w.i not in in_quantity]
    if noun.i in in_quantity and is_unit_noun(noun, resources=resources):
        return as_written(doc, words)  # "the Pixel Pro 6 inch costs $700"
    words += hyphenated(noun)
    pobj = prep_object(noun, "of")
    if pobj is not None and not any(t.i in in_quantity for t in pobj.subtree):
        words += [pobj.head, *(t for t in pobj.subtree if kept(t))]
    return as_written(doc, words)


def hyphenated(token: Token) -> list[Token]:
    """The whole written word a token is part of when the tokenizer split it at hyphens
    ("co-op", "re-entry"), as far as the parse left it in pieces."""
    doc = token.doc
    start, end = token.i, token.i
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
    ):
        start -= 2
    while (
        end + 2 < len(doc)
        and doc[end + 1].text == "-"
        and not doc[end].whitespace_
        and not doc[end + 1].whitespace_
    ):
        end += 2
    return list(doc[start : end + 1])


def kept(token: Token) -> bool:
    """Words a concept phrase keeps: not determiners, punctuation or "its", "their"."""
    if token.pos_ == "PUNCT":
        # Keep the hyphen of "e-commerce", "start-up": glued to the words either side.
        glued = token.i > 0 and not token.doc[token.i - 1].whitespace_ and not token.whitespace_
        return glued and token.i + 1 < len(token.doc)
    if token.pos_ == "DET":
        return False
    return not (token.pos_ == "PRON" and token.dep_ == "poss")


def as_written(doc: Doc, tokens: list[Token]) -> str:
    """Tokens in order, spaced as in the text: "e-commerce" stays one word; a hyphen
    whose neighbour was left out goes ("three-point range" without the number)."""
    kept_i = {t.i for t in tokens}
    ordered = [
        t
        for t in sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
        if t.pos_ != "PUNCT" or (t.i - 1 in kept_i and t.i + 1 in kept_i)
    ]
    out = []
    for previous, token in zip([None, *ordered], ordered, strict=False):
        if previous is not None:
            out.append(previous.whitespace_ if token.i == previous.i + 1 else " ")
        out.append(token.text)
    return "".join(out)


def item_words(item: Token, name: list[Token]) -> list[Token]:
    """An item's words: its name (``name``) and, for a common noun, the compounds right
    before it, which say which of its kind it is ("iPod players and computers" -> iPod
    players, "developers of Apple programs" -> Apple programs)."""
    if item.pos_ != "NOUN":
        return name  # a name is written whole already ("the assembly plant Craiova")
    start = item.i
    while start > 0 and item.doc[start - 1].dep_ == "compound" and item.doc[start - 1].head == item:
        start -= 1
    return sorted({t.i: t for t in [*item.doc[start : item.i], *name]}.values(), key=lambda t: t.i)
