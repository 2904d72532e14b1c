"""A number in a clause that repeats the verb of an earlier one with a subject of its own
("Cruz has 11 delegates, Rubio has 10"; "the 787-8 holds 210 passengers; the 787-9 holds
250") counts what the earlier number counts, but is its own subject's number: the
subject replaces the earlier one among the qualifiers and in the text."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ...resources import Resources
from ..quantities import QuantityRef
from .naming import qualifier_texts
from .phrases import noun_phrase
from .syntax import quantity_tokens, subject_of, top_of
from .words import NOUN_POS

if TYPE_CHECKING:
    from .find import AboutRef


def own_subject(doc: Doc, ref: QuantityRef, earlier: QuantityRef) -> tuple[Token, Token] | None:
    """The subject of the verb ``ref`` hangs from and the subject of ``earlier``'s verb,
    when the verbs are two and each has its own noun subject (else None)."""
    verb, earlier_verb = _verb_above(doc, ref), _verb_above(doc, earlier)
    if verb is None or earlier_verb is None or verb.i == earlier_verb.i:
        return None
    subject, earlier_subject = _subject(doc, verb), _subject(doc, earlier_verb)
    if subject is None or earlier_subject is None or subject.i == earlier_subject.i:
        return None
    if subject.pos_ not in NOUN_POS or earlier_subject.pos_ not in NOUN_POS:
        return None
    return subject, earlier_subject


def _verb_above(doc: Doc, ref: QuantityRef) -> Token | None:
    """The nearest verb above the quantity in the parse."""
    return next((t for t in top_of(doc, ref).ancestors if t.pos_ in ("VERB", "AUX")), None)


def _subject(doc: Doc, verb: Token) -> Token | None:
    """The verb's subject; without one, the name written just before it, which the parser
    may hang elsewhere in a run of clauses ("Clinton has 503 delegates and Sanders has
    70": "Sanders" read as a second object)."""
    subject = subject_of(verb)
    if subject is not None or verb.i == 0:
        return subject
    before = doc[verb.i - 1]
    return before if before.pos_ == "PROPN" and before.dep_ == "conj" else None


def with_own_subject(
    doc: Doc,
    ref: QuantityRef,
    earlier: QuantityRef,
    about: AboutRef,
    quantities: list[QuantityRef],
    resources: Resources,
) -> AboutRef:
    """``about`` (the earlier number's) with ``ref``'s own subject as whose it is."""
    subjects = own_subject(doc, ref, earlier)
    if subjects is None or about.entity_i is None:
        return about
    subject, earlier_subject = subjects
    entity = doc[about.entity_i]
    in_quantity = quantity_tokens(ref, quantities)  # every quantity's tokens, earlier's too
    own = qualifier_texts(doc, entity, [entity], [], in_quantity, resources)

    def owned_by(owner: Token) -> list[str]:
        """The qualifier texts ``owner`` adds to the entity's own."""
        texts = qualifier_texts(doc, entity, [entity], [owner], in_quantity, resources)
        return [q for q in texts if q not in own]

    stale, fresh = owned_by(earlier_subject), owned_by(subject)
    if not stale:
        return about  # the earlier number's qualifiers never named its subject
    at = next((i for i, q in enumerate(about.qualifiers) if q in stale), 0)
    qualifiers = [q for q in about.qualifiers[:at] if q not in fresh]
    qualifiers += fresh + [q for q in about.qualifiers[at:] if q not in stale and q not in fresh]
    old_text = noun_phrase(doc, earlier_subject, earlier, quantities, resources)
    new_text = noun_phrase(doc, subject, ref, quantities, resources)
    text = about.text.replace(old_text, new_text) if old_text else about.text
    return replace(about, qualifiers=tuple(qualifiers), text=text)
