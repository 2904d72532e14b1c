"""Units: the units lexicon read right after a number, rates, ages, percentage points and
fractions ("half" is 0.5 with unit "fraction")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from ...article.offsets import doc_start
from ...resources import Resources
from ...text.numbers import FRACTION_TOKEN
from ...text.patterns import CutPattern
from .refs import QuantityRef, extend, is_number_token

CURRENCY_SIGNS = frozenset("$£€¥₹")
TIME_NOUNS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
_AGE_UNITS = frozenset({"year", "month", "week", "day"})
# The number part of a token: "640" in "640bhp", "2.8bn" in "2.8bn", "10" in "10W".
_NUMBER_PREFIX = re.compile(r"^[~$£€¥₹]*\d[\d,]*(?:\.\d+)?(?:(?:bn|mn|tn|k|m|b)(?![A-Za-z]))?")
_CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")
_NUMBER_WITH_STOP = re.compile(r"^\d[\d,]*(?:\.\d+)?[A-Za-z]+\.$")


@lru_cache(maxsize=4)
def unit_words(resources: Resources) -> tuple[dict[str, str], CutPattern]:
    """``models/lexicons/units.v2.tsv`` (generated): unit surfaces and the pattern that
    finds one right after a number (glued, spaced or hyphenated), longest surface first
    (cut to the surfaces in the text at hand until a run is long: ``CutPattern``)."""
    units = dict(resources.units)
    surfaces = sorted(units, key=len, reverse=True)
    alternation = "|".join(map(re.escape, surfaces))
    source = rf"(?P<sep>[ \u00a0-]?)(?P<unit>{alternation})(?![\w/²³])"
    return units, CutPattern(source, 0, surfaces)


@lru_cache(maxsize=4)
def number_with_unit(resources: Resources) -> CutPattern:
    """A number and a lexicon unit after it ("20mL", "45m2", "80km/hr", "12pc", "-5C"); not
    the second number of "0-to-60-mph" (quantulum3 and the range rules read that)."""
    units, pattern = unit_words(resources)
    number = r"(?<![\w.,$£€¥₹-])(?P<sign>[-−](?=\d))?(?P<num>\d[\d,]*(?:\.\d+)?)"
    return CutPattern(number + pattern.pattern, 0, sorted(units, key=len, reverse=True))


def whole_unit_patterns(resources: Resources) -> None:
    """The unit patterns compiled whole now, for a long run (a batch, before it forks)."""
    for pattern in (unit_words(resources)[1], number_with_unit(resources)):
        pattern.use_whole()


def unit_after(resources: Resources, match: re.Match[str]) -> str | None:
    """The unit a ``unit_words``/``number_with_unit`` match names; None for a glued-only
    surface written apart from its number ("12 pc" is no percent)."""
    surface = match.group("unit")
    if match.group("sep") and surface in resources.glued_units:
        return None
    return unit_words(resources)[0][surface]


# Units that also name a material: "lost 3 stone" is a weight, "two stone lions" are made
# of stone (a noun after the spaced surface); "a 20-stone man" is a weight again.
_MATERIAL_UNITS = frozenset({"stone"})


def names_a_material(doc: Doc, end: int, match: re.Match[str]) -> bool:
    """The lexicon unit ``match`` found, ending before token ``end``, is a material the
    next noun is made of, not the number's unit."""
    after = doc[end] if end < len(doc) else None
    return (
        match.group("unit") in _MATERIAL_UNITS
        and match.group("sep") == " "
        and after is not None
        and after.pos_ in ("NOUN", "PROPN")
    )


