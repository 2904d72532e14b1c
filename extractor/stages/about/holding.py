"""Holders that only hold the counted things, so say neither whose nor which they are
(CLAIM-SPEC: qualifiers say whose or which): "a fleet of 30 jets" (``only_holds``),
"offered buyouts to 22,000 workers" (``handed_over``), and a whole described by what it
consists of ("a fleet consisting of 30 jets", "a portfolio comprising 40 hotels", "a
board made up of nine members": ``composed_whole``), whose participle only says what the
whole holds, as "of" does, so the number is asserted by the verb of the whole ("Acme
operates a fleet consisting of 30 jets" -> operates) and is whose the whole is (Acme)."""

from __future__ import annotations

from spacy.tokens import Token

from ...resources import Resources

# Verbs of composition whose participle hangs on the whole: "consisting of", "comprising",
# "composed of", "made (up) of"; "make" and "compose" only with their "of".
_COMPOSING = frozenset({"consist", "comprise", "compose", "make"})
_ONLY_WITH_OF = frozenset({"make", "compose"})
# How the whole hangs on the verb that asserts something of it: its object.
_HELD_DEPS = frozenset({"dobj"})


def composed_whole(entity: Token) -> Token | None:
    """The whole noun a participle of composition describes by ``entity`` (its object,
    or the object of its "of"; or an item listed with or in apposition to it), when the
    whole is a verb's object; else None."""
    while entity.dep_ in ("conj", "appos") and entity.head.i != entity.i:
        entity = entity.head  # "30 aircraft (24 A320s and 6 A321s)": members too
    if entity.dep_ == "pobj" and entity.head.lower_ == "of":
        verb = entity.head.head
        if verb.dep_ == "prt":
            verb = verb.head  # "made up of", the "of" on the particle
    elif entity.dep_ == "dobj":
        verb = entity.head
    else:
        return None
    lemma = verb.lemma_.lower()
    if verb.dep_ != "acl" or verb.tag_ not in ("VBG", "VBN") or lemma not in _COMPOSING:
        return None
    if lemma in _ONLY_WITH_OF and entity.dep_ != "pobj":
        return None  # "a cake made of 30 ingredients", not "a film made 30 years ago"
    whole = verb.head
    if whole.pos_ not in ("NOUN", "PROPN") or whole.dep_ not in _HELD_DEPS:
        return None
    return whole if whole.head.pos_ in ("VERB", "AUX") else None


def only_holds(holder: Token | None, entity: Token, resources: Resources) -> bool:
    """The holder only holds the counted things, so says neither whose nor which they
    are: "a list of 789 dealerships", "options of six aircraft", "a fleet of 30 jets";
    but a survey or a report of them says which ("a survey of 12 countries")."""
    return (
        holder is not None
        and entity.dep_ == "pobj"
        and entity.head.lower_ == "of"
        and entity.head.head.i == holder.i
        and holder.lemma_.lower() not in resources.document_nouns
    )


def handed_over(holder: Token | None, entity: Token, resources: Resources) -> bool:
    """The holder is what a verb of handing over (``about_transfer_verbs``) gives to or
    takes from the counted things, so says neither whose nor which they are: "offered
    buyouts to 22,000 workers", "received orders from two customers"; but "propelled
    the club to a 20-5 record" is the club's record."""
    prep = entity.head
    return (
        holder is not None
        and holder.head.lemma_.lower() in resources.about_transfer_verbs
        and holder.dep_ == "dobj"
        and entity.dep_ == "pobj"
        and prep.dep_ in ("prep", "dative")
        and prep.head.i == holder.head.i
        and prep.i > holder.i
    )
