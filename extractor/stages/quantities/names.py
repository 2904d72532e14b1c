"""Numbers that are part of a name (CLAIM-SPEC: model and product numbers are no claims):
"iPhone 4", "iOS 5", "the 787-8", "787 Dreamliner", "800 787s", "the Big Three". An
article that writes a number as a name once means the name where the same number stands
bare ("the 787 will seat 300"), as a reader who has met "Boeing 787" reads it. List
markers number items, they count nothing ("3. EXPERTS DOWNPLAY LAUNCH", "4) How hard will
she attack?", a line holding only "8.", a rank "Ben Carson (3.)")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .refs import QuantityRef

# A name's number that is worth remembering across the article: three or four digits
# ("787", "7474"), not a year; "iPhone 4" is remembered only with its name word.
_MODEL_DIGITS = re.compile(r"^\d{3,4}$")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
# "787s": a model's plural, glued.
_GLUED_PLURAL = re.compile(r"^(\d{3,4})s$")
# The suffix of a variant after a hyphen: "787-8", "777-200LR", "A330-300E".
_VARIANT = re.compile(r"^(?=.*\d)[A-Z0-9]+$")
_NOT_NAMES = frozenset({"GPE", "NORP", "MONEY", "PERCENT", "DATE", "TIME", "CARDINAL"})
# A person's name before a number gives an age ("Jane Doe 52"), not a model.
_NOT_NAME_WORDS = _NOT_NAMES | {"PERSON"}
# The small model tags many model names NORP ("the 350 Skyliner"); a count of a nationality
# is plural ("300 Americans").
_NOT_NAME_HEADS = (_NOT_NAMES - {"NORP"}) | {"QUANTITY"}


@dataclass(frozen=True)
class NameNumbers:
    """What an article writes as names: bare numbers ("787"), name-word pairs
    (("iphone", "4")) and numbers inside a run of capitalised words, as written (("Under",
    "70", "Auto"))."""

    numbers: frozenset[str] = frozenset()
    pairs: frozenset[tuple[str, str]] = frozenset()
    runs: frozenset[tuple[str, str, str]] = frozenset()


def article_name_numbers(docs: Iterable[Doc]) -> NameNumbers:
    """The numbers the article's Docs write as part of a name, anywhere in them."""
    numbers: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    runs: set[tuple[str, str, str]] = set()
    for doc in docs:
        for token in doc:
            if not token.text[:1].isdigit():
                continue  # most tokens: no number, no name's number
            plural = _GLUED_PLURAL.match(token.text)
            if plural and not _YEAR.match(plural.group(1)):
                numbers.add(plural.group(1))
            if not token.text.isdigit():
                continue
            if _in_capitalised_run(token):
                runs.add(_run_of(token))
            previous = doc[token.i - 1] if token.i > 0 else None
            after_name = previous is not None and _is_name_word(previous) and not _counts(token)
            if not (after_name or names_a_thing(token)):
                continue
            if after_name:
                pairs.add((previous.lower_, token.text))
            if _MODEL_DIGITS.match(token.text) and not _YEAR.match(token.text):
                numbers.add(token.text)
    return NameNumbers(frozenset(numbers), frozenset(pairs), frozenset(runs))


def is_name_number(doc: Doc, ref: QuantityRef, names: NameNumbers) -> bool:
    """The ref is a bare number that names a thing, here or as the article writes it."""
    if ref.unit is not None or ref.bound != "exact":
        return False
    if sum(t.like_num for t in doc[ref.start : ref.end]) != 1:
        return False  # "787 to 800", "787 million": more than the name's number
    token = doc[ref.root]
    if token.is_alpha:
        return _is_big_number(token) or _is_capitalised_in_name(token)
    if not token.text.isdigit() or ref.value != int(token.text):
        return False  # "9 B people" is 9 billion
    if names_a_thing(token):
        return True
    previous = doc[token.i - 1] if token.i > 0 else None
    if previous is not None and (previous.lower_, token.text) in names.pairs:
        return True  # "iPhone 4 users", once the article wrote "an iPhone 4"
    return token.text in names.numbers and not _counts(token)


