"""Merging candidates into one ref per stretch of text, and joining or splitting refs:
ranges read apart, a change and the level it reached, ratios ("4 in 10"), a unit written
once for two coordinated numbers, refs nested in others."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from ...adapters.quantulum import parse_text
from ...resources import Resources
from ...text.numbers import SMALL_NUMBER_WORDS, shared_scale
from .filters import YEAR
from .refs import QuantityRef, extend, is_number_token, make_ref
from .units import TIME_NOUNS


def merge(doc: Doc, candidates: list[QuantityRef]) -> list[QuantityRef]:
    """One ref per stretch of text: overlapping candidates become their union ("more than
    1,000" from NER and "1,000 km" from quantulum3), reading a range before a single
    number and a number with a unit before one without."""
    ordered = sorted(candidates, key=lambda r: (r.start, r.bound != "range", r.unit is None))
    merged: list[QuantityRef] = []
    for ref in ordered:
        if merged and ref.start < merged[-1].end:
            kept = merged[-1]
            kept_range, ref_range = kept.bound == "range", ref.bound == "range"
            best = (
                ref
                if ref_range > kept_range
                or (ref_range == kept_range and kept.unit is None and ref.unit)
                else kept
            )
            same_kind = ref_range == kept_range and bool(kept.unit) == bool(ref.unit)
            longer = same_kind and ref.end > kept.end
            if best is kept and longer and ref.value != kept.value:
                best = ref  # "about 8" (NER), "8 B" (quantulum3): the longer reading has the scale
            if best is kept and longer and _extends(kept.unit, ref.unit):
                best = ref  # "12 kilometres" (quantulum3), "12 kilometres per second" (lexicon)
            # A range read by NER ("between $12 and $15") keeps the unit quantulum3 read.
            unit = best.unit or kept.unit or ref.unit
            merged[-1] = replace(
                extend(doc, best, min(kept.start, ref.start), max(kept.end, ref.end), best.bound),
                unit=unit,
            )
            continue
        merged.append(ref)
    return merged


def _extends(unit: str | None, longer: str | None) -> bool:
    """ "kilometre per second" extends "kilometre": the same unit, read further."""
    return bool(unit and longer and longer != unit and longer.startswith(unit + " "))


def share_units_across_coordination(doc: Doc, refs: list[QuantityRef]) -> list[QuantityRef]:
    """ "eight or nine euros", "5 and 10 percent", "20 x 30 feet" (dimensions): the unit
    written once belongs to both."""
    shared = list(refs)
    for i in range(len(shared) - 2, -1, -1):
        first, second = shared[i], shared[i + 1]
        between = [t.lower_ for t in doc[first.end : second.start]]
        # Only a unit written after the number goes back: "5 and Y=28,030" shares nothing.
        number = doc[second.start]
        unit_after = number.text[:1].isdigit() or (number.is_alpha and is_number_token(number))
        coordinated = between in (["or"], ["and"], ["x"], ["×"], ["by"]) and first.value is not None
        if coordinated and first.unit is None and second.unit and unit_after:
            shared[i] = replace(first, unit=second.unit)
    return shared


def join_ranges(doc: Doc, refs: list[QuantityRef]) -> list[QuantityRef]:
    """Two numbers read apart that state one range: "five per cent to 20 per cent", "from
    240 pounds to 215" (NewsQuant gives each as one range), "from $40 on Monday to $35"
    (a time aside between the ends); "rose by 5% to 10%" is a change and a level."""
    joined: list[QuantityRef] = []
    for ref in refs:
        opening = _range_opening(doc, joined, ref)
        if opening is not None:
            first = joined[opening]
            unit = first.unit or ref.unit
            low = shared_scale(
                first.value,
                doc[first.start : first.end].text,
                ref.value,
                doc[ref.start : ref.end].text,
            )
            joined[opening:] = [
                replace(
                    extend(doc, first, first.start, ref.end, "range"),
                    value=None,
                    low=min(low, ref.value),
                    high=max(low, ref.value),
                    unit=unit,
                )
            ]
            continue
        joined.append(ref)
    return joined


# At most this many refs (times of day: "at 9am") may sit in an aside between range ends.
_ASIDE_REFS = 2


def _range_opening(doc: Doc, joined: list[QuantityRef], ref: QuantityRef) -> int | None:
    """Index in ``joined`` of the low end of a range ``ref`` closes, or None; refs after it
    are inside a time aside ("from $40 at 9am to $35") and go with the range."""
    for i in range(len(joined) - 1, max(-1, len(joined) - 2 - _ASIDE_REFS), -1):
        if _states_one_range(doc, joined[i], ref):
            return i
    return None


# Words that open or continue a time aside between a range's ends ("at 9am on Monday").
_ASIDE_WORDS = frozenset({"at", "on", "in", "by", "last", "this", "early", "late", ","})


def _between_ends(doc: Doc, first: QuantityRef, second: QuantityRef) -> list[str]:
    """The words between two numbers, a time aside after "from X" left out: "from $40 at
    9am on Monday to $35" reads as "from $40 to $35" (the times say when, not how much)."""
    between = doc[first.end : second.start]
    before = doc[first.start - 1].lower_ if first.start > 0 else ""
    if before != "from" or len(between) < 2 or between[-1].lower_ != "to":
        return [t.lower_ for t in between]
    aside = between[:-1]
    # It opens with a preposition or "last"/"this": "from two a month to ten" is a rate.
    is_aside = (
        len(aside) <= 6
        and aside[0].lower_ in _ASIDE_WORDS
        and any(t.ent_type_ in ("DATE", "TIME") for t in aside)
    )
    if is_aside and all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _ASIDE_WORDS for t in aside):
        return ["to"]
    return [t.lower_ for t in between]


