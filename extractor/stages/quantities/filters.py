"""What is not a quantity: dates, times, years, ordinals, labels, phone and model numbers,
the pronoun "one" and periods named by fractions ("the fourth quarter")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...resources import Resources
from ...text.numbers import FRACTION_WORDS, ORDINAL_NUMBER, SCALE_TOKENS
from .refs import PREFIXED_NUMBER, QuantityRef
from .scores import is_score
from .units import TIME_NOUNS, is_unpunctuated_age, number_with_unit, unit_words

MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "jan.",
        "feb",
        "feb.",
        "mar",
        "mar.",
        "apr",
        "apr.",
        "jun",
        "jun.",
        "jul",
        "jul.",
        "aug",
        "aug.",
        "sep",
        "sep.",
        "sept",
        "sept.",
        "oct",
        "oct.",
        "nov",
        "nov.",
        "dec",
        "dec.",
    ]
)
DATE_WORDS = re.compile(
    r"\b(day|days|week|weeks|month|months|year|years|decade|century|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|today|yesterday|tomorrow|ago|"
    + "|".join(m.rstrip(".") for m in MONTHS)
    + r")\b|\b(1[5-9]|20)\d\d\b|\b\d*0s\b",  # "1980s", "80s"; not a model's "A380s"
    re.IGNORECASE,
)
# 1600-2199: "an average of 1500" is an amount, "by 2120" a year (NewsQuant).
YEAR = re.compile(r"^(1[6-9]|2[01])\d\d$")
# "10:30" is a time; "13.60" is a decimal ("$13.60", "2.13%": NewsQuant prices and rates)
# and only a time with a clock word after it ("10.45pm", "10.45 GMT").
_TIME = re.compile(r"^\d{1,2}:\d\d$|^\d{1,2}(?:[:.]\d\d)?(am|pm|a\.m\.|p\.m\.)$", re.IGNORECASE)
_AGO_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
)
_TIME_AFTER = frozenset(
    {
        "am",
        "pm",
        "a.m.",
        "p.m.",
        "a.m",
        "p.m",
        "gmt",
        "utc",
        "bst",
        "et",
        "est",
        "edt",
        "pst",
        "o'clock",
        "hrs",
        "hours",
    }
)
_DECADE = re.compile(r"^'?\d*0s$")
# "555-1234", "555-123-4567"; "200-250" (seats: MEANTIME) is a range, not a phone number.
_PHONE = re.compile(r"^\+?(?:\d{3}[-. ])?\d{3}[-. ]\d{4}$")
_MIXED_ALNUM = re.compile(r"^(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")
_PERIOD_FRACTIONS = frozenset({"quarter", "half"})
_PERIOD_DETERMINERS = frozenset(
    {
        "the",
        "this",
        "that",
        "last",
        "next",
        "first",
        "second",
        "third",
        "fourth",
        "same",
        "previous",
        "each",
    }
)


def is_quantity(doc: Doc, ref: QuantityRef, resources: Resources) -> bool:
    """False for dates, times, years, ordinals, labels, scores, phone and model numbers."""
    if ref.value is None and ref.low is None:
        return False
    return not (
        _names_a_thing(doc, ref, resources)
        or _is_time_or_date(doc, ref)
        or _is_label(doc, ref, resources)
        or _is_pronoun_or_period(doc, ref)
        or _is_written_date(doc, ref)
        or is_score(doc, ref, resources)
    )


def _names_a_thing(doc: Doc, ref: QuantityRef, resources: Resources) -> bool:
    """An ordinal, a decade, a phone number or a name's number ("G7", "COVID -19")."""
    span = doc[ref.start : ref.end]
    root = doc[ref.root]
    text = root.text
    if is_bare_ordinal(doc, root):
        return True  # "finished third", "the fourth quarter"
    if (
        ORDINAL_NUMBER.match(text)
        or (
            root.ent_type_ == "ORDINAL"
            and ref.unit is None  # "80km/hr" is tagged ORDINAL by the small model
            and not (ref.value is not None and 0 < ref.value < 1)
        )
        or _DECADE.match(text)
        or _PHONE.match(span.text)
    ):
        return True
    if _is_fraction_compound(doc, ref, resources):
        return True  # "half-time", "half-brother": a name, not 0.5
    if text.startswith("-") and _previous_word_is_name(doc, ref):
        return True  # "COVID -19": a name's number, not a negative count
    if re.fullmatch(r"\d+[A-Z]", span.text) and span.text[-1] not in unit_words(resources)[0]:
        return True  # "5G", "3D", "4K": a name (spaCy splits it), not 5 gauss
    if number_with_unit(resources).match(span.text):
        return False  # "12Mb/s", "2.5A/cm2": a number and a unit of the units table
    return _is_model_number(text, ref, resources)  # "G7", "COVID-19", "5G"