def is_inside_capitalised_name(doc: Doc, ref: QuantityRef, names: NameNumbers) -> bool:
    """A bare number inside a run of capitalised words: "at Under 70 Auto Sales", "Forbes'
    Under 30 Summit", "the Big 12 Conference" (CLAIM-SPEC: numbers that are part of a
    name are no claims), here or, where a sentence opens with it, as the article writes
    it elsewhere ("Under 70 Auto Sales is disconnected")."""
    if ref.unit is not None or ref.low is not None or ref.end - ref.start > 2:
        return False
    token = doc[ref.root]
    if not token.text.isdigit():
        return False
    return _in_capitalised_run(token) or _run_of(token) in names.runs


def _run_of(token: Token) -> tuple[str, str, str]:
    """The number and the words either side, as written."""
    doc = token.doc
    before = doc[token.i - 1].text if token.i > 0 else ""
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return (before, token.text, after)


def _in_capitalised_run(token: Token) -> bool:
    """Capitalised words either side of a number inside a sentence: a word such as "Under"
    is capitalised there only as part of a name. Not the first word of a sentence or
    quotation, where the capital is the sentence's ("Under 70 Americans voted"), nor a
    title-case headline, nor a person's name before an age."""
    doc = token.doc
    if token.i < 2 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    opener = doc[before.i - 1]
    return (
        _is_capitalised_word(before)
        and _is_capitalised_word(after)
        and before.i != token.sent.start
        and (opener.text not in _OPENERS or opener.tag_ == "POS")  # "Forbes' Under 30"
        and not opener.is_space
        and before.ent_type_ not in _NOT_NAME_WORDS
        and after.ent_type_ not in _NOT_NAMES
        and not _is_title_case(token.sent)
    )


def _is_capitalised_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def is_glued_word_range(doc: Doc, ref: QuantityRef) -> bool:
    """ "7-Eleven": digits glued by a hyphen to a number word are a name, not a range 7 to
    11; prose writes a range's two ends alike ("7-11", "seven to eleven")."""
    if ref.low is None or ref.end - ref.start != 3:
        return False
    first, dash, last = doc[ref.start : ref.end]
    if dash.text not in ("-", "‑") or first.whitespace_ or dash.whitespace_:
        return False
    return (first.text.isdigit() and last.is_alpha and last.like_num) or (
        first.is_alpha and first.like_num and last.text.isdigit()
    )


def _counts(token: Token) -> bool:
    """ "787 orders": the number counts a plural noun."""
    return token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS")


def names_a_thing(token: Token) -> bool:
    """ "iPhone 4", "iOS 5", "787-8", "787 Dreamliner": the number is part of a name."""
    doc = token.doc
    previous = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if previous is not None and _is_camel_case(previous) and previous.whitespace_:
        return True  # "iPhone 4", "iOS 5", "eBay 2"
    if after is not None and after.text in ("-", "‑") and not token.whitespace_:
        variant = doc[token.i + 2] if token.i + 2 < len(doc) else None
        if variant is not None and not after.whitespace_ and _is_variant(token, variant):
            return True  # "787-8", "777-200LR"
    return after is not None and _is_singular_name_head(token, after)


def _is_name_word(token: Token) -> bool:
    return _is_camel_case(token) or (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.ent_type_ not in _NOT_NAME_WORDS
    )


def _is_camel_case(token: Token) -> bool:
    """ "iPhone", "iOS", "eBay": a capital after the first letter of a lower-case word."""
    text = token.text
    return text.isalpha() and text[:1].islower() and any(c.isupper() for c in text[1:])


def _is_variant(number: Token, variant: Token) -> bool:
    """ "8" in "787-8", "400" in "747-400", "200LR" in "777-200LR": a model's variant
    after a model number of three or four digits; not a record or a tally ("an 11-2
    record", "voted 543-44")."""
    if not _MODEL_DIGITS.match(number.text):
        return False
    if variant.text.isdigit():
        return len(variant.text) == 1 or (len(variant.text) == 3 and variant.text.endswith("00"))
    return bool(_VARIANT.match(variant.text)) and any(c.isalpha() for c in variant.text)


