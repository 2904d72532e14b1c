"""The subject of "be" right before a number: "X is N" says the number is X's, however
the parser hung the number ("the average life expectancy for men is around 73, raising
..." with "73" attached to another clause) or lost the subject of a second "be" ("the
charge was 2.5 F and the voltage across it was 5 volts")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .syntax import subject_of
from .words import NOUN_POS, is_date, is_unit_noun

if TYPE_CHECKING:
    from .measured import Context, Proposal

_COPULA_SCORE = 0.85  # above a holder found up the parse, below the number's own noun


def copula_subject(context: Context) -> list[Proposal]:
    """The noun subject of the "be" written right before the number (its bound words
    are part of the quantity: "is around 73")."""
    doc, ref = context.doc, context.ref
    counted = context.counted
    if ref.start == 0 or (
        counted is not None and not is_unit_noun(counted, resources=context.resources, ref=ref)
    ):
        return []  # "is 5 volts" measures, "are 300 residents" counts
    verb = doc[ref.start - 1]
    if verb.lemma_ != "be" or verb.pos_ not in ("AUX", "VERB"):
        return []
    subject = subject_of(verb) or _phrase_before(verb, context.in_quantity)
    if subject is None or subject.pos_ not in NOUN_POS or subject.i in context.in_quantity:
        return []
    return [] if is_date(subject) else [(subject, _COPULA_SCORE, None)]


def _phrase_before(verb: Token, in_quantity: set[int]) -> Token | None:
    """The highest noun whose phrase ends right before a subjectless, coordinated "be"
    and holds no number: "... and the voltage across it was 5 volts" -> voltage (the
    parse hung it on the first clause's "2.5 F")."""
    if verb.dep_ != "conj" or verb.i == 0:
        return None
    word = verb.doc[verb.i - 1]
    ending = [
        t
        for t in (word, *word.ancestors)
        if t.pos_ in NOUN_POS
        and t.i < verb.i
        and t.right_edge.i == verb.i - 1
        and not any(w.i in in_quantity for w in t.subtree)
    ]
    return ending[-1] if ending else None
