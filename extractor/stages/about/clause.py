"""The holder in a verb's clause: its subject, the object a change or price applies to
(but in a contest the margin is the subject's), a relative clause's noun, the noun a
pronoun subject stands for."""

from __future__ import annotations

from spacy.tokens import Token

from ...resources import Resources
from .syntax import SUBJECT_DEPS, prep_object, subject_of
from .words import NOUN_POS, is_contest_verb, is_date, is_unit_noun, is_vague

_HOLDER_SKIP_POS = frozenset({"PRON", "DET", "NUM"})
_RELATIVE_PRONOUNS = ("which", "who", "that")
# Prepositions through which a number states a change or price of a verb's object:
# "extended the range by 40 km", "cut its forecast to $2bn", "bought a stake for $9m",
# "valued the firm at $5bn".
_CHANGE_PREPS = frozenset({"by", "to", "from", "for", "at"})
# Pronouns that stand for a noun named earlier in the same sentence ("the firm said it ...").
_ANAPHORS = frozenset({"it", "they", "he", "she"})
# Relative pronouns by tag ("who", "which", "that" as WP/WDT; not the demonstrative "that").
_RELATIVE_TAGS = frozenset({"WP", "WDT"})
# Pronouns that stand for a company, a place or a thing, whose number it is.
_THING_ANAPHORS = frozenset({"it", "they", "its", "their"})


def clause_holder(
    verb: Token, child: Token, prep: Token | None, in_quantity: set[int], resources: Resources
) -> Token | None:
    """The holder in the clause of ``verb``, reached from ``child`` (through ``prep``)."""
    subject = subject_of(verb, besides=child)
    if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return _relative_antecedent(verb, subject)
    changed_object = _changed_object(verb, child, prep, in_quantity, resources)
    if changed_object is not None:
        return changed_object
    controller = controlling_object(child)
    if controller is not None:
        return controller
    if subject is None:
        return None
    if subject.pos_ not in _HOLDER_SKIP_POS:
        return subject
    part_of = prep_object(subject, "of")
    if part_of is not None and part_of.pos_ in NOUN_POS and part_of.i not in in_quantity:
        return part_of  # "some of the cheapest flights include ..."
    if subject.lower_ in _ANAPHORS:
        return _antecedent(verb)
    return _named_number(subject, in_quantity)


def controlling_object(infinitive: Token) -> Token | None:
    """The named object of the verb an infinitive completes, who does what the infinitive
    says: "urged Brixco to hire 300 workers" -> Brixco, not the one who urged. Only a name
    or pronoun: a common noun there is as often what the infinitive describes ("announced
    plans to shut 1,100 dealerships")."""
    if infinitive.dep_ != "xcomp":
        return None
    return next(
        (
            c
            for c in infinitive.head.children
            if c.dep_ in ("dobj", "dative")
            and c.pos_ in ("PROPN", "PRON")
            and c.i < infinitive.i
            and not is_date(c)  # "spent Saturday delivering talks"
        ),
        None,
    )


def _named_number(subject: Token, in_quantity: set[int]) -> Token | None:
    """The name a number subject ends: "the Cac 40 lost 0.8%" -> Cac (the entity's words
    then run on to "Cac 40"), as "FTSE 100" and "S&P 500" are names, not counts."""
    if subject.pos_ != "NUM" or subject.i in in_quantity:
        return None
    return next(
        (c for c in subject.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"), None
    )


def _relative_antecedent(verb: Token, pronoun: Token) -> Token | None:
    """The noun a relative clause describes: "the island that is 12 miles long"."""
    if verb.head.pos_ in NOUN_POS:
        return verb.head
    # The parse hung the clause on the wrong word: the noun the relative pronoun follows.
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
    return before if before is not None and before.pos_ in NOUN_POS else None


def _changed_object(
    verb: Token, child: Token, prep: Token | None, in_quantity: set[int], resources: Resources
) -> Token | None:
    """The object before the number that a change or price applies to: "extended the
    battery range by 40 km", "sent the shares 3% higher"; not one that is itself a
    number ("fell 4 percent to $9"), a unit, or a change ("a 10% fall to 900 points"),
    nor a contest's rival ("leads Park by 5 points")."""
    if child.pos_ == "ADP":
        prep = child  # "from 200 to 250 km": the quantity span opens with the preposition
    changed = prep is not None and prep.lower_ in _CHANGE_PREPS and prep.head.i == verb.i
    compared = child.pos_ in ("ADJ", "ADV") and child.dep_ in (
        "advmod",
        "oprd",
        "acomp",
        "xcomp",
        "ccomp",
    )
    if not (changed or compared) or is_contest_verb(verb, resources=resources):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in NOUN_POS), None)
    if obj is None or obj.i > child.i or obj.i in in_quantity:
        return None
    if is_unit_noun(obj, resources=resources) or is_vague(
        obj, in_quantity, resources=resources, kinds=("frame", "change")
    ):
        return None
    return obj


def pronoun_antecedent(
    pronoun: Token, verb: Token | None, *, people: frozenset[str] = frozenset()
) -> Token | None:
    """The noun a pronoun of ``verb``'s clause stands for in the same sentence: a relative
    pronoun's noun ("Lee, who won four titles" -> Lee); for "it", "they", "its" or
    "their", the noun subject of a clause above ("Acme said it sold 3m cars" -> Acme);
    for a possessive, failing that, the nearest noun subject before it ("Acme is
    growing: it has 35m of its devices in use" -> Acme), not a person for "its"
    (``people``: nouns naming people, "the minister said its budget ...")."""
    if pronoun.tag_ in _RELATIVE_TAGS:
        return _relative_antecedent(verb, pronoun) if verb is not None else None
    if pronoun.lower_ not in _THING_ANAPHORS:
        return None
    thing = pronoun.lower_ == "its"
    above = _antecedent(verb) if verb is not None else None
    if above is not None and thing and _is_person(above, people):
        above = None
    if above is not None or pronoun.dep_ != "poss":
        return above  # a subject "it" may be a dummy: "it will mean the end of ..."
    earlier = [
        t
        for t in pronoun.sent
        if t.i < pronoun.i
        and t.dep_ in SUBJECT_DEPS
        and t.pos_ in NOUN_POS
        and not (thing and _is_person(t, people))
    ]
    return earlier[-1] if earlier else None


def _is_person(noun: Token, people: frozenset[str]) -> bool:
    """A noun naming people ("minister", "analysts"); not a PERSON entity, which the small
    model also gives company names ("Zorvex made $2bn")."""
    return noun.lemma_.lower() in people


def _antecedent(verb: Token) -> Token | None:
    """The noun subject of a clause above ``verb``: "the firm said it has ..." -> firm."""
    for ancestor in verb.ancestors:
        if ancestor.pos_ not in ("VERB", "AUX"):
            continue
        subject = subject_of(ancestor)
        if subject is not None and subject.pos_ in NOUN_POS:
            return subject
    return None