def with_lexicon_unit(doc: Doc, ref: QuantityRef, resources: Resources) -> QuantityRef:
    """A unit from the units lexicon written right after the number: it wins over
    quantulum3's reading ("12 C" is Celsius, "4 ppb" is parts per billion: NewsQuant)."""
    money_sign_first = (
        bool(ref.unit and _CURRENCY_CODE.match(ref.unit)) and not doc[ref.root].text[:1].isdigit()
    )
    money_sign_first = money_sign_first or (
        doc[ref.root].i > 0 and doc[doc[ref.root].i - 1].text in CURRENCY_SIGNS
    )
    if ref.unit and money_sign_first:
        return ref  # money with its currency written before the number ("$5 C")
    # "104F." ends a sentence as one token: the full stop is no part of the number.
    numbers = [
        t for t in doc[ref.root : ref.end] if is_number_token(t) or _NUMBER_WITH_STOP.match(t.text)
    ]
    if not numbers:
        return ref
    last = numbers[-1]
    prefix = _NUMBER_PREFIX.match(last.text)
    number_end = last.idx + (prefix.end() if prefix else len(last.text))
    units, pattern = unit_words(resources)
    # Only the next few tokens' text: Doc.text rebuilds the whole string on every call.
    window = doc[last.i : last.i + 12].text
    found = pattern.match(
        window, number_end - last.idx, min(number_end - last.idx + 40, len(window))
    )
    # The ref's offsets are in the article; char_span takes the Doc's own.
    base = doc_start(doc)
    if found is None and ref.unit is None:
        return _with_modified_unit(doc, ref, last, units)
    if found is None or _is_longer_rate(doc, ref, last.idx + found.end() + base):
        return ref
    rest = window[found.end() : ref.end_char - base - last.idx]
    if ref.unit and re.search(r"\d", rest):
        return ref  # "6-foot-5": feet and inches read whole (split after the merge)
    span = doc.char_span(
        ref.start_char - base,
        max(ref.end_char - base, last.idx + found.end()),
        alignment_mode="expand",
    )
    unit = unit_after(resources, found)
    if span is None or unit is None or names_a_material(doc, span.end, found):
        return ref
    return replace(extend(doc, ref, span.start, span.end, ref.bound), unit=unit)


# Participles, comparatives and nouns between a number and its unit: "rushing", "more".
_UNIT_MODIFIER_TAGS = frozenset({"VBG", "VBN", "JJR", "RBR", "NN"})


def _with_modified_unit(doc: Doc, ref: QuantityRef, last, units: dict[str, str]) -> QuantityRef:
    """ "517 rushing yards", "ten more miles": a unit word the number counts (the parse's
    ``nummod``) after one or two participles, comparatives or nouns is its unit; not
    after an adjective, which may make another unit ("10 nautical miles")."""
    head = last.head
    between = doc[last.i + 1 : head.i]
    if (
        last.dep_ != "nummod"
        or not 1 <= len(between) <= 2
        or not (head.is_alpha and head.is_lower and len(head.text) > 3)
        or head.text not in units
        or any(t.tag_ not in _UNIT_MODIFIER_TAGS or not t.is_lower for t in between)
    ):
        return ref
    return replace(extend(doc, ref, ref.start, head.i + 1, ref.bound), unit=units[head.text])


def _is_longer_rate(doc: Doc, ref: QuantityRef, unit_end_char: int) -> bool:
    """A rate the ref already reads past the lexicon unit ("$5 per share", "40 miles an
    hour"): it is kept; a lexicon surface as long or longer wins ("12Mb/s" is no megabarn)."""
    text = doc[ref.start : ref.end].text
    rate = bool(ref.unit and " per " in ref.unit and re.search(r" per | an? |/", text))
    return rate and unit_end_char < ref.end_char


