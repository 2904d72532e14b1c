"""The measure an amount is moved onto or off: "the levy adds $2,000 to the cost of a
car" -> cost, "the slump wiped $340m from the firm's value" -> value. The verb's subject
caused the move; the number measures the noun of its "to", "from" or "off" phrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import prep_object, top_of
from .words import NOUN_POS

if TYPE_CHECKING:
    from .measured import Context, Proposal

_SHIFTED_SCORE = 0.9  # above a holder found up the parse (the verb's subject)
_SHIFT_PREPOSITIONS = ("to", "from", "off", "onto")


def shifted_measure(context: Context) -> list[Proposal]:
    """The noun an amount is added to or taken from, when a shift verb
    (``about_shift_verbs``) takes the number as its object."""
    top = top_of(context.doc, context.ref)
    verb = top.head
    if top.dep_ != "dobj" or verb.lemma_.lower() not in context.resources.about_shift_verbs:
        return []
    for preposition in _SHIFT_PREPOSITIONS:
        measure = prep_object(verb, preposition) or prep_object(top, preposition)
        if measure is None or measure.i in context.in_quantity or measure.i < top.i:
            continue
        if measure.pos_ in NOUN_POS:
            return [(measure, _SHIFTED_SCORE, None)]
    return []
