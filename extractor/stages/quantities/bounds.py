"""Bounds: the words that make a number approximate, a lower or an upper bound ("well
over", "or more", "~"), from ``models/lexicons/bound_words.v1.tsv``, and where a bound
word scopes over a second number."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...resources import BOUNDS, Resources
from .refs import QuantityRef, extend, is_number_token
from .units import with_unit_suffix


def with_bound(doc: Doc, ref: QuantityRef, resources: Resources) -> QuantityRef:
    """Extend the span over a bound phrase ("well over", "or more") and set ``bound``."""
    if ref.bound == "range":
        # "between $41 and $45 per share", "30 to 35 hours a week": a range has a rate too.
        return with_unit_suffix(doc, _with_range_cue(doc, ref), resources)
    ref = with_unit_suffix(doc, ref, resources)
    start = _bound_start(doc, ref)
    # The words around the number, read once rather than once per lexicon entry.
    longest = max((len(entry.words) for entry in resources.bound_words), default=0)
    after = tuple(t.lower_ for t in doc[ref.end : ref.end + longest])
    before = tuple(t.lower_ for t in doc[max(start - longest, 0) : start])
    for entry in resources.bound_words:
        n = len(entry.words)
        if entry.after:
            if after[:n] == entry.words:
                return extend(doc, ref, ref.start, ref.end + n, entry.bound)
        elif start - n >= 0 and before[len(before) - n :] == entry.words:
            return extend(doc, ref, min(start - n, ref.start), ref.end, entry.bound)
    if doc[start].text.startswith("~"):
        return replace(ref, bound="approx")  # "~1.2mm": the tilde is glued to the number
    return _with_plus(doc, ref)


def _with_plus(doc: Doc, ref: QuantityRef) -> QuantityRef:
    """ "10,000-plus staff" (NER takes "-plus" into the number) and "10,000+ staff": more
    than the number, as "10,000 plus" is."""
    tail = tuple(t.lower_ for t in doc[max(ref.end - 2, ref.root + 1) : ref.end])
    if tail == ("-", "plus"):
        return replace(ref, bound="lower")
    after = doc[ref.end : ref.end + 2]
    hyphenated = not doc[ref.end - 1].whitespace_ and not (after and after[0].whitespace_)
    if hyphenated and [t.lower_ for t in after] == ["-", "plus"]:
        return extend(doc, ref, ref.start, ref.end + 2, "lower")
    glued = ref.end < len(doc) and doc[ref.end].text == "+" and not doc[ref.end - 1].whitespace_
    if glued and is_number_token(doc[ref.end - 1]):
        return extend(doc, ref, ref.start, ref.end + 1, "lower")
    return ref


def _bound_start(doc: Doc, ref: QuantityRef) -> int:
    """Where a bound phrase would end: before the number, or the span's own leading words
    when NER already took them ("About 40,000" is one CARDINAL entity)."""
    start = ref.start
    while start < ref.root and not is_number_token(doc[start]) and doc[start].text not in "$£€¥₹":
        start += 1
    return start


def _with_range_cue(doc: Doc, ref: QuantityRef) -> QuantityRef:
    """A range keeps its "between"/"from" inside the span."""
    if (
        ref.start > 0
        and doc[ref.start - 1].lower_ in ("between", "from")
        and doc[ref.start].lower_ not in ("between", "from")
    ):
        return extend(doc, ref, ref.start - 1, ref.end, "range")
    return ref


def share_bounds_across_coordination(doc: Doc, refs: list[QuantityRef]) -> list[QuantityRef]:
    """ "Around 100,000 Russian and 100,000 Ukrainian soldiers": the bound word scopes over
    both counts of a distributive coordination, qualifier and all (seed fixture); not over
    bare alternatives ("around 25k or 40k") nor amounts measured apart ("about 90 miles
    wide and 175 miles long"): NewsQuant gives those second numbers as exact."""
    shared = list(refs)
    for i in range(1, len(shared)):
        first, second = shared[i - 1], shared[i]
        between = doc[first.end : second.start]
        if (
            second.bound == "exact"
            and first.bound in BOUNDS
            and 2 <= len(between) <= 4
            and first.unit is None
            and between[-1].lower_ in ("and", "or")
            and all(t.pos_ in ("ADJ", "PROPN", "NOUN") for t in between[:-1])
        ):
            shared[i] = replace(second, bound=first.bound)
    return shared


def share_bounds_across_conversions(doc: Doc, refs: list[QuantityRef]) -> list[QuantityRef]:
    """ "just under 250 hp (186 kW / 253 PS)", "more than 100 km (60 miles)": the same
    amount in other units, in brackets or after a slash, keeps the bound (NewsQuant)."""
    shared = list(refs)
    for i in range(1, len(shared)):
        first, second = shared[i - 1], shared[i]
        between = [t.text for t in doc[first.end : second.start]]
        if (
            second.bound == "exact"
            and first.bound in BOUNDS
            and between in (["("], ["/"], ["("] + ["~"])
            and (first.unit or second.unit)
        ):
            shared[i] = replace(second, bound=first.bound)
    return shared
