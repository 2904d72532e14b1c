"""What is asserted of the entity: the property ("fell", "closed at", "there are", "a
49% decline" -> decline, "a deal worth $2bn" -> worth), and the verb that asserts it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .phrases import as_written, coordinated_text
from .words import is_date

# Adverbs that complete a change or level verb: "closed down", "ended higher".
_VERB_COMPLETIONS = frozenset({"down", "up", "higher", "lower", "off", "out"})
_MAX_PROPERTY_GAP = 3  # words between the verb and the preposition of its number
# How a number hangs below the preposition that brings it in: "fell by 1.5 and 3 percent".
_NUMBER_DEPS = frozenset({"nummod", "compound", "quantmod", "conj", "cc"})
# How a clause without a subject goes on from the one before: "rose 2%, closing at 4,851".
_CONTINUING_DEPS = frozenset({"advcl", "xcomp", "pcomp", "conj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def property_text(
    doc: Doc,
    verb: Token | None,
    number_top: Token | None = None,
    in_quantity: frozenset[int] | set[int] = frozenset(),
) -> str | None:
    """What is asserted: the verb with a particle or adverb that completes it ("closed
    down", "shut down") and the preposition that brings in the number ("rose to", "fell
    by", "closed at"), or the verbs coordinated with it ("killed or injured"), as written;
    "there are" for a count that only exists, the adverb alone after "be" ("was up 3%"
    -> up: Wikinews gold)."""
    if verb is None:
        return None
    coordinated = coordinated_text(doc, verb)
    if coordinated != verb.text:
        return coordinated
    if verb.lemma_ == "be":
        expletive = next((c for c in verb.lefts if c.dep_ == "expl"), None)
        if expletive is not None:
            return as_written(doc, [expletive, verb])  # "there were 3,800 attendees"
        level = next((c for c in verb.rights if c.lower_ in _VERB_COMPLETIONS), None)
        if level is not None:
            return level.text  # "the Dow Jones was up 3.10%", "the Dax was 5% higher"
        state = next(
            (c for c in verb.rights if c.dep_ == "acomp" and c.pos_ in ("ADJ", "ADV")), None
        )
        if state is not None:
            return state.text  # "people who have been unemployed for two years"
    last = verb
    for child in verb.rights:
        if child.i == last.i + 1 and (
            child.dep_ == "prt" or (child.dep_ == "advmod" and child.lower_ in _VERB_COMPLETIONS)
        ):
            last = child
    words = list(doc[verb.i : last.i + 1])
    prep = _number_preposition(number_top, in_quantity)
    if prep is not None and prep.head.i == verb.i and prep.i > last.i:
        # "rose to 5.1%", "rose in value by 8%", "fell 4.2% to $31" -> "fell to"
        words += _words_to(doc, verb, last, prep, in_quantity)
    return as_written(doc, words)


def _number_preposition(
    number_top: Token | None, in_quantity: frozenset[int] | set[int]
) -> Token | None:
    """The preposition that brings the number in, above the words of numbers the number
    hangs on: "fell by 1.5 and 3 percent"."""
    token = number_top
    while (
        token is not None
        and token.dep_ in _NUMBER_DEPS
        and token.head.i != token.i
        and token.head.i in in_quantity
    ):
        token = token.head
    return token.head if token is not None and token.dep_ == "pobj" else None


def _words_to(
    doc: Doc, verb: Token, last: Token, prep: Token, in_quantity: frozenset[int] | set[int]
) -> list[Token]:
    """The words from the verb to the preposition of its number, without the verb's
    object, dates and other numbers ("reduce that number to 3,000" -> reduce to, "rose
    15,000 last week to 444,000" -> rose to); none when the gap says more."""
    skipped = {
        t.i
        for c in verb.children
        if c.dep_ in ("dobj", "npadvmod") and last.i < c.i < prep.i
        for t in c.subtree
    }
    between = [
        t
        for t in doc[last.i + 1 : prep.i]
        if t.i not in in_quantity | skipped
        and not is_date(t)
        and not any(c.i in in_quantity for c in t.children)
    ]  # without another number's words: "closed down 312 points at 9,800"
    if len(between) >= _MAX_PROPERTY_GAP or any(
        t.pos_ in ("PUNCT", "VERB", "NUM") for t in between
    ):
        return []
    return [*between, prep]


def asserted_verb(entity: Token, number_top: Token) -> Token | None:
    """The verb that asserts the number of the entity: the verb above the number when
    it is the entity's own clause ("Acme shares fell 4%", "the index closed at 9,800")
    or continues it without a subject of its own ("rose 2%, closing at 4,851", "lost 6%
    to close at 1,723"), else the verb the entity is subject or object of."""
    for ancestor in [number_top, *number_top.ancestors]:
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.i != number_top.i:
            if entity.i in {t.i for t in ancestor.subtree}:
                return ancestor
            if ancestor.dep_ in ("relcl", "acl") and ancestor.head.i == entity.i:
                return ancestor  # "people who have been unemployed for two years"
            if _continues(ancestor, entity):
                return ancestor  # "the FTSE rose 2%, closing at 4,851"
            break
    if entity.dep_ in ("nsubj", "nsubjpass", "dobj") and entity.head.pos_ in ("VERB", "AUX"):
        return entity.head
    return None


def _continues(verb: Token, entity: Token) -> bool:
    """A subjectless participle or infinitive that goes on from the entity's clause:
    "the FTSE rose 2%, closing at 4,851", "lost 6.3% to close at 1,723", "reached 2,020
    after gaining 1.6%"."""
    if verb.dep_ not in _CONTINUING_DEPS or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    above = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return entity.i in {t.i for t in above.subtree} and entity.i < verb.i