def _is_fraction_compound(doc: Doc, ref: QuantityRef, resources: Resources) -> bool:
    """A fraction word hyphenated to a noun that is no unit or time ("half-time",
    "half-brother", "quarter-final"); "half-hour", "half-mile" are measures."""
    if ref.unit not in (None, "fraction") or ref.end - ref.start not in (1, 3):
        return False  # the noun after "half-" may be read into the ref, or not
    if ref.start + 2 >= len(doc):
        return False
    word, dash, noun = doc[ref.start], doc[ref.start + 1], doc[ref.start + 2]
    return (
        word.lower_ in FRACTION_WORDS
        and dash.text == "-"
        and not word.whitespace_
        and not dash.whitespace_
        and noun.is_alpha
        and noun.is_lower
        and noun.text not in unit_words(resources)[0]
        and noun.lemma_ not in TIME_NOUNS
        and noun.lower_ not in SCALE_TOKENS
    )


def _is_time_or_date(doc: Doc, ref: QuantityRef) -> bool:
    """A clock time, a span of time before "ago", a day next to a month, a year."""
    span = doc[ref.start : ref.end]
    root = doc[ref.root]
    text = root.text
    after = doc[ref.end].lower_.replace("’", "'") if ref.end < len(doc) else ""
    if _TIME.match(text) or after in _TIME_AFTER:
        return True
    if after == "ago" and (ref.unit or "").split(" ")[0] in _AGO_UNITS:
        return True  # "two weeks ago": a date placed from the publication date, not a count
    neighbours = [doc[i].lower_ for i in (ref.start - 1, ref.end) if 0 <= i < len(doc)]
    if ref.unit is None and any(word in MONTHS for word in neighbours):
        return True  # "February 24", "24 February"
    in_date = any(t.ent_type_ in ("DATE", "TIME") for t in span)
    if ref.unit is None and in_date and DATE_WORDS.search(_date_part(doc, root)):
        return True
    if ref.unit is None and ref.bound != "range" and YEAR.match(text):
        return not counts_a_noun(root)  # "in 2019"
    return _is_era_year(doc, ref) or _is_clipped_year(doc, ref)


def _is_clipped_year(doc: Doc, ref: QuantityRef) -> bool:
    """ "since '82", "the class of ’98": an apostrophe glued before two digits opens a
    year, unless the number counts a noun ("'40 people died,' she said")."""
    root = doc[ref.root]
    if ref.unit is not None or len(root.text) != 2 or not root.text.isdigit() or root.i == 0:
        return False
    mark = doc[root.i - 1]
    opens = mark.i == 0 or bool(doc[mark.i - 1].whitespace_)
    after = doc[root.i + 1] if root.i + 1 < len(doc) else None
    counts = counts_a_noun(root) or (after is not None and after.pos_ == "NOUN")
    return mark.text in ("'", "’") and not mark.whitespace_ and opens and not counts


# Era marks, written as they are (case matters: "ad" is an advert). "A.D." and "AD" go
# before the year and may go after; the others go after.
_ERAS_BEFORE = frozenset({"A.D.", "AD"})
_ERAS_AFTER = frozenset({"A.D.", "AD", "BC", "B.C.", "BCE", "B.C.E.", "CE", "C.E."})
_PAIR_WORDS = frozenset({"and", "to", "-", "–", "or"})


def _is_era_year(doc: Doc, ref: QuantityRef) -> bool:
    """A year with an era mark ("A.D. 400", "300 BC") or paired with one ("between A.D.
    400 and 650", "from 1200 to 1150 B.C."): a date, not a count."""

    def marked(start: int, end: int) -> bool:
        before = doc[start - 1].text if start > 0 else ""
        after = doc[end].text if end < len(doc) else ""
        return before in _ERAS_BEFORE or after in _ERAS_AFTER

    if doc[ref.end - 1].text in _ERAS_AFTER:
        return True  # "1150 B.C." read as 1150 bytes
    if ref.unit is not None:
        return False
    if marked(ref.start, ref.end):
        return True
    previous = ref.start - 2  # "A.D. 400 and [650]"
    if previous >= 0 and doc[ref.start - 1].lower_ in _PAIR_WORDS and doc[previous].like_num:
        return marked(previous, previous + 1)
    following = ref.end + 1  # "[1200] to 1150 B.C."
    if following < len(doc) and doc[ref.end].lower_ in _PAIR_WORDS and doc[following].like_num:
        return marked(following, following + 1)
    return False


