"""Proposals and claims held by someone ("her plan", "its forecast"): which numbers they
speak for, and who holds them.

A proposal or claim noun with an owner puts its numbers in the owner's mouth (CLAIM-SPEC:
"Brightline Bank's forecast", "the bank's projections" -> Brightline Bank), but only the
numbers of its own clause: the verb it is the subject of ("her plan would cap ... at 28
percent"), the clause "under her plan" modifies, the noun itself ("his plan to expel 9
million"), or the change it undergoes ("the firm cut its forecast to 40,000 cars": the
values a verb gives the owned claim with "to", "by" or "from").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .syntax import MODIFIER_DEPS, first_child, inherited_subject, noun_phrase, subject_of

# The prepositions that give a revised claim its new value, its change or its old value.
CHANGE_PREPOSITIONS = frozenset({"to", "by", "from"})
# Owners that stand for the subject of the verb: "it raised its forecast".
_OWNER_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})


def revising_verb(proposal: Token) -> Token | None:
    """The verb that gives an owned claim new values: "it edged up its forecast by 0.1
    points to 4.2 percent" (the claim is its object, the values hang from the verb)."""
    verb = proposal.head
    if proposal.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if not any(
        child.dep_ == "prep" and child.lower_ in CHANGE_PREPOSITIONS for child in verb.children
    ):
        return None
    return verb


def revising_subject(proposal: Token) -> Span | None:
    """Who revises their own claim: the subject of the revising verb when the owner is a
    pronoun for it ("Acme raised its forecast to 40,000 cars": Acme, not "its")."""
    owner = first_child(proposal, "poss")
    verb = revising_verb(proposal)
    if owner is None or verb is None or owner.lower_ not in _OWNER_PRONOUNS:
        return None
    subject = subject_of(verb, "nsubj") or inherited_subject(verb)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return noun_phrase(subject)


def proposal_anchor(proposal: Token) -> Token:
    """The word a proposal's numbers hang from: the verb it is the subject of ("her plan
    would cap ... at 28 percent"), the clause "under her plan" modifies, the verb that
    revises it ("cut its forecast to 40,000"), or the proposal itself ("his plan to expel
    9 million")."""
    if proposal.dep_ in ("nsubj", "nsubjpass"):
        return proposal.head
    if proposal.dep_ == "pobj" and proposal.head.lower_ == "under":
        anchor = proposal.head.head
        # "Under her plan, workers earning tips would pay ...": the parse may hang the
        # phrase on a participle of the subject; the plan governs the whole clause.
        while anchor.dep_ in MODIFIER_DEPS and anchor.head.i != anchor.i:
            anchor = anchor.head
        return anchor
    return revising_verb(proposal) or proposal