def with_unit_suffix(doc: Doc, ref: QuantityRef, resources: Resources) -> QuantityRef:
    """ "5 percentage points" is in percentage points, not percent; ages and rates."""
    after = doc[ref.end].lower_ if ref.end < len(doc) else ""
    if ref.unit == "percent" and after in ("point", "points"):
        return replace(extend(doc, ref, ref.start, ref.end + 1, ref.bound), unit="percentage point")
    before = [t.lower_ for t in doc[max(ref.start - 2, 0) : ref.start]]
    if ref.unit is None and (
        _is_appositive_age(doc, ref, resources)
        or _is_stated_age(doc, ref)
        or is_unpunctuated_age(doc, ref)
        or before[-1:] in (["aged"], ["age"])
        or before == ["age", "of"]
    ):
        # "Smith, 58,", "women aged 25 to 54", "at the age of 86", "at age 7"
        return replace(ref, unit="year of age")
    following = [t.lower_ for t in doc[ref.end : ref.end + 2]]
    if ref.unit in _AGE_UNITS and (following[:1] == ["old"] or following == ["-", "old"]):
        # "an 18 year-old winger", "a 65-year-old": an age, not a duration (NewsQuant).
        return replace(
            extend(
                doc,
                ref,
                ref.start,
                ref.end + len(following[: following.index("old") + 1]),
                ref.bound,
            ),
            unit=f"{ref.unit} of age",
        )
    rate = _rate_suffix(doc, ref, resources)
    if rate is not None:
        end, per = rate
        return replace(extend(doc, ref, ref.start, end, ref.bound), unit=f"{ref.unit} per {per}")
    return ref


def _is_appositive_age(doc: Doc, ref: QuantityRef, resources: Resources) -> bool:
    """ "Maddon, 66, said", "her daughter, 12,": a whole number between commas right after
    a person's name or a noun for one person (``person_nouns.v1.txt``; a hyphenated one by
    its first part, "the mother-of-three, 41,") is the person's age (NewsQuant: "year of
    age")."""
    if (
        ref.value is None
        or not 0 < ref.value < 120
        or not float(ref.value).is_integer()
        or ref.end - ref.start != 1
    ):
        return False
    before = doc[ref.start - 2 : ref.start]
    after = doc[ref.end].text if ref.end < len(doc) else ""
    first = ref.start - 2  # the first token of a hyphenated word ("mother-of-three")
    while first > 0 and not doc[first - 1].whitespace_ and doc[first - 1].text != ",":
        first -= 1
    named = before[:1] and (
        before[0].ent_type_ == "PERSON"
        or (before[0].pos_ == "PROPN" and before[0].is_title)
        or doc[max(first, 0)].lower_ in resources.person_nouns
    )
    return len(before) == 2 and before[1].text == "," and bool(named) and after in (",", ")")


def is_unpunctuated_age(doc: Doc, ref: QuantityRef) -> bool:
    """ "Jane Doe 52 has spent ...": the appositive age of text with its commas stripped,
    a whole number between a full name (a PERSON of two words or more) and a verb."""
    if ref.value is None or not 0 < ref.value < 120 or not float(ref.value).is_integer():
        return False
    if ref.end - ref.start != 1 or ref.start == 0 or ref.end >= len(doc):
        return False
    name, after = doc[ref.start - 1], doc[ref.end]
    # NER may take the number into the name ("Nick Walker 35" as one PERSON).
    full_name = ref.start >= 2 and all(
        t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in (doc[ref.start - 2], name)
    )
    return full_name and after.pos_ in ("AUX", "VERB")


# One person: "they were 5" counts people, it states no age.
_PERSON_PRONOUNS = frozenset({"i", "he", "she", "who"})


def _is_stated_age(doc: Doc, ref: QuantityRef) -> bool:
    """ "He will be 35", "his son, who was 7": a whole number that is all a person "is"
    (the complement of "be", nothing counted after it) is the person's age."""
    root = doc[ref.root]
    if ref.value is None or not 0 < ref.value < 120 or not float(ref.value).is_integer():
        return False
    if root.head.lemma_ != "be" or root.dep_ not in ("attr", "acomp", "npadvmod", "dep"):
        return False
    subjects = [t for t in root.head.children if t.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lower_ in _PERSON_PRONOUNS or t.ent_type_ == "PERSON" for t in subjects)