def _is_label(doc: Doc, ref: QuantityRef, resources: Resources) -> bool:
    """A number after a label noun ("page 4") or a capitalised name ("Boeing 737")."""
    span = doc[ref.start : ref.end]
    root = doc[ref.root]
    previous = doc[ref.start - 1] if ref.start > 0 else None
    if ref.unit is None and _is_street_number(doc, ref, resources):
        return True  # "221 Baker Street": an address
    if ref.unit is None and _is_index_name(doc, ref, resources):
        return True  # "S&P 500", "Nasdaq 100 e-minis": an index, not 500 or 100
    if previous is None or ref.unit is not None or "," in root.text:
        return False
    if previous.lower_ in resources.label_nouns:
        return True  # "page 4", "No. 1"
    if is_unpunctuated_age(doc, ref):
        return False  # "Jane Doe 52 has spent": an age, commas stripped
    # "Boeing 737", "Windows 10", "iPhone 11", "Planet 9" (NewsQuant)
    return (
        previous.pos_ in ("PROPN", "NOUN")
        and any(c.isupper() for c in previous.text)
        and previous.ent_type_ not in ("GPE", "NORP", "MONEY")
        and not counts_a_noun(root)
        and not any(t.lower_ in SCALE_TOKENS for t in span)
    )


def _is_index_name(doc: Doc, ref: QuantityRef, resources: Resources) -> bool:
    """The number ending a market index's name (``models/lexicons/index_names.v1.txt``)."""
    number = doc[ref.root].text.lower()
    return any(
        doc[ref.start - n : ref.start].text.lower() + " " + number in resources.index_names
        for n in (1, 2, 3, 4)  # "Standard & Poor's": four tokens
        if ref.start - n >= 0
    )


def _is_street_number(doc: Doc, ref: QuantityRef, resources: Resources) -> bool:
    """A number before one to three capitalised words and a street noun ("10 Downing
    Street", "1600 Pennsylvania Avenue", "500 Fifth Avenue": the words are read from the
    first number on, as a reader may have taken "500 Fifth" for one number)."""
    first = next((t.i for t in doc[ref.start : ref.end] if t.like_num), ref.end - 1)
    after = doc[first + 1 : first + 5]
    for i, token in enumerate(after):
        if i > 0 and token.lower_ in resources.street_nouns and token.text[:1].isupper():
            return all(t.is_title for t in after[:i])
        if not token.is_title:
            return False
    return False


def _is_pronoun_or_period(doc: Doc, ref: QuantityRef) -> bool:
    """The pronoun "one"; "in the quarter", "the fourth quarter", "this half": periods
    (NewsQuant)."""
    root = doc[ref.root]
    text = root.text
    previous = doc[ref.start - 1] if ref.start > 0 else None
    after = doc[root.i + 1].lower_ if root.i + 1 < len(doc) else ""
    if text.lower() == "one" and (
        (ref.unit is None and ref.end - ref.start == 1 and is_pronoun_one(doc, root))
        or after in _INDEFINITE_ONE_AFTER  # "at one point" is no score in points
    ):
        return True
    return (
        text.lower() in _PERIOD_FRACTIONS
        and previous is not None
        and previous.lower_ in _PERIOD_DETERMINERS
    )


def _is_written_date(doc: Doc, ref: QuantityRef) -> bool:
    """A day and year read as one number, or a slash date or idiom."""
    if re.match(r"^\d{1,2},? (1[5-9]|20)\d\d\b", doc[ref.start : ref.end].text):
        return True  # "August 26 2019": day and year read as one number
    # "9/11", "on 7/4", "24/7": a date or an idiom, not a fraction
    return ref.unit is None and is_slash_name(doc[ref.root].text)


def is_bare_ordinal(doc: Doc, token: Token) -> bool:
    """ "third" is a fraction after an article or a number ("a third", "two thirds",
    "two-thirds") or before "of"; alone it is an ordinal. "half" is never an ordinal."""
    word = token.lower_.rstrip("s")
    if word not in FRACTION_WORDS or word == "half" or "-" in token.text:
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.text == "-" and not before.whitespace_ and before.i > 0:
        before = doc[before.i - 1]  # "two-thirds", split by the tokenizer
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    counted = before is not None and (before.lower_ in ("a", "an", "one") or before.like_num)
    return not counted and after != "of"


