"""The item of a verbless entry in a list of moves: the verb is said once for the whole
list, and each later entry names only its item and its number ("Alpha fell 2%, Beta by 3%
and Gamma 4%", "stocks such as Delta up 9% to $84"). The item is what the number measures,
not the subject of the one verb the parser could attach it to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..quantities import QuantityRef
from .syntax import top_of
from .words import NOUN_POS, is_date

if TYPE_CHECKING:
    from .measured import Context, Proposal

_LISTED_SCORE = 0.92  # above a holder found up the parse, below the number's own noun
# What opens an entry of a list: a comma, a coordinator, "while", "such as", "including".
_ENTRY_OPENERS = frozenset({",", ";", "and", "or", "while", "whereas", "as", "including", "with"})
# Openers of a verbless clause rather than of a list entry: a move word must follow.
_CLAUSE_OPENERS = frozenset({"with"})
_MAX_ITEM_WORDS = 5  # the item's own phrase: "A2 Milk", "the Hang Seng index"
# Prepositions that only bring the number in: the list's verb says what is asserted.
_BARE_PREPOSITIONS = frozenset({"by", "to"})


def listed_item(context: Context) -> list[Proposal]:
    """The item of the number's list entry, when the entry has no verb of its own."""
    doc, ref = context.doc, context.ref
    moves = context.resources.about_list_moves
    i = ref.start - 1
    # Back over the move words and the entry's earlier number: "Delta up 9% to $84".
    while i >= 0 and (_is_move(doc[i], moves) or i in context.in_quantity):
        i -= 1
    if i < 0:
        return []
    item = doc[i]
    if item.pos_ not in NOUN_POS or is_date(item) or item.dep_ == "compound":
        return []
    opener = _entry_opener(item)
    if opener is None or top_of(doc, ref).head.i == item.i:
        return []  # "Beta 4%" where the number modifies the item is the counted rule's
    passed_move = any(_is_move(t, moves) for t in doc[item.i + 1 : ref.start])
    if opener in _CLAUSE_OPENERS and not passed_move:
        return []  # "with oil at $80" is a clause; "friendly with Acme over two years" is not
    return [(item, _LISTED_SCORE, None)]


def listed_move(doc: Doc, ref: QuantityRef, item: Token, moves: frozenset[str]) -> str | None:
    """What the entry asserts of its item: its move word ("Delta up 9%" -> up, "oil at
    $80" -> at), not a bare "by" or "to" that only brings in the number (the list's
    verb says what then: "Beta by 3%" -> fell)."""
    words = [t.text for t in doc[item.i + 1 : ref.start] if _is_move(t, moves)]
    said = [w for w in words if w.lower() not in _BARE_PREPOSITIONS]
    return said[0] if said else None


def _is_move(token: Token, moves: frozenset[str]) -> bool:
    return token.lower_ in moves and token.pos_ in ("ADP", "ADV", "ADJ", "PART")


def _entry_opener(item: Token) -> str | None:
    """The word that opens the entry the item's phrase starts (none when the phrase
    does not start an entry: a verb or other words stand before it)."""
    doc = item.doc
    first = item.i
    while first > 0 and item.i - first < _MAX_ITEM_WORDS:
        before = doc[first - 1]
        if before.pos_ not in (*NOUN_POS, "DET", "ADJ", "NUM", "PART") or before.text == ",":
            break
        first -= 1
    if first == item.sent.start:
        return None  # a sentence that opens with the item has its own verb ("Beta rose 3%")
    opener = doc[first - 1].lower_
    return opener if opener in _ENTRY_OPENERS else None
