"""What a number is about: the counted thing, its qualifiers and what is asserted of it.

``entity``, ``qualifiers`` and ``property`` describe the counted or measured noun
(CLAIM-SPEC). ``text`` is the short phrase a reader needs to know what the number
measures, built from two parts:

- the **counted thing**: the entity with its qualifiers, its "of" phrase and, when the
  verb says something of it, the property ("Russian soldiers killed or injured"); left
  out when the noun is only a unit ("1,200 points", "15 cents");
- the **holder**: whose number it is, found up the parse: the subject of the clause
  ("the trade gap widened by $12bn"), the object a change or price applies to
  ("extended the battery range by 40 km", "valued the firm at $5bn"), the noun the number
  measures through a preposition ("a stimulus package of $1 trillion") or stands beside
  ("Ann Lee (12 goals)").

Both are noun phrases without determiners or possessive pronouns, spaced as written.
NewsQuant's referred concepts (``extract bench newsquant``) are mostly holders.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from .resources import Resources, load_resources
from .stages.quantities import QuantityRef

_QUALIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_MAX_PREP_TOKENS = 8
_HOLDER_SKIP_POS = frozenset({"PRON", "DET", "NUM"})
_HOLDER_PHRASE_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Positions in which a noun above the number is its holder ("the deficit of $5bn").
_HOLDER_NOUN_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "ROOT", "appos", "conj"}
)
_RELATIVE_PRONOUNS = ("which", "who", "that")
# Prepositions through which a number states a change or price of a verb's object:
# "extended the range by 40 km", "cut its forecast to $2bn", "bought a stake for $9m",
# "valued the firm at $5bn".
_CHANGE_PREPS = frozenset({"by", "to", "from", "for", "at"})
# Pronouns that stand for a noun named earlier in the same sentence ("the firm said it ...").
_ANAPHORS = frozenset({"it", "they", "he", "she"})
# Verb complements after which the verb alone says nothing of its subject ("seems ...").
_COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "prt"})
_MAX_CONVERSION_GAP = 1  # tokens between a number and "(" restating it: "5 miles (8 km)"
_MAX_HOLDER_STEPS = 8


@dataclass(frozen=True)
class AboutRef:
    text: str
    entity: str | None
    qualifiers: tuple[str, ...]
    property: str | None
    entity_i: int | None = None
    predicate_i: int | None = None


@lru_cache(maxsize=1)
def load_vague_nouns() -> dict[str, str]:
    """Nouns that only frame a number ("a total of", "a 10% fall"), and their kind
    (``frame``, ``change``, ``idiom``): ``about_vague_nouns.v1.tsv``."""
    return dict(load_resources().about_vague_nouns)


def find_about(
    doc: Doc, ref: QuantityRef, *, quantities: list[QuantityRef], resources: Resources
) -> AboutRef:
    """Entity (head noun), qualifiers and property of one quantity, and ``text``: the
    concise phrase naming what the number counts or measures and whose number it is."""
    return _find_about(doc, ref, quantities, resources, seen=frozenset())


def _find_about(
    doc: Doc,
    ref: QuantityRef,
    quantities: list[QuantityRef],
    resources: Resources,
    *,
    seen: frozenset[int],
) -> AboutRef:
    restated = _restated(doc, ref, quantities)
    if restated is not None and restated.start not in seen:
        # "8 miles (13 km) of track", "a day is 24 hours, 39 minutes": the number is
        # about what the number it restates or continues is about.
        return _find_about(doc, restated, quantities, resources, seen=seen | {ref.start})
    entity = _entity_token(doc, ref)
    holder = _holder(doc, ref, entity, quantities, resources)
    holder_text = _noun_phrase(doc, holder, ref, quantities) if holder is not None else ""
    if entity is None:
        return AboutRef(text=holder_text, entity=None, qualifiers=(), property=None)
    qualifiers = _qualifiers(doc, entity, ref, quantities)
    predicate = _predicate(entity, resources)
    prop = _coordinated_text(doc, predicate) if predicate is not None else None
    counted = _counted_text(doc, ref, entity, qualifiers, predicate, prop, quantities)
    return AboutRef(
        text=_joined(counted, holder_text),
        entity=entity.text,
        qualifiers=tuple(q.text for q in qualifiers),
        property=prop,
        entity_i=entity.i,
        predicate_i=predicate.i if predicate is not None else None,
    )


def _counted_text(
    doc: Doc,
    ref: QuantityRef,
    entity: Token,
    qualifiers: list[Token],
    predicate: Token | None,
    prop: str | None,
    quantities: list[QuantityRef],
) -> str:
    """The counted thing as a phrase: "Russian soldiers killed or injured in the war"."""
    if _is_unit_noun(entity, ref):
        return ""  # "1,200 points", "15 cents": the unit is not what the number is about
    if entity.i < ref.start:
        # The number completes a noun before it ("the boxes measure between 5 and 8 cm",
        # "the flight lasts 11 hours"): that noun's whole phrase.
        return _noun_phrase(doc, entity, ref, quantities)
    parts = [*(q.text for q in qualifiers if _kept(q)), entity.text]
    of_phrase = _of_phrase(doc, entity, quantities)
    if of_phrase:
        parts.append(of_phrase)  # "five seasons of the show", "200 tonnes of rice"
    if predicate is not None and prop and _describes(entity, predicate):
        parts.append(prop)
        prep = _prep_phrase(predicate, quantities)
        if prep:
            parts.append(prep)
    return " ".join(parts)


def _joined(counted: str, holder: str) -> str:
    """The counted thing, then the holder unless it repeats it: "workers, Ford"."""
    if not holder or set(holder.lower().split()) <= set(counted.lower().split()):
        return counted
    return f"{counted}, {holder}" if counted else holder


# -- the counted thing ----------------------------------------------------------------


def _entity_token(doc: Doc, ref: QuantityRef) -> Token | None:
    """The head noun the number counts or measures ("100,000 ... soldiers")."""
    inside = range(ref.start, ref.end)
    # A quantity heading an "of"-phrase names its base: "40% of voters", "half of the budget".
    for token in doc[ref.start : ref.end]:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    token = doc[ref.root]
    while token.head.i in inside and token.head.i != token.i:
        token = token.head
    # Walk up from the number: nummod -> noun; a coordinated number ("100,000 Ukrainian")
    # hangs off a modifier of the shared noun in the parse: keep walking to the noun.
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return None
        if head.i not in inside and head.pos_ in _NOUN_POS and head.tag_ not in ("CD",):
            return None if _is_date(head) else head
        if head.pos_ in ("ADP", "VERB", "AUX"):
            return None
        token = head
    return None


def _qualifiers(
    doc: Doc, entity: Token, ref: QuantityRef, quantities: list[QuantityRef]
) -> list[Token]:
    """Restrictive modifiers between this number and the noun, not another number's own."""
    next_start = min((q.start for q in quantities if q.start >= ref.end), default=len(doc))
    qualifiers = []
    for child in entity.lefts:
        if child.dep_ not in _QUALIFIER_DEPS or child.like_num:
            continue
        if any(q.start <= child.i < q.end for q in quantities):
            continue
        if ref.end <= child.i < min(next_start, entity.i):
            qualifiers.append(child)
    return qualifiers