def _states_one_range(doc: Doc, first: QuantityRef, second: QuantityRef) -> bool:
    if (
        first.value is None
        or second.value is None
        or first.bound != "exact"
        or second.bound != "exact"
    ):
        return False
    if not (first.unit or is_number_token(doc[first.end - 1])):
        return False  # "sixfold to $3.7 billion": a multiple, then a level
    between = _between_ends(doc, first, second)
    before = doc[first.start - 1].lower_ if first.start > 0 else ""
    if first.unit and second.unit and first.unit != second.unit:
        return False
    if not (first.unit or second.unit) and all(
        YEAR.match(doc[r.root].text) for r in (first, second)
    ):
        return False  # "from 2019 to 2020" is a period
    if between == ["up", "to"] and before == "from":
        return True  # "from 300 sq ft up to 700 sq ft"
    if between == ["and"] and before == "between":
        return True  # "between twenty and thirty people" (CLAIM-SPEC: a range)
    if between == ["to"]:
        if before == "by":
            return False
        if (
            first.value > second.value
            and before != "from"
            and (first.unit or second.unit) in (None, "percent")
        ):
            return False  # "led 57 percent to 31 percent", "won 3 to 1": a comparison, not a range
        # "from 240 pounds to 215": a unit on the low end only when "from" opens the range.
        return second.unit is not None or first.unit is None or before == "from"
    return False  # "eight or nine euros" stays two numbers (NewsQuant; CLAIM-SPEC ranges)


# Ends at most this many times apart, with the unit written once after them, state one
# range of the change: "rose 10 to 15 percent" (CLAIM-SPEC "X to Y").
_RANGE_SPREAD = 5


def split_change_and_level(doc: Doc, ref: QuantityRef, resources: Resources) -> list[QuantityRef]:
    """ "rose 0.2% to 2.5%": a change and the level it reached, two numbers (NewsQuant);
    "from 0.2% to 2.5%" and "a 5% to 20% rebound" stay ranges, as do two close numbers
    sharing one unit ("rose by 10 to 15 percent", "fell 3 to 4 per cent"): a change is
    rarely written without its unit next to a level so near it."""
    if ref.bound != "range" or ref.start == 0:
        return [ref]
    before = doc[ref.start - 1]
    trend_words = resources.trend_words
    if before.lemma_.lower() not in trend_words and before.lower_ not in trend_words:
        return [ref]
    to = next((t for t in doc[ref.start : ref.end] if t.lower_ == "to"), None)
    if to is None or to.i == ref.start:
        return [ref]
    parts = []
    for start, end in ((to.i + 1, ref.end), (ref.start, to.i)):
        span = doc[start:end]
        hits = parse_text(span.text, resources=resources)
        if len(hits) != 1 or hits[0].value is None:
            return [ref]
        if (
            parts
            and hits[0].unit is None
            and _close_ends(ref)
            and _one_range_after(before, parts, trend_words)
        ):
            return [ref]
        # "rose 0.2 to 2.5%": a unit written once, at the end, is the change's unit too.
        unit = hits[0].unit or (parts[0].unit if parts else None)
        parts.append(make_ref(span, hits[0].value, None, None, "exact", unit))
    return parts[::-1]