# Denominators of fractions written with a slash in news ("3/4 of voters", "1/2 mile").
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100})
_SLASH_NUMBER = re.compile(r"^(\d{1,3})/(\d{1,3})$")


def is_slash_name(text: str) -> bool:
    """A bare "a/b" that is no fraction: improper ("24/7", "7/4") or over an unusual
    denominator ("9/11"): dates, idioms and scores, which the spec never counts."""
    match = _SLASH_NUMBER.match(text)
    return match is not None and not is_common_fraction(match.group(1), match.group(2))


def is_common_fraction(top: str, bottom: str) -> bool:
    """ "3/4", "1/2": a proper fraction over a denominator news writes fractions with."""
    if not (top.isdigit() and bottom.isdigit()):
        return False
    return int(top) < int(bottom) and int(bottom) in _FRACTION_DENOMINATORS


def _previous_word_is_name(doc: Doc, ref: QuantityRef) -> bool:
    previous = doc[ref.start - 1] if ref.start > 0 else None
    return previous is not None and previous.text.isupper() and previous.is_alpha


def _is_model_number(text: str, ref: QuantityRef, resources: Resources) -> bool:
    """Letters and digits in one token name a thing ("G7", "A320"), unless the letters are
    a scale ("35m"), a unit ("5kW", "180p") or a prefix ("sub-7", "minus-130")."""
    if not _MIXED_ALNUM.match(text) or PREFIXED_NUMBER.match(text):
        return False
    if re.fullmatch(r"\d+(?:\.\d+)?x", text):
        return False  # "grew 5x": a multiple, as "five times"
    if ref.unit and re.fullmatch(r"[A-Z]{3}", ref.unit):
        return False  # "RM45", "$US12m": a currency prefix glued to the amount
    if re.match(r"^\d[\d.,]*(bn|m|k|tn|mn)$", text, re.I) or _glued_unit(text, resources):
        return False
    # "2018s best sector" is a year with an "s", not 2018 seconds.
    return not (ref.unit and re.fullmatch(r"\d[\d.,]*[a-z]{1,3}", text) and not text.endswith("s"))


def _glued_unit(text: str, resources: Resources) -> bool:
    """ "5kW", "640bhp", "120Hz": a number with a lexicon unit glued on is no model name."""
    number = re.match(r"^\d[\d.,]*", text)
    return number is not None and text[number.end() :] in unit_words(resources)[0]


def _date_part(doc: Doc, root: Token) -> str:
    """The words of the root's DATE/TIME entity that can make it a date: only the part of
    a coordination holding the number ("one to two years and 48200": "48200"), and none
    for a rate ("20 per week" is a count per week, not a date: NewsQuant)."""
    ent = _ent_of(doc, root)
    after = [t.lower_ for t in doc[root.i + 1 : root.i + 3]]
    if after[:1] == ["per"] or (
        after[:1] in (["a"], ["an"]) and after[1:] and after[1].rstrip("s") in TIME_NOUNS
    ):
        return ""
    words: list[str] = []
    for token in ent:
        if token.lower_ in ("and", "or", ",", ";"):
            if token.i > root.i:
                break
            words = []
            continue
        words.append(token.text)
    return " ".join(words)


def _ent_of(doc: Doc, token: Token) -> Span:
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return doc[token.i : token.i + 1]


def counts_a_noun(token: Token) -> bool:
    """A number that counts a plural noun ("2019 cars")."""
    return token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS")


_PRONOUN_ONE_BEFORE = frozenset(
    {"no", "any", "each", "every", "the", "this", "that", "which", "same", "someone"}
)
# "one" before these is an indefinite, not a count anyone could check: "one day", "at one
# point", "one thing is clear", "one reason is".
_INDEFINITE_ONE_AFTER = frozenset(
    {
        "another",
        "day",
        "night",
        "morning",
        "evening",
        "time",
        "way",
        "thing",
        "point",
        "moment",
        "example",
        "reason",
        "question",
        "problem",
        "issue",
        "view",
        "sign",
        "voice",
    }
)


def is_pronoun_one(doc: Doc, token: Token) -> bool:
    """ "no one", "the one", "one another", "one day", "on one": not a count. "one of the
    best" is one member of a set and counts (NewsQuant), but "one of four" is a share."""
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    if before in _PRONOUN_ONE_BEFORE or after in _INDEFINITE_ONE_AFTER:
        return True
    if token.ent_type_ in ("ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "PERSON"):
        return True  # "BBC One"
    if after == "of":
        following = doc[token.i + 2] if token.i + 2 < len(doc) else None
        return following is None or following.like_num
    return token.dep_ != "nummod"
