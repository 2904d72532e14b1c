"""Bounds: the words that make a number approximate, a lower or an upper bound ("well
over", "or more", "~"), from ``models/lexicons/bound_words.v1.tsv``, and where a bound
word scopes over a second number."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...lexicons import BOUNDS
from ...resources import Resources
from ...text.numbers import FRACTION_WORDS, SCALE_TOKENS
from .compounds import UNITS_BEFORE
from .refs import QuantityRef, extend, is_number_token
from .units import with_unit_suffix


def with_bound(doc: Doc, ref: QuantityRef, resources: Resources) -> QuantityRef:
    """Extend the span over a bound phrase ("well over", "or more") and set ``bound``."""
    if ref.bound == "range":
        # "between $41 and $45 per share", "30 to 35 hours a week": a range has a rate too.
        return with_unit_suffix(doc, _with_range_cue(doc, ref), resources)
    ref = with_unit_suffix(doc, ref, resources)
    margin = _with_margin(doc, ref)
    if margin is not None:
        return margin
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
            sign = doc[start - n]
            if not sign.is_alpha and sign.i > 0 and is_number_token(doc[sign.i - 1]):
                continue  # "3 < 4": a sign between two numbers compares them
            if entry.bound == "exact":
                # "went up to 8%": the level a change reached, not "up to 8%" (the lexicon
                # lists the verb with its particle so that it outranks the bound phrase).
                return extend(doc, ref, max(start, ref.start), ref.end, "exact")
            return extend(doc, ref, min(start - n, ref.start), ref.end, entry.bound)
    if doc[start].text.startswith("~"):
        return replace(ref, bound="approx")  # "~1.2mm": the tilde is glued to the number
    return _with_plus(doc, ref)


# The words of a margin before its number: "plus or minus 3 points", "± 3", "+/- 4".
_MARGIN_WORDS = (("plus", "or", "minus"), ("+/-",), ("+", "/-"), ("+", "/", "-"), ("±",))


def _with_margin(doc: Doc, ref: QuantityRef) -> QuantityRef | None:
    """ "plus or minus 3 points" (a poll's margin of error): the margin words are the
    number's cue and belong to its span (CLAIM-SPEC, bound: "the cue words belong inside
    quantity.text"), whether a reader took in "minus", all of them or none; they state a
    margin, never a sign, and no bound of the lexicon. None when no margin word precedes."""
    start = ref.start
    if doc[start].lower_ == "minus":
        start += 1  # "minus 3 points" read without "plus or"
    for words in _MARGIN_WORDS:
        n = len(words)
        if start - n >= 0 and tuple(t.lower_ for t in doc[start - n : start]) == words:
            value = abs(ref.value) if ref.value is not None else None
            return replace(extend(doc, ref, start - n, ref.end, ref.bound), value=value)
    return None


# A word hyphenated after a number that bounds it: "10,000-plus staff" is more than
# 10,000, "40-odd years" about 40.
_HYPHENATED_BOUNDS = {"plus": "lower", "odd": "approx"}


def _with_plus(doc: Doc, ref: QuantityRef) -> QuantityRef:
    """ "10,000-plus staff" and "billion-dollar-plus" (NER takes "-plus" in), "30-plus
    years" (the unit read past it), "40-odd years" and "10,000+ staff": a bound glued to
    the number."""
    last = max((t.i for t in doc[ref.root : ref.end] if is_number_token(t)), default=ref.root)
    for i in (last, ref.end - 2, ref.end - 1):  # after the number, in the span, after it
        bound = _hyphenated_bound(doc, i)
        if bound is not None:
            return extend(doc, ref, ref.start, max(ref.end, i + 3), bound)
    glued = ref.end < len(doc) and doc[ref.end].text == "+" and not doc[ref.end - 1].whitespace_
    if glued and is_number_token(doc[ref.end - 1]):
        return extend(doc, ref, ref.start, ref.end + 1, "lower")
    return ref


def _hyphenated_bound(doc: Doc, i: int) -> str | None:
    """The bound of "-plus"/"-odd" glued right after token ``i``, or None."""
    suffix = doc[i + 1 : i + 3]
    if (
        i < 0
        or len(suffix) < 2
        or doc[i].whitespace_
        or suffix[0].text != "-"
        or suffix[0].whitespace_
        or suffix[1].lower_ not in _HYPHENATED_BOUNDS
    ):
        return None
    return _HYPHENATED_BOUNDS[suffix[1].lower_]


_ARTICLE_NUMBERS = frozenset({"dozen", "hundred", *SCALE_TOKENS, *FRACTION_WORDS})


def _bound_start(doc: Doc, ref: QuantityRef) -> int:
    """Where a bound phrase would end: before the number, or the span's own leading words
    when NER already took them ("About 40,000" is one CARDINAL entity)."""
    start = ref.start
    words = [t.lower_ for t in doc[ref.start : ref.end]]
    if words[0] in ("a", "an") and words[-3:] == ["and", "a", "half"]:
        return start  # "almost [a year and a half]": the reading opens with its article
    # A sign or a unit written before the number ("$5", "Mach 2") takes the bound word.
    while (
        start < ref.root
        and not is_number_token(doc[start])
        and doc[start].text not in "$£€¥₹"
        and doc[start].text not in UNITS_BEFORE
    ):
        start += 1
    # "about a dozen", "over a third": the article belongs to a number it can count ("a
    # six hour flight" and "under a five-year contract" give it to the noun instead).
    if start > 0 and doc[start - 1].lower_ in ("a", "an") and doc[start].lower_ in _ARTICLE_NUMBERS:
        start -= 1
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