def _one_range_after(before: Token, parts: list[QuantityRef], trend_words: frozenset[str]) -> bool:
    """The unit written once after the high end ("rose 10 to 15 percent"), or counts after
    a "by" that names who did it ("vetted by 15 to 20 people"); "fell 4 to 12" without a
    unit is a change and a level."""
    if parts[0].unit is not None:
        return True
    if before.lower_ != "by" or before.i == 0:
        return False
    verb = before.doc[before.i - 1]
    # a passive's agent, not a change: "cut by 10 to 15" stays a change and a level
    return verb.tag_ == "VBN" and verb.lemma_.lower() not in trend_words


def _close_ends(ref: QuantityRef) -> bool:
    """ "10 to 15", "3 to 4": a range's ends near enough to be one range, not a change
    ("0.2 to 2.5%") and a level, nor a change in points and an index ("30 to 4,000")."""
    low, high = ref.low, ref.high
    return low is not None and high is not None and 0 < low < high <= _RANGE_SPREAD * low


# Shares are ratios of a level, not amounts in its unit: "rose 5% to 200" is not 200%.
_SHARE_UNITS = frozenset({"percent", "percentage point", "basis point", "fraction"})


def share_units_from_change(
    doc: Doc, refs: list[QuantityRef], resources: Resources
) -> list[QuantityRef]:
    """ "rose 64 points to 4,577", "fell 3 degrees to 12", "lost $2 to 31": a level written
    without a unit right after a change in an amount is in the change's unit; a change in
    a share ("rose 5% to 200") says nothing of the level's unit."""
    shared = list(refs)
    for i, change, level, between in _levels_after_changes(doc, shared, resources):
        if change.unit and change.unit not in _SHARE_UNITS and between in (["to"], ["at"]):
            shared[i] = replace(level, unit=change.unit)
    return shared


def points_for_parallel_levels(
    doc: Doc, refs: list[QuantityRef], resources: Resources
) -> list[QuantityRef]:
    """ "the TA-35 fell 1% to 1,463 points, while the TA-125 lost 1.1% to 1,334": in a
    market report whose sentence gives an index level in points, a level written without
    a unit after a change in a share ("climbed 0.1% to", "lost 1.1% to end at") is an
    index level in points too."""
    shared = list(refs)
    for i, change, level, between in _levels_after_changes(doc, shared, resources):
        if (
            level.low is None
            and change.unit in _SHARE_UNITS
            and 1 <= len(between) <= 4
            and between[0] in ("to", "at")
            and between[-1] in ("to", "at", "of")
            and _sentence_has_points(doc, refs, level)
        ):
            shared[i] = replace(level, unit="point")
    return shared


def _levels_after_changes(
    doc: Doc, refs: list[QuantityRef], resources: Resources
) -> Iterator[tuple[int, QuantityRef, QuantityRef, list[str]]]:
    """(index, change, level, the words between) for each number without a unit that
    follows a change after a trend word ("rose 64 points to 4,577"); ``refs`` is read as
    the caller updates it."""
    for i in range(1, len(refs)):
        change, level = refs[i - 1], refs[i]
        before = doc[change.start - 1] if change.start > 0 else None
        if level.unit is None and level.value is not None and _is_trend(before, resources):
            yield i, change, level, [t.lower_ for t in doc[change.end : level.start]]


def _is_trend(token, resources: Resources) -> bool:
    return token is not None and (
        token.lemma_.lower() in resources.trend_words or token.lower_ in resources.trend_words
    )


def _sentence_has_points(doc: Doc, refs: list[QuantityRef], level: QuantityRef) -> bool:
    sent = doc[level.start].sent
    return any(
        other.unit == "point" and sent.start <= other.start < sent.end
        for other in refs
        if other is not level
    )


# "4 in 10 voters", "one in five adults", "177 out of every 100,000 people": one share.
_RATIO_LINKS = (("in",), ("in", "every"), ("out", "of"), ("out", "of", "every"))
_RATIO_BASES = frozenset(
    {2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 20, 25, 50} | {10**k for k in range(2, 7)}
)