def _predicate(entity: Token, resources: Resources) -> Token | None:
    """The verb asserted of the entity; reporting verbs pass to their complement
    ("are estimated to have been killed" -> killed: seed fixture)."""
    verb = None
    if entity.dep_ in ("nsubj", "nsubjpass", "dobj") and entity.head.pos_ in ("VERB", "AUX"):
        verb = entity.head
    else:
        verb = next(
            (c for c in entity.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None
        )
    if verb is None:
        return None
    if verb.lemma_.lower() in resources.cue_verbs:
        complement = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        if complement is not None:
            return complement
    return verb


def _coordinated_text(doc: Doc, verb: Token) -> str:
    """A verb and its coordinated verbs, as written: "killed or injured"."""
    last = verb
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ == "VERB" and child.i > last.i:
            between = doc[last.i + 1 : child.i]
            if all(t.dep_ in ("cc", "punct") for t in between):
                last = child
    return doc[verb.i : last.i + 1].text


def _describes(entity: Token, predicate: Token) -> bool:
    """Whether the predicate alone says something of the counted thing, so belongs in
    the about text: a participle ("soldiers killed", "cars sold") or a verb with no
    object or complement ("civilians died"); not the verb whose object the thing is
    ("the firm has 300 workers") or one that needs its complement ("demand seems ...")."""
    if entity.dep_ == "dobj":
        return False
    if predicate.tag_ == "VBN":
        return True
    return predicate.pos_ == "VERB" and not any(
        c.dep_ in _COMPLEMENT_DEPS for c in predicate.children
    )


def _prep_phrase(verb: Token, quantities: list[QuantityRef]) -> str | None:
    """The first short prepositional phrase after the verb ("died after the floods"),
    unless it holds another number ("sold compared with 40")."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    for candidate in verbs:
        for child in candidate.rights:
            if child.dep_ == "prep":
                subtree = list(child.subtree)
                if len(subtree) <= _MAX_PREP_TOKENS and not _holds_number(subtree, quantities):
                    return child.doc[subtree[0].i : subtree[-1].i + 1].text
                return None
    return None


def _of_phrase(doc: Doc, noun: Token, quantities: list[QuantityRef]) -> str:
    """The "of" phrase after a counted noun ("of the show"), without determiners; empty
    when there is none or it holds another number."""
    pobj = _prep_object(noun, "of")
    if pobj is None:
        return ""
    words = list(pobj.subtree)
    if len(words) > _MAX_PREP_TOKENS or _holds_number(words, quantities):
        return ""
    return _as_written(doc, [pobj.head, *(t for t in words if _kept(t))])


# -- numbers restating another --------------------------------------------------------


def _restated(doc: Doc, ref: QuantityRef, quantities: list[QuantityRef]) -> QuantityRef | None:
    """The quantity this one restates in other units ("5 miles (8 km)", "2 billion yen
    ($14 million)", "up 40 points, or 1.2%") or continues ("11 hours, 20 minutes": its
    noun is the other number's)."""
    converted = _converted_from(doc, ref, quantities)
    if converted is not None:
        return converted
    entity = _entity_token(doc, ref)
    if entity is None:
        return None
    owner = next((q for q in quantities if q is not ref and q.start <= entity.i < q.end), None)
    if owner is None and entity.i < ref.start and _is_unit_noun(entity):
        # "up 40 points, or 1.2%": coordinated with a measure, the number of that measure.
        owner = next(
            (
                q
                for q in quantities
                if q is not ref and any(q.start <= c.i < q.end for c in entity.lefts)
            ),
            None,
        )
    return owner


def _converted_from(
    doc: Doc, ref: QuantityRef, quantities: list[QuantityRef]
) -> QuantityRef | None:
    """The quantity a bracketed number with a unit restates: "5 miles (8 km)"."""
    if ref.start == 0 or doc[ref.start - 1].text not in ("(", "[") or ref.unit in (None, "percent"):
        return None
    if ref.end < len(doc) and doc[ref.end].text not in (")", "]", "/", ";", ","):
        return None  # "(80% of the diameter)" says more than a conversion
    opening = ref.start - 1
    before = [
        q
        for q in quantities
        if q is not ref and q.end <= opening and opening - q.end <= _MAX_CONVERSION_GAP
    ]
    if not before:
        return None
    previous = max(before, key=lambda q: q.end)
    if previous.unit is None:
        return None
    if any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ") for t in doc[previous.end : opening]):
        return None
    return previous


# -- the holder -----------------------------------------------------------------------


def _holder(
    doc: Doc,
    ref: QuantityRef,
    entity: Token | None,
    quantities: list[QuantityRef],
    resources: Resources,
) -> Token | None:
    """Whose number it is: the noun the quantity's own words name, else the first
    holder up the parse from the counted noun (or from the number when there is none)."""
    in_quantity = _quantity_tokens(ref, quantities)
    start = entity if entity is not None else _top_of(doc, ref)
    if entity is None:
        own = _named_by_quantity(doc, ref, start, in_quantity)
        if own is not None:
            return own
    return _holder_above(start, ref, entity, in_quantity, resources)


def _named_by_quantity(
    doc: Doc, ref: QuantityRef, top: Token, in_quantity: set[int]
) -> Token | None:
    """A noun a quantity without a counted noun names itself: "$2 million in profits",
    "the Pixel Pro 6 inch", "a 40 degree slope"."""
    if _is_money(ref):
        paid_in = _prep_object(top, "in")
        if (
            paid_in is not None
            and paid_in.pos_ == "NOUN"
            and paid_in.i not in in_quantity
            and not _is_vague(paid_in, in_quantity, ("frame", "idiom"))  # "in exchange for"
        ):
            return paid_in
    if top.dep_ in _SUBJECT_DEPS and _outside_modifiers(top, in_quantity):
        return top  # "the Pixel Pro 6 inch costs ...", not "led Park 52% to 39%"
    swallowed = _swallowed_noun(doc, ref)
    if swallowed is not None and not _is_vague(swallowed, in_quantity, ("frame", "change")):
        return swallowed
    return None


def _holder_above(
    token: Token,
    ref: QuantityRef,
    entity: Token | None,
    in_quantity: set[int],
    resources: Resources,
) -> Token | None:
    """Walk up from ``token`` through prepositions, coordinations and framing nouns to
    the first noun or clause that says whose number it is."""
    prep: Token | None = None
    for _ in range(_MAX_HOLDER_STEPS):
        head = token.head
        if head.i == token.i:
            return None
        beside = (
            token.i in in_quantity
            or (token is entity and _is_unit_noun(token, ref))
            or _bracketed(token)
        )
        if (
            beside
            and token.dep_ == "appos"
            and head.pos_ in _NOUN_POS
            and head.i not in in_quantity
            and not _is_date(head)
        ):
            return head  # "Ann Lee (12 goals)", "the index, 1,300 points"
        passes = token.dep_ in ("conj", "appos") and head.pos_ not in ("VERB", "AUX")
        if head.pos_ == "ADP" or head.dep_ in ("prep", "agent") or passes:
            if head.pos_ == "ADP" or head.dep_ in ("prep", "agent"):
                prep = head
            token = head
            continue
        if head.pos_ in _NOUN_POS and head.i not in range(ref.start, ref.end):
            if head.dep_ not in _HOLDER_NOUN_DEPS:
                token = head
                continue
            if _is_vague(head, in_quantity) or _is_date(head):
                token, prep = head, None  # "to a close of 1,300 points", "4.2 metres on 3 March"
                continue
            if head.dep_ == "attr":
                # "Acme is the biggest grocer in town with 50 stores": the noun after "is"
                # only describes the subject, which holds the number.
                subject = next((c for c in head.head.children if c.dep_ in _SUBJECT_DEPS), None)
                if subject is not None and subject.pos_ in _NOUN_POS:
                    return subject
            return head
        if head.pos_ not in ("VERB", "AUX", "ADJ", "ADV"):
            token = head
            continue
        if token.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in resources.cue_verbs:
            return None  # "a third of the seats were empty, said the manager": not the speaker
        found = _clause_holder(head, token, prep, in_quantity)
        if found is not None:
            return found
        subject = next(
            (c for c in head.children if c.dep_ in _SUBJECT_DEPS and c.i != token.i), None
        )
        if subject is None and head.dep_ in ("relcl", "acl") and head.head.pos_ in _NOUN_POS:
            return head.head
        if subject is None and head.dep_ != "ROOT" and token.dep_ not in _SUBJECT_DEPS:
            # "the slope was steep at 12.5 degrees", "rose 3% and closed at $12": the
            # subject sits on a verb further up.
            token = head
            continue
        return None
    return None


def _clause_holder(
    verb: Token, child: Token, prep: Token | None, in_quantity: set[int]
) -> Token | None:
    """The holder in the clause of ``verb``, reached from ``child`` (through ``prep``)."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i != child.i), None)
    if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        if verb.head.pos_ in _NOUN_POS:
            return verb.head
        # The parse hung the clause on the wrong word: the noun the relative pronoun follows.
        before = subject.doc[subject.i - 1] if subject.i > 0 else None
        return before if before is not None and before.pos_ in _NOUN_POS else None
    changed_object = _changed_object(verb, child, prep, in_quantity)
    if changed_object is not None:
        return changed_object
    if subject is None:
        return None
    if subject.pos_ not in _HOLDER_SKIP_POS:
        return subject
    part_of = _prep_object(subject, "of")
    if part_of is not None and part_of.pos_ in _NOUN_POS and part_of.i not in in_quantity:
        return part_of  # "some of the cheapest flights include ..."
    if subject.lower_ in _ANAPHORS:
        return _antecedent(verb)
    return None


def _changed_object(
    verb: Token, child: Token, prep: Token | None, in_quantity: set[int]
) -> Token | None:
    """The object before the number that a change or price applies to: "extended the
    battery range by 40 km", "sent the shares 3% higher"; not one that is itself a
    number ("fell 4 percent to $9"), a unit, or a change ("a 10% fall to 900 points")."""
    if child.pos_ == "ADP":
        prep = child  # "from 200 to 250 km": the quantity span opens with the preposition
    changed = prep is not None and prep.lower_ in _CHANGE_PREPS and prep.head.i == verb.i
    compared = child.pos_ in ("ADJ", "ADV") and child.dep_ in (
        "advmod",
        "oprd",
        "acomp",
        "xcomp",
        "ccomp",
    )
    if not (changed or compared) or verb.lemma_.lower() in load_resources().about_contest_verbs:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in _NOUN_POS), None)
    if obj is None or obj.i > child.i or obj.i in in_quantity:
        return None
    if _is_unit_noun(obj) or _is_vague(obj, in_quantity, ("frame", "change")):
        return None
    return obj


def _antecedent(verb: Token) -> Token | None:
    """The noun subject of a clause above ``verb``: "the firm said it has ..." -> firm."""
    for ancestor in verb.ancestors:
        if ancestor.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in ancestor.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None and subject.pos_ in _NOUN_POS:
            return subject
    return None


# -- word tests -----------------------------------------------------------------------


def _is_unit_noun(token: Token, ref: QuantityRef | None = None) -> bool:
    """A unit of measure or score ("points", "cents", "yards"), not a counted thing; but
    not when a word outside the quantity compounds it ("the melting point")."""
    units = load_resources().about_unit_nouns
    if token.lower_ not in units and token.lemma_.lower() not in units:
        return False
    inside = range(ref.start, ref.end) if ref is not None else range(0)
    return not any(c.dep_ == "compound" and c.i not in inside for c in token.children)


def _is_vague(noun: Token, in_quantity: set[int], kinds: tuple[str, ...] = ("frame",)) -> bool:
    """A bare framing noun of one of ``kinds`` ("a total of", "a 10% fall", "in
    exchange"), not "the unemployment rate"."""
    bare = not any(c.dep_ in _HOLDER_PHRASE_DEPS and c.i not in in_quantity for c in noun.children)
    return bare and load_vague_nouns().get(noun.lemma_.lower()) in kinds


def _is_date(token: Token) -> bool:
    """A date ("on 9 May", "last year") names when, never what a number is about."""
    return token.ent_type_ in ("DATE", "TIME")


def _is_money(ref: QuantityRef) -> bool:
    """A currency amount: quantities name currencies by ISO code ("USD", "GBP")."""
    return ref.unit is not None and len(ref.unit) == 3 and ref.unit.isalpha() and ref.unit.isupper()


def _swallowed_noun(doc: Doc, ref: QuantityRef) -> Token | None:
    """The last word of a quantity span when it is a noun measured by the unit before it
    ("a 40 degree slope", "a 7 per cent fee"), not the unit itself ("5 kn", "3 %")."""
    last = doc[ref.end - 1]
    if last.pos_ != "NOUN" or not last.is_alpha or _is_unit_noun(last, ref) or last.i <= ref.root:
        return None
    between = doc[ref.root + 1 : last.i]
    if any(t.lower_ in ("per", "a", "an", "/") and t.nbor().lower_ != "cent" for t in between):
        return None  # a rate: "3 metres per year" (but "per cent" is one unit)
    return last if any(t.pos_ in _NOUN_POS for t in between) else None


def _outside_modifiers(noun: Token, in_quantity: set[int]) -> list[Token]:
    """Compound, name and possessor modifiers of ``noun`` that are not part of a quantity."""
    return [
        c
        for c in noun.lefts
        if c.dep_ in ("compound", "nmod", "poss") and c.i not in in_quantity and c.pos_ != "PRON"
    ]


def _bracketed(token: Token) -> bool:
    """The phrase of ``token`` opens with a bracket: "Ann Lee (12 goals)"."""
    first = token.left_edge.i
    return first > 0 and token.doc[first - 1].text in ("(", "[")


def _prep_object(token: Token, preposition: str) -> Token | None:
    """The object of ``token``'s child preposition ``preposition``, if any."""
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == preposition), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def _holds_number(tokens: list[Token], quantities: list[QuantityRef]) -> bool:
    return any(q.start <= t.i < q.end for q in quantities for t in tokens)


def _top_of(doc: Doc, ref: QuantityRef) -> Token:
    token = doc[ref.root]
    while ref.start <= token.head.i < ref.end and token.head.i != token.i:
        token = token.head
    return token


def _quantity_tokens(ref: QuantityRef, quantities: list[QuantityRef]) -> set[int]:
    return {i for q in (ref, *quantities) for i in range(q.start, q.end)}


# -- phrases as written ---------------------------------------------------------------


def _noun_phrase(doc: Doc, noun: Token, ref: QuantityRef, quantities: list[QuantityRef]) -> str:
    """The holder noun with its compounds, adjectives and possessor, and an "of" phrase
    ("the price of gold"), without determiners, possessive pronouns or numbers found as
    quantities ("its revenue" -> "revenue")."""
    in_quantity = _quantity_tokens(ref, quantities)
    if noun.i in in_quantity:
        # "60 per cent of the price": the quantity's own noun; its base is the "of" object.
        pobj = _prep_object(noun, "of")
        if pobj is not None and pobj.i not in in_quantity:
            return _as_written(
                doc, [t for t in pobj.subtree if _kept(t) and t.i not in in_quantity]
            )
    words = [t for t in noun.lefts if t.dep_ in _HOLDER_PHRASE_DEPS and t.i not in in_quantity]
    words = [w for t in words for w in t.subtree if _kept(w) and w.i not in in_quantity]
    if noun.i in in_quantity and _is_unit_noun(noun):
        return _as_written(doc, words)  # "the Pixel Pro 6 inch costs $700"
    words += _hyphenated(noun)
    pobj = _prep_object(noun, "of")
    if pobj is not None and not any(t.i in in_quantity for t in pobj.subtree):
        words += [pobj.head, *(t for t in pobj.subtree if _kept(t))]
    return _as_written(doc, words)


def _hyphenated(token: Token) -> list[Token]:
    """The whole written word a token is part of when the tokenizer split it at hyphens
    ("co-op", "re-entry"), as far as the parse left it in pieces."""
    doc = token.doc
    start, end = token.i, token.i
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
    ):
        start -= 2
    while (
        end + 2 < len(doc)
        and doc[end + 1].text == "-"
        and not doc[end].whitespace_
        and not doc[end + 1].whitespace_
    ):
        end += 2
    return list(doc[start : end + 1])


def _kept(token: Token) -> bool:
    """Words a concept phrase keeps: not determiners, punctuation or "its", "their"."""
    if token.pos_ == "PUNCT":
        # Keep the hyphen of "e-commerce", "start-up": glued to the words either side.
        glued = token.i > 0 and not token.doc[token.i - 1].whitespace_ and not token.whitespace_
        return glued and token.i + 1 < len(token.doc)
    if token.pos_ == "DET":
        return False
    return not (token.pos_ == "PRON" and token.dep_ == "poss")


def _as_written(doc: Doc, tokens: list[Token]) -> str:
    """Tokens in order, spaced as in the text: "e-commerce" stays one word; a hyphen
    whose neighbour was left out goes ("three-point range" without the number)."""
    kept = {t.i for t in tokens}
    ordered = [
        t
        for t in sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
        if t.pos_ != "PUNCT" or (t.i - 1 in kept and t.i + 1 in kept)
    ]
    out = []
    for previous, token in zip([None, *ordered], ordered, strict=False):
        if previous is not None:
            out.append(previous.whitespace_ if token.i == previous.i + 1 else " ")
        out.append(token.text)
    return "".join(out)
