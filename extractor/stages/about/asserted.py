"""What is asserted of the entity: the property ("fell", "closed at", "there are", "a
49% decline" -> decline, "a deal worth $2bn" -> worth), and the verb that asserts it."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from spacy.tokens import Doc, Token

from .phrases import as_written, coordinated_text
from .words import HOLDER_PHRASE_DEPS, is_date

# Adverbs that complete a change or level verb: "closed down", "ended higher".
_VERB_COMPLETIONS = frozenset({"down", "up", "higher", "lower", "off", "out", "back"})
_MAX_PROPERTY_GAP = 3  # words between the verb and the preposition of its number
# How a number hangs below the preposition that brings it in: "fell by 1.5 and 3 percent".
_NUMBER_DEPS = frozenset({"nummod", "compound", "quantmod", "conj", "cc"})
# How a clause without a subject goes on from the one before: "rose 2%, closing at 4,851".
_CONTINUING_DEPS = frozenset({"advcl", "xcomp", "pcomp", "conj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
_MAX_LISTED_VERBS = 3  # verbs a list may run back through to the one with the subject


def property_text(
    doc: Doc,
    verb: Token | None,
    number_top: Token | None = None,
    in_quantity: frozenset[int] | set[int] = frozenset(),
    *,
    nouns: Mapping[str, str] = MappingProxyType({}),
) -> str | None:
    """What is asserted: the verb with a particle or adverb that completes it ("closed
    down", "shut down") and the preposition that brings in the number ("rose to", "fell
    by", "closed at"), or the verbs coordinated with it ("killed or injured"), as written;
    "there are" for a count that only exists, the adverb alone after "be" ("was up 3%"
    -> up: Wikinews gold). A bare noun that only frames the number belongs to what is
    asserted ("reached a level of 1,026", "was down by a total of 14%", "brought the
    total to 677"), as does the period a level closes ("ended the day at 9,505");
    ``nouns``: the kinds of ``about_vague_nouns``."""
    if verb is None:
        return None
    prep = _number_preposition(number_top, in_quantity)
    frame = _framing_noun(prep, nouns)
    tail: list[Token] = []
    if frame is not None:
        # "a level of": the frame's determiner, the frame and its "of"; the preposition
        # that brings the number in is then the frame's own ("down by a total of").
        tail = [*(c for c in frame.lefts if c.dep_ == "det"), frame, prep]
        prep = frame.head if frame.dep_ == "pobj" else None
        if frame.dep_ == "dobj" and frame.head.i == verb.i:
            return as_written(doc, [*_verb_words(doc, verb), *tail])
    coordinated = coordinated_text(doc, verb)
    if coordinated != verb.text:
        return coordinated
    held = _held_object(prep, verb) if frame is None else None
    if held is not None:
        # "will have a range of 3,500 miles", "take delivery of six jets": the bare
        # object brings the number in through its "of" (Wikinews gold: "have a range of").
        return as_written(
            doc, [*_verb_words(doc, verb), *(t for t in held.subtree if t.i <= prep.i)]
        )
    if verb.lemma_ == "be":
        expletive = next((c for c in verb.lefts if c.dep_ == "expl"), None)
        if expletive is not None:
            return as_written(doc, [expletive, verb])  # "there were 3,800 attendees"
        level = next((c for c in verb.rights if c.lower_ in _VERB_COMPLETIONS), None)
        if level is not None and tail and prep is not None and prep.head.i in (level.i, verb.i):
            return as_written(doc, [level, prep, *tail])  # "was down by a total of 14%"
        if level is not None:
            return level.text  # "the Dow Jones was up 3.10%", "the Dax was 5% higher"
        state = next(
            (c for c in verb.rights if c.dep_ == "acomp" and c.pos_ in ("ADJ", "ADV")), None
        )
        if state is not None:
            return state.text  # "people who have been unemployed for two years"
    words = _verb_words(doc, verb)
    last = words[-1]
    if prep is not None and prep.head.i == verb.i and prep.i > last.i:
        # "rose to 5.1%", "rose in value by 8%", "fell 4.2% to $31" -> "fell to"
        between = _words_to(doc, verb, last, prep, in_quantity, nouns)
        words += [*between, *tail] if between else []
    return as_written(doc, words)


def _verb_words(doc: Doc, verb: Token) -> list[Token]:
    """The verb with a particle or adverb right after it that completes it: "closed
    down", "shut down"."""
    last = verb
    for child in verb.rights:
        if child.i == last.i + 1 and (
            child.dep_ == "prt" or (child.dep_ == "advmod" and child.lower_ in _VERB_COMPLETIONS)
        ):
            last = child
    return list(doc[verb.i : last.i + 1])


def _framing_noun(prep: Token | None, nouns: Mapping[str, str]) -> Token | None:
    """The bare noun the "of" of a number hangs on, when it only frames the number: "a
    level of 1,026", "a total of 14%", "the rate of 10 per month"; not "the price of"."""
    if prep is None or prep.lower_ != "of":
        return None
    noun = prep.head
    if nouns.get(noun.lemma_.lower()) != "frame" or noun.dep_ not in ("dobj", "pobj"):
        return None
    if any(c.dep_ in HOLDER_PHRASE_DEPS for c in noun.children):
        return None
    return noun


def _held_object(prep: Token | None, verb: Token) -> Token | None:
    """The verb's direct object that the number's "of" hangs on, when it is a bare common
    noun (a determiner at most): "have a range of", "take delivery of", "had a
    population of"; not a noun with modifiers of its own ("cut its forecast of").
    A change noun is asserted itself ("a loss of $1bn" -> loss: ``_measured_change``)."""
    if prep is None or prep.lower_ != "of":
        return None
    noun = prep.head
    if noun.dep_ != "dobj" or noun.head.i != verb.i or noun.pos_ != "NOUN":
        return None
    if any(c.i != prep.i and c.dep_ != "det" for c in noun.children):
        return None
    return noun


def _kept_object(obj: Token, nouns: Mapping[str, str]) -> bool:
    """An object that belongs to the property: a bare framing noun ("brought the total
    to 677") or the period a level closes ("ended the day at 9,505")."""
    if not all(c.dep_ == "det" for c in obj.children):
        return False
    kind = nouns.get(obj.lemma_.lower())
    if kind == "period":
        # "the week" may hang as an adverbial: "ended the week at"; not "last week".
        return any(c.lower_ == "the" for c in obj.children)
    return kind == "frame" and obj.dep_ == "dobj"


def _number_preposition(
    number_top: Token | None, in_quantity: frozenset[int] | set[int]
) -> Token | None:
    """The preposition that brings the number in, above the words of numbers the number
    hangs on ("fell by 1.5 and 3 percent") or the noun it counts ("fell to 13 million
    cars")."""
    token = number_top
    while (
        token is not None
        and token.dep_ in _NUMBER_DEPS
        and token.head.i != token.i
        and token.head.i in in_quantity
    ):
        token = token.head
    if (
        token is not None
        and token.dep_ == "nummod"
        and token.head.dep_ == "pobj"
        and token.head.head.dep_ != "agent"  # "attended by 15,000 people": who did it
        and token.head.head.i not in in_quantity  # "flying up to 840 people"
    ):
        token = token.head  # the counted noun brings it in: "dropped to 13.2 million cars"
    return token.head if token is not None and token.dep_ == "pobj" else None


def _words_to(
    doc: Doc,
    verb: Token,
    last: Token,
    prep: Token,
    in_quantity: frozenset[int] | set[int],
    nouns: Mapping[str, str],
) -> list[Token]:
    """The words from the verb to the preposition of its number, without the verb's
    object, dates and other numbers ("reduce that number to 3,000" -> reduce to, "rose
    15,000 last week to 444,000" -> rose to), but with an object that belongs to the
    property ("brought the total to 677", "ended the day at 9,505"); only the
    preposition when the gap says more."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and last.i < c.i < prep.i]
    kept_objects = [c for c in objects if _kept_object(c, nouns)]
    kept = {t.i for c in kept_objects for t in c.subtree}
    skipped = {t.i for c in objects for t in c.subtree} - kept
    between = [
        t
        for t in doc[last.i + 1 : prep.i]
        if t.i not in in_quantity | skipped
        and (t.i in kept or not is_date(t))
        and not any(c.i in in_quantity for c in t.children)
        and not _dated(t)
    ]  # without another number's words: "closed down 312 points at 9,800"
    if len(between) >= _MAX_PROPERTY_GAP or any(
        t.pos_ in ("PUNCT", "VERB", "NUM") for t in between
    ):
        return [prep]  # "shipped in July through the online store for $29" -> shipped for
    return [*between, prep]


def _dated(token: Token) -> bool:
    """A preposition that only brings in a date: "in" of "in 2019"."""
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return token.dep_ == "prep" and bool(objects) and all(is_date(c) for c in objects)


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
    after gaining 1.6%"; or the last of a list of verbs, each hung on the one before
    ("tripled in 2004, doubled in 2005 and rose 16% in 2006" -> rose)."""
    if verb.dep_ not in _CONTINUING_DEPS or _has_subject(verb):
        return False
    above = verb.head.head if verb.dep_ == "pcomp" else verb.head
    for _ in range(_MAX_LISTED_VERBS):
        if entity.i in {t.i for t in above.subtree} or not _listed_verb(above):
            break
        above = above.head
    return entity.i in {t.i for t in above.subtree} and entity.i < verb.i


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def _listed_verb(verb: Token) -> bool:
    """A verb of a list that hangs on the verb before it and has no subject of its own."""
    return (
        verb.dep_ in ("conj", "advcl")
        and verb.pos_ in ("VERB", "AUX")
        and verb.head.i != verb.i
        and not _has_subject(verb)
    )


def compared_amount(number_top: Token) -> Token | None:
    """The comparative an amount measures, before the noun it compares: "uses 20% less
    fuel", "20% more fuel efficient" -> less, more (Wikinews gold), as "a 49% decline"
    asserts a decline."""
    word = number_top.head
    if number_top.dep_ != "npadvmod" or word.tag_ not in ("JJR", "RBR"):
        return None
    if word.dep_ not in ("amod", "advmod") or word.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return word