def join_ratios(doc: Doc, refs: list[QuantityRef]) -> list[QuantityRef]:
    """ "A in B" and "A out of (every) B" as one quantity, the share A/B (unit "fraction",
    as "half" is): the B alone is no claim, and A alone loses what it is a share of."""
    by_end = {ref.end: ref for ref in refs}
    joined: list[QuantityRef] = []
    for ref in refs:
        ratio = _ratio(doc, ref, by_end)
        if ratio is None:
            joined.append(ref)
            continue
        numerator, value, start = ratio
        if numerator is not None:
            joined = [other for other in joined if other is not numerator]
        bound, root = (
            (numerator.bound, numerator.root) if numerator is not None else ("exact", start)
        )
        share = make_ref(doc[start : ref.end], value, None, None, bound, "fraction")
        joined.append(replace(share, root=root))
    return joined


def _ratio(
    doc: Doc, base: QuantityRef, by_end: dict[int, QuantityRef]
) -> tuple[QuantityRef | None, float, int] | None:
    """When ``base`` is the B of a ratio: the numerator's ref (None for a word no candidate
    holds, "one" in "one in five"), A/B, and the token where the ratio starts."""
    if (
        base.unit is not None
        or base.value is None
        or base.end - base.start != 1
        or base.value not in _RATIO_BASES
    ):
        return None
    for link in _RATIO_LINKS:
        at = base.start - len(link)
        if at < 1 or tuple(t.lower_ for t in doc[at : base.start]) != link:
            continue
        numerator = by_end.get(at)
        if (
            numerator is not None
            and numerator.unit is None
            and numerator.value is not None
            and numerator.low is None
        ):
            top, start = numerator.value, numerator.start
        else:
            numerator, top, start = None, SMALL_NUMBER_WORDS.get(doc[at - 1].lower_), at - 1
        if top is not None and 0 < top < base.value:
            return numerator, top / base.value, start
    return None


# "1/2" in "3 1/2 miles"; "½" may also be glued ("3½"), which quantulum3 reads whole.
_SIMPLE_FRACTION = re.compile(r"^(\d)/(\d{1,2})$|^[½⅓⅔¼¾⅛]$")
_VULGAR = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅛": 1 / 8}


def join_mixed_fractions(doc: Doc, refs: list[QuantityRef]) -> list[QuantityRef]:
    """ "3 1/2 miles", "2 ¾ hours": a whole number and a fraction after it are one number
    (3.5 miles), not a count of 3 and half a mile."""
    joined: list[QuantityRef] = []
    for ref in refs:
        whole = joined[-1] if joined else None
        fraction = _fraction_value(doc, ref)
        if (
            whole is not None
            and fraction is not None
            and whole.end == ref.start
            and whole.end - whole.start == 1
            and whole.unit is None
            and whole.value is not None
            and doc[whole.start].text.isdigit()
        ):
            value, end, unit = whole.value + fraction, ref.end, ref.unit
            noun = doc[end] if end < len(doc) else None
            if unit is None and noun is not None and noun.lemma_ in TIME_NOUNS:
                end, unit = end + 1, noun.lemma_  # "2 1/2 years": quantulum3 reads no unit
            mixed = make_ref(doc[whole.start : end], value, None, None, "exact", unit)
            joined[-1] = replace(mixed, root=ref.root)
            continue
        joined.append(ref)
    return joined


def _fraction_value(doc: Doc, ref: QuantityRef) -> float | None:
    """The value of a fraction written as digits or a sign that opens ``ref``, if below one."""
    match = _SIMPLE_FRACTION.match(doc[ref.start].text)
    if match is None or ref.bound == "range":
        return None
    if match.group(1):
        top, bottom = int(match.group(1)), int(match.group(2))
        return top / bottom if 0 < top < bottom else None
    return _VULGAR[doc[ref.start].text]


def drop_nested(refs: list[QuantityRef]) -> list[QuantityRef]:
    """A ref inside another after units and bounds were added ("million" in "1200 parts
    per million") is part of that quantity, not one of its own."""

    def inside(ref: QuantityRef, other: QuantityRef) -> bool:
        # By characters: the two numbers of "20/25 mph" share a token, neither holds the other.
        return (
            other.start_char <= ref.start_char
            and ref.end_char <= other.end_char
            and (other.start_char, other.end_char) != (ref.start_char, ref.end_char)
        )

    return [ref for ref in refs if not any(inside(ref, other) for other in refs)]
