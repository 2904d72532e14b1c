""" "Respectively": numbers listed in order with the names they belong to ("Brixco and
Tellamar cut 300 and 450 jobs, respectively" -> 300 is Brixco's, 450 Tellamar's). Each
number's qualifier is the name at its own place in the list, not the whole list
(CLAIM-SPEC: qualifiers say whose or which)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..quantities import QuantityRef

# Words that may stand between two numbers of one list: "300, 450 and 600", "4% or 7%".
_LIST_JOINERS = frozenset({",", "and", "or"})
_LISTED_POS = frozenset({"NOUN", "PROPN"})
# Words that pair two lists in order: "rose 4% and 7%, respectively", "their respective
# growth of 28% and 50%".
_PAIRING_WORDS = frozenset({"respectively", "respective"})


@dataclass(frozen=True)
class Respective:
    """The number's own name of a paired list (``item``) and the token indices of the
    whole list (``listed``)."""

    item: Token
    listed: frozenset[int]


def respective_item(doc: Doc, ref: QuantityRef, quantities: list[QuantityRef]) -> Respective | None:
    """The name at the number's place in a list that "respectively" (or "respective")
    pairs with a list of numbers of the same length; None when the sentence says
    neither, the number is not in a list of numbers, or no one list of names (other than
    the numbers') has as many items."""
    sent = doc[ref.root].sent
    if not any(t.lower_ in _PAIRING_WORDS for t in sent):
        return None
    run = _number_run(doc, ref, quantities, sent)
    if len(run) < 2:
        return None
    numbers = {i for q in quantities for i in range(q.start, q.end)}
    lists = [items for items in _name_lists(sent, numbers) if len(items) == len(run)]
    if len(lists) != 1:
        return None  # none, or more than one list the numbers could go with
    return Respective(lists[0][run.index(ref)], frozenset(t.i for t in lists[0]))


def own_respective(
    doc: Doc,
    ref: QuantityRef,
    earlier: QuantityRef,
    qualifiers: tuple[str, ...],
    quantities: list[QuantityRef],
    *,
    written: Callable[[Token], str],
) -> tuple[str, ...]:
    """The qualifiers of the earlier number of the list (which a later one continues:
    "rose 4% and 7%, respectively") with ``ref``'s own name in place of the earlier's;
    ``written``: a name token as the qualifiers write it."""
    own = respective_item(doc, ref, quantities)
    theirs = respective_item(doc, earlier, quantities)
    if own is None or theirs is None or own.listed != theirs.listed:
        return qualifiers
    old, new = written(theirs.item), written(own.item)
    return tuple(new if q == old else q for q in qualifiers)


def _number_run(
    doc: Doc, ref: QuantityRef, quantities: list[QuantityRef], sent: Span
) -> list[QuantityRef]:
    """The numbers of the sentence listed one after the other with ``ref`` ("fell by 1.5
    and 3 percent"): only commas, "and" and "or" between them."""
    ordered = sorted(
        (q for q in quantities if sent.start <= q.start < sent.end), key=lambda q: q.start
    )
    runs: list[list[QuantityRef]] = []
    for q in ordered:
        if runs and _joined(doc, runs[-1][-1], q):
            runs[-1].append(q)
        else:
            runs.append([q])
    return next((run for run in runs if ref in run), [])


def _joined(doc: Doc, before: QuantityRef, after: QuantityRef) -> bool:
    between = doc[before.end : after.start]
    return len(between) > 0 and all(t.lower_ in _LIST_JOINERS for t in between)


def _name_lists(sent: Span, numbers: set[int]) -> list[list[Token]]:
    """The coordinated nouns and names of the sentence ("ExxonMobil and Chevron"), in
    order; not a list of numbers, nor the standard of a comparison ("cheaper than its
    Mercedes and BMW rivals": what it is compared with, not whose it is)."""
    lists = []
    for token in sent:
        if token.dep_ == "conj" or not token.conjuncts:
            continue
        items = sorted([token, *token.conjuncts], key=lambda t: t.i)
        if all(t.pos_ in _LISTED_POS and t.i not in numbers for t in items) and not _compared(
            token
        ):
            lists.append(items)
    return lists


def _compared(token: Token) -> bool:
    return any(a.lower_ == "than" and a.dep_ == "prep" for a in token.ancestors)


def replaces(head: Token, words: list[Token], respective: Respective) -> bool:
    """Whether a qualifier phrase stands for the whole list: it holds an item of the list
    ("Brixco and Tellamar"), the list follows it in apposition ("energy companies
    ExxonMobil and Chevron") or modifies it ("the Dorvan and Kelso mines")."""
    listed = respective.listed
    spots = {w.i for w in words} | {head.i}
    first = head.doc[min(listed)]
    return bool(spots & listed) or max(spots) + 1 == first.i or first.head.i in spots
