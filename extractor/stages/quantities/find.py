"""Quantities: numbers asserted about the world, with value, range, bound and unit.

quantulum3 (through its adapter) and spaCy's NER are used together, each covering the
other's misses, with small readers for what both miss (``candidates``). Candidates are
merged and joined (``merge``), given their units (``units``), dropped when they are no
quantity (``filters``: dates, times, years, ordinals, labels such as "page 4", model
numbers such as "Boeing 737") and given their bounds (``bounds``). Knowledge is data
under ``models/lexicons``, read through ``Resources``: bound words, unit words and
abbreviations, and the words of change that make "rose 2% to 5%" two numbers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ...article.offsets import end_char
from ...resources import Resources
from ...text.numbers import HAS_NUMBER
from ...text.units import normalise_unit
from .bounds import share_bounds_across_conversions, share_bounds_across_coordination, with_bound
from .candidates import find_candidates
from .compounds import feet_and_inches
from .filters import is_quantity
from .merge import (
    drop_nested,
    join_mixed_fractions,
    join_ranges,
    join_ratios,
    merge,
    points_for_parallel_levels,
    share_units_across_coordination,
    share_units_from_change,
    split_change_and_level,
)
from .multiples import with_multiple_value
from .names import (
    NameNumbers,
    article_name_numbers,
    is_glued_word_range,
    is_inside_capitalised_name,
    is_list_marker,
    is_name_number,
)
from .pairs import split_chains, split_slash_pairs
from .refs import QuantityRef
from .temperatures import as_temperature
from .units import as_fractions, as_sterling, with_lexicon_unit


def find_quantities(
    doc: Doc, *, resources: Resources, names: NameNumbers | None = None
) -> list[QuantityRef]:
    """Every quantity in ``doc`` that can be a claim, ordered by offset (absolute
    character offsets, as every stage gives them). ``names``: the numbers the whole
    article writes as names (``names.article_name_numbers``); by default, the Doc's."""
    names = article_name_numbers([doc]) if names is None else names
    markup = [match.span() for match in _MARKUP_TAG.finditer(doc.text)]
    found: list[QuantityRef] = []
    for sent in doc.sents:
        if not HAS_NUMBER.search(sent.text):
            continue
        candidates = [
            with_multiple_value(doc, ref, resources)
            for ref in merge(doc, find_candidates(sent, resources=resources))
        ]
        candidates = share_units_across_coordination(
            doc,
            [
                as_sterling(doc, with_lexicon_unit(doc, ref, resources), resources)
                for ref in candidates
            ],
        )
        candidates = [
            part
            for ref in join_ranges(doc, candidates)
            for part in split_change_and_level(doc, ref, resources)
        ]
        candidates = join_ratios(doc, split_chains(doc, candidates, resources))
        candidates = join_mixed_fractions(doc, candidates)
        kept = [
            ref
            for ref in candidates
            if is_quantity(doc, ref, resources)
            and not is_name_number(doc, ref, names)
            and not is_inside_capitalised_name(doc, ref, names)
            and not is_glued_word_range(doc, ref)
            and not is_list_marker(doc, ref)
            and not any(start <= doc[ref.root].idx < end for start, end in markup)
        ]
        kept = [part for ref in kept for part in (feet_and_inches(doc, ref) or [ref])]
        kept = share_units_from_change(doc, split_slash_pairs(doc, kept), resources)
        kept = points_for_parallel_levels(doc, kept, resources)
        refs = drop_nested([with_bound(doc, ref, resources) for ref in kept])
        refs = share_bounds_across_conversions(doc, share_bounds_across_coordination(doc, refs))
        found.extend(
            as_temperature(
                doc,
                replace(_without_final_period(doc, ref), unit=normalise_unit(ref.unit)),
                resources,
            )
            for ref in as_fractions(doc, refs)
        )
    return found


# A markup tag left in a dump's text ('<tweet author="..." timestamp="1468512000">'): its
# attributes are no claims.
_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>\n]*)?>")


def _without_final_period(doc: Doc, ref: QuantityRef) -> QuantityRef:
    """ "PS2.7m." and "5G." at the end of a sentence are one token with the full stop: the
    stop ends the sentence, not the quantity (an abbreviation like "m.p.h." keeps it)."""
    last = doc[ref.end - 1]
    if (
        last.text.endswith(".")
        and len(last.text) > 1
        and (last.i + 1 == len(doc) or doc[last.i + 1].is_sent_start)
        and not re.search(r"[A-Za-z]\.[A-Za-z]", last.text)
        and ref.end_char == end_char(last)
    ):
        return replace(ref, end_char=ref.end_char - 1)
    return ref