def _is_singular_name_head(number: Token, head: Token) -> bool:
    """ "787 Dreamliner": a number before the capitalised singular name it modifies (a
    count would make it plural: "300 Dreamliners"), outside a title-case headline."""
    return (
        number.head.i == head.i
        and head.text[:1].isupper()
        and head.text.isalpha()
        and len(head.text) > 1
        and not head.text.isupper()  # "2 FBI agents": an acronym modifies the count
        and not head.text.endswith("s")
        and not (head.dep_ == "compound" and head.head.tag_ in ("NNS", "NNPS"))
        and head.tag_ in ("NN", "NNP")
        and head.ent_type_ not in _NOT_NAME_HEADS
        and number.text != "1"
        and not _is_title_case(number.sent)
    )


def _is_title_case(sent) -> bool:
    """A headline in title case: no longer word in lower case, or a function word
    capitalised inside it ("Slams Hillary And The Media")."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if len(words) >= 3 and not any(t.text[:1].islower() for t in words):
        return True
    return any(
        t.text in _TITLE_FUNCTION_WORDS and t.i != sent.start and not t.nbor(-1).is_punct
        for t in sent
    )


_TITLE_FUNCTION_WORDS = frozenset({"And", "The", "In", "Of", "For", "To", "With", "On", "At"})


# What opens a sentence or a quotation: a capital after it is no name's.
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", ":", "—", "–", "-", "--", "…"})


def _is_capitalised_in_name(token: Token) -> bool:
    """ "Gang of Eight", "One Nation initiative", "the "Three Amigos" summit": a number
    word capitalised inside a sentence, in a run of capitalised words (not a title-case
    headline, where every word is capitalised)."""
    doc = token.doc
    if not token.text[:1].isupper() or token.i == token.sent.start:
        return False
    previous = doc[token.i - 1]
    if previous.is_space or _is_title_case(token.sent):
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.is_alpha and after.text[:1].isupper():
        return True  # "One Wisconsin Now", "the "Three Amigos" summit"
    if previous.text in _OPENERS:
        return False  # '"Three of them left," she said': a quotation opens
    before = doc[token.i - 2] if token.i >= 2 else None
    return (
        previous.lower_ == "of"
        and before is not None
        and before.is_alpha
        and before.text[:1].isupper()
        and before.i != token.sent.start
    )  # "Gang of Eight", "Group of Seven"


# "the Big Three" carmakers, "the big four" banks: a group's name, not a count.
_BIG_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "ten"})


def _is_big_number(token: Token) -> bool:
    doc = token.doc
    if token.i < 2 or token.lower_ not in _BIG_NUMBERS:
        return False
    return doc[token.i - 1].lower_ == "big" and doc[token.i - 2].lower_ == "the"


# What may follow a list marker's number, glued: "3." or "3)".
_MARKER_ENDS = frozenset({".", ")"})


def is_list_marker(doc: Doc, ref: QuantityRef) -> bool:
    """A small number that opens its sentence as "3." or "3)", stands alone in it, or is
    a rank in parentheses ("(3.)")."""
    token = doc[ref.root]
    if ref.unit is not None or ref.end - ref.start != 1 or not _LIST_NUMBER.match(token.text):
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    sent = token.sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if words == [token]:
        return True  # "8." or "1" as a sentence of its own
    marked = after is not None and after.text in _MARKER_ENDS and not token.whitespace_
    if marked and token.i == sent.start and (after.whitespace_ or after.i + 1 == len(doc)):
        return True
    before = doc[token.i - 1] if token.i > 0 else None
    closing = doc[token.i + 2] if token.i + 2 < len(doc) else None
    return (
        before is not None
        and before.text == "("
        and marked
        and after.text == "."
        and closing is not None
        and closing.text == ")"
    )


_LIST_NUMBER = re.compile(r"^\d{1,2}$")