def _rate_suffix(doc: Doc, ref: QuantityRef, resources: Resources) -> tuple[int, str] | None:
    """ "$58.24 per barrel", "$3,500 a month", "90 km per hour", "$3.99/lb", "a
    £50,000-a-year job": a rate's unit (NewsQuant prices and speeds); the "per" may
    already sit inside the span."""
    if not ref.unit or " per " in ref.unit or ref.unit.startswith("percent"):
        return None  # "per cent" is the percent sign spelled out
    units = unit_words(resources)[0]
    for i in range(doc[ref.root].i + 1, min(ref.end + 1, len(doc) - 1)):
        word, noun, skip = doc[i], doc[i + 1], 0
        if _is_hyphen(word) and i + 3 < len(doc) and _is_hyphen(doc[i + 2]):
            word, noun, skip = doc[i + 1], doc[i + 3], 2  # "-a-year", "-an-hour"
        is_per = word.lower_ in ("per", "/") or (
            word.lower_ in ("a", "an") and _rate_noun(doc, ref, noun, resources)
        )
        after = doc[noun.i + 1].lower_ if noun.i + 1 < len(doc) else ""
        if after in ("earlier", "ago", "later", "before", "after"):
            continue  # "$2.1 billion a year earlier" is a date, not a rate
        # "per mmBTU", "/lb": a unit written as an abbreviation takes its lexicon name.
        known = noun.pos_ in ("NOUN", "PROPN")
        known = known or (word.lower_ in ("per", "/") and noun.text in units)
        per = units.get(noun.text, noun.lemma_.lower())
        if is_per and known and noun.is_alpha and per != ref.unit:
            return max(ref.end, i + 2 + skip), per  # never "hour per hour" ("half an hour")
    return None


def _is_hyphen(token) -> bool:
    return token.text == "-" and not token.whitespace_ and not token.nbor(-1).whitespace_


# Money for one of these: "$62 a share", "$1,780 an ounce" (beside any unit of the table).
_PRICED_NOUNS = frozenset({"share", "head", "person", "ticket"})


def _rate_noun(doc: Doc, ref: QuantityRef, noun, resources: Resources) -> bool:
    """The noun after "a"/"an" that makes a rate: a time ("a month"), or, after money, a
    unit or a priced thing ending its noun phrase ("$58.24 a barrel", "$62 a share")."""
    if noun.lower_ in TIME_NOUNS:
        return True
    money = bool(ref.unit and _CURRENCY_CODE.match(ref.unit)) or ref.unit in ("cent", "penny")
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    ends_phrase = after is None or after.pos_ not in ("NOUN", "PROPN")
    known = noun.text in unit_words(resources)[0] or noun.lower_ in _PRICED_NOUNS
    return money and ends_phrase and noun.tag_ == "NN" and known


def as_sterling(doc: Doc, ref: QuantityRef, resources: Resources) -> QuantityRef:
    """ "costs 60 pounds", "paid 300 pounds", "60 pounds sterling": pounds that are money
    (GBP), not weight: the amount is the object of a money word
    (``models/lexicons/money_words.v1.txt``) or "sterling" follows."""
    if ref.unit != "pound-mass":
        return ref
    word = doc[ref.end - 1]
    if word.lower_ not in ("pound", "pounds"):
        return ref  # "60 lb" is always weight
    after = doc[ref.end].lower_ if ref.end < len(doc) else ""
    # NER's MONEY label is no evidence: it tags "measured 12 Pounds" as money.
    if word.head.lemma_.lower() in resources.money_words:
        return replace(ref, unit="GBP")
    if after == "sterling":
        return replace(extend(doc, ref, ref.start, ref.end + 1, ref.bound), unit="GBP")
    return ref


def as_fractions(doc: Doc, refs: list[QuantityRef]) -> list[QuantityRef]:
    """CLAIM-SPEC: "half" is 0.5 with unit "fraction" (also "two-thirds", "a quarter")."""
    return [
        replace(ref, unit="fraction")
        if ref.unit is None
        and ref.value is not None
        and 0 < ref.value < 1
        and any(FRACTION_TOKEN.match(token.text) for token in doc[ref.start : ref.end])
        else ref
        for ref in refs
    ]
