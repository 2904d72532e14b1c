"""The entity: what a number counts or measures, chosen among scored candidates.

Each rule below reads one news shape and proposes a token with a base score; ``choose``
takes the best after a small penalty for the parse distance from the number, so the
choice is explicit and can be inspected (``measured_candidates``) and, later, learned.
The shapes (CLAIM-SPEC, "about.entity"):

- ``counted``: the counted noun of a count, or the head of "N% of Y" ("100,000 soldiers",
  "a $2bn contract", "a 3% pay rise", "40% of voters");
- ``change_base``: a change noun names what changed through "in"/"of" or its owner
  ("a 49% decline in sales", "the Dow's 300-point fall"), else itself ("a 3% boost");
- ``worth``: what a value is of ("a deal worth $2bn", "valued at $5bn");
- ``money_verb``: money a verb moves when no noun names it ("GM lost $4.8bn" -> loss);
- ``holder``: whose measure it is, found up the parse (``holder.py``): the subject of a
  change or level verb ("Acme shares fell 4.2% to $31", "The Nikkei closed down 312
  points"), the noun measured through a preposition or apposition ("a deal worth $2bn");
- ``listed_item``: the item of a verbless entry in a list of moves ("Alpha fell 2%, Beta
  by 3%" -> Beta for 3%: ``listed.py``);
- ``shifted_measure``: the measure an amount is added to or taken from ("adds $2,000 to
  the cost of a car" -> cost: ``shifted.py``);
- ``copula_subject``: the subject of the "be" written right before the number, however
  the parse hung it ("life expectancy is around 73": ``copula.py``);
- ``clause_subject``: the subject of the nearest clause above the number, when the
  holder walk found nothing ("rose 3% and closed at $12");
- ``nearest_noun``: the sentence's noun nearest the number, when nothing above applies
  (the entity is empty only when the sentence names nothing);
- ``unit_noun``: a duration's or size's own unit, when the sentence names nothing else
  ("the film lasts 3 hours" keeps "hours" only when there is no "film").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...resources import Resources
from ..quantities import QuantityRef
from .copula import copula_subject
from .listed import listed_item
from .shifted import shifted_measure
from .syntax import SUBJECT_DEPS, prep_object, quantity_tokens, subject_of, top_of
from .words import (
    NOUN_POS,
    is_bracketed,
    is_change_noun,
    is_date,
    is_money,
    is_unit_noun,
    is_vague,
)

# Base scores: a noun the number itself counts beats a holder found up the parse, which
# beats the subject of a clause further up, which beats a bare unit.
_COUNTED_SCORE = 1.0
_CHANGE_BASE_SCORE = 0.95
_HOLDER_SCORE = 0.8
_CHANGE_COUNTED_SCORE = 0.85
_WORTH_SCORE = 0.9
_CHANGE_NOUN_SCORE = 0.55
_CLAUSE_SUBJECT_SCORE = 0.5
_NEAREST_NOUN_SCORE = 0.3
_UNIT_NOUN_SCORE = 0.2
_PRONOUN_DURATION_SCORE = 0.35  # above any nearest noun
_TOKEN_PENALTY = 0.002  # per token between the number and a nearest-noun candidate
# A nearest noun outside the number's clause: "Kudrin announced that 500 billion rubles
# would be infused into the stock markets" -> markets, not the speaker.
_OTHER_CLAUSE_PENALTY = 0.05
_MONEY_FOR_SCORE = 0.9
_MONEY_VERB_SCORE = 0.85
_APPOSITION_BONUS = 0.02  # a name beats the common noun it is in apposition with
_PATH_PENALTY = 0.01  # per parse step from the number: the nearer of equal shapes wins
_MAX_PATH = 12
# Prepositions through which a change noun names what changed: "a decline in sales".
_CHANGE_BASE_PREPS = ("in", "of")
# Words that state what something is worth: "a deal worth $2bn", "valued at $5bn".
_VALUE_WORDS = frozenset({"worth", "valued", "priced"})
_MAX_VALUE_STEPS = 4
_PLACE_ENTS = frozenset(
    {"GPE", "LOC"}
)  # "a 5% rise in France" says where, not what  # "worth in the region of $140bn"
# Units that a duration or size can stand for when nothing else is named.
_SELF_NAMING_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})


@dataclass(frozen=True)
class Candidate:
    """A token proposed as the entity by ``rule``, with its final ``score``."""

    token: Token
    rule: str
    score: float
    text: str | None = None  # a noun the text does not write: "lost $5bn" -> loss


@dataclass(frozen=True, eq=False)
class Context:
    """What every entity rule reads."""

    doc: Doc
    ref: QuantityRef
    counted: Token | None  # the noun the number heads or modifies (counted.py)
    holder: Token | None  # whose number it is (holder.py)
    in_quantity: set[int]
    resources: Resources


def measured_candidates(
    doc: Doc,
    ref: QuantityRef,
    *,
    counted: Token | None,
    holder: Token | None,
    quantities: list[QuantityRef],
    resources: Resources,
) -> list[Candidate]:
    """Every candidate entity, best first (the debug path: which rule, what score)."""
    context = Context(doc, ref, counted, holder, quantity_tokens(ref, quantities), resources)
    top = top_of(doc, ref)
    found: dict[int, Candidate] = {}
    for rule in ENTITY_RULES:
        for token, base, text in rule(context):
            if text is None and not _acceptable(context, token):
                continue
            score = base - _PATH_PENALTY * path_length(top, token)
            _keep(found, Candidate(token, rule.__name__.lstrip("_"), round(score, 4), text))
            named = named_apposition(token) if token is not context.counted else None
            if named is not None:  # a count counts the kind: "six airlines - Air China, ..."
                _keep(found, Candidate(named, "apposition", round(score + _APPOSITION_BONUS, 4)))
    return sorted(found.values(), key=lambda c: (-c.score, c.token.i))


def _keep(found: dict[int, Candidate], candidate: Candidate) -> None:
    """Keep the best-scored candidate per token."""
    old = found.get(candidate.token.i)
    if old is None or old.score < candidate.score:
        found[candidate.token.i] = candidate


def named_apposition(noun: Token) -> Token | None:
    """The name a common noun is in apposition with: "the primary UK index, the FTSE
    100, rose" -> FTSE 100; "the carmaker, Acme, said" -> Acme."""
    if noun.pos_ != "NOUN":
        return None
    # A name after the noun's "of" phrase names that phrase's object, however the parse
    # hung it: "Shares of energy companies ExxonMobil and Chevron fell" -> shares.
    of_phrase = prep_object(noun, "of")
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "appos"
            and c.pos_ == "PROPN"
            and not is_bracketed(c)
            and (of_phrase is None or c.i < of_phrase.i)
        ),
        None,
    )  # not a bracketed ticker or acronym: "Apple shares (AAPL)"


def choose(candidates: list[Candidate]) -> Candidate | None:
    """The best candidate, or none."""
    return candidates[0] if candidates else None


def path_length(source: Token, target: Token) -> int:
    """Steps along the parse tree between two tokens (``_MAX_PATH`` when unconnected)."""
    up = {source.i: 0}
    for steps, ancestor in enumerate(source.ancestors, start=1):
        up[ancestor.i] = steps
    if target.i in up:
        return up[target.i]
    for steps, ancestor in enumerate(target.ancestors, start=1):
        if ancestor.i in up:
            return min(_MAX_PATH, steps + up[ancestor.i])
    return _MAX_PATH


def _acceptable(context: Context, token: Token) -> bool:
    """A noun outside the quantity that names something: not a date or a bare frame."""
    if token.pos_ not in NOUN_POS and token.pos_ != "NUM" and token.tag_ != "VBG":
        return False  # a gerund subject names a thing too: "sampling came back at 4 ppb"
    unit = _duration_unit(context)
    if unit is not None and token.i == unit.i:
        return True  # "for 33 years": a duration's own unit (a DATE entity to spaCy)
    if is_date(token) or token.lower_ in _VALUE_WORDS:
        return False
    inside = token.i in range(context.ref.start, context.ref.end)
    # A model name ("24 A320s") or a noun the unit measures ("a 30 degree homer", found as
    # the holder by holder.py) may end the span and name the thing.
    swallowed = context.holder is not None and token.i == context.holder.i == context.ref.end - 1
    if inside and token is not context.counted and not (_is_model_name(token.text) or swallowed):
        return False
    return not is_vague(
        token, context.in_quantity, resources=context.resources, kinds=("frame", "idiom")
    )


# -- the rules: (context) -> [(token, base score, text or None)] ---------------------------

Proposal = tuple[Token, float, str | None]


def _counted(context: Context) -> list[Proposal]:
    """The counted noun: "100,000 soldiers", "a $2bn contract", "40% of voters"."""
    noun = context.counted
    if noun is None or is_unit_noun(noun, resources=context.resources, ref=context.ref):
        return []
    if is_change_noun(noun, context.resources):
        return []
    return [(noun, _COUNTED_SCORE, None)]


def _model_name(context: Context) -> list[Proposal]:
    """A model name the quantity span ends with, which the parser may read as a number:
    "24 A320s and 6 A321s" -> A320s, A321s (letters and digits, not a unit)."""
    ref = context.ref
    last = context.doc[ref.end - 1]
    head = top_of(context.doc, ref).head
    for noun in (last, head):
        if noun.i <= ref.root or is_unit_noun(noun, resources=context.resources, ref=ref):
            continue
        if noun.dep_ not in ("nummod", "compound") and _is_model_name(noun.text):
            return [(noun, _COUNTED_SCORE, None)]
    return []


def _is_model_name(text: str) -> bool:
    """Letters and digits in one word: "A320s", "F-35s", "747s" is not (digits only)."""
    return any(c.isalpha() for c in text) and any(c.isdigit() for c in text)


def _change_base(context: Context) -> list[Proposal]:
    """What a change noun (the counted noun or the holder) says changed: "a 49% decline
    in sales" -> sales, "the Dow's 300-point fall" -> Dow; else the change itself ("a 3%
    boost")."""
    for noun in (context.counted, context.holder):
        if noun is None or not is_change_noun(noun, context.resources):
            continue
        owner = _change_owner(noun, context)
        if owner is not None:
            return [(owner, _CHANGE_BASE_SCORE, None)]
        restated = _restated_change(noun, context)
        if restated is not None:
            return [(restated, _CHANGE_BASE_SCORE, None)]
        # "reported a 49% decline": the change the number measures, unless it is only
        # the holder ("an increase of 330.89" is the index's).
        score = _CHANGE_COUNTED_SCORE if noun is context.counted else _CHANGE_NOUN_SCORE
        return [(noun, score, None)]
    return []


def _change_owner(noun: Token, context: Context) -> Token | None:
    """What a change noun says changed: "a decline in sales", "the Dow's fall", or, the
    object of a verb, the verb's "in" phrase after it ("posted a loss in its stock")."""
    for preposition in _CHANGE_BASE_PREPS:
        base = prep_object(noun, preposition)
        if base is not None and base.i not in context.in_quantity:
            return base
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in NOUN_POS), None)
    if owner is not None or noun.dep_ != "dobj":
        return owner
    base = prep_object(noun.head, "in")
    if base is None or base.i < noun.i or base.i in context.in_quantity:
        return None
    return None if is_date(base) or base.ent_type_ in _PLACE_ENTS else base


def _restated_change(noun: Token, context: Context) -> Token | None:
    """A bare change set off by a comma restates the clause's change, so it is the
    clause subject's: "the Dow Jones was up 3.10%, an increase of 330.89" -> Dow Jones;
    "the Dow's fall left the index at 11,188, a 2.99 percent decrease" -> Dow."""
    first = noun.left_edge.i
    if first == 0 or noun.doc[first - 1].text != ",":
        return None
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subject = subject_of(verb) or (subject_of(verb.head) if verb.dep_ == "conj" else None)
    if subject is None or subject.pos_ not in NOUN_POS or subject.i in context.in_quantity:
        return None
    if is_change_noun(subject, context.resources):
        return _change_owner(subject, context)
    return subject


def _holder(context: Context) -> list[Proposal]:
    """Whose measure it is, found up the parse: "Acme shares fell 4.2%" -> shares."""
    holder = context.holder
    if holder is None or is_unit_noun(holder, resources=context.resources):
        return []
    if holder.pos_ == "PRON" or is_change_noun(holder, context.resources):
        return []  # a change noun holder is read by change_base
    return [(holder, _HOLDER_SCORE, None)]


def value_word(doc: Doc, ref: QuantityRef) -> Token | None:
    """The word that states what something is worth, above the number: "worth",
    "valued", "priced"."""
    top = top_of(doc, ref)
    above = list(top.ancestors)[:_MAX_VALUE_STEPS]
    return next((t for t in above if t.lower_ in _VALUE_WORDS and t.i < top.i), None)


def _worth(context: Context) -> list[Proposal]:
    """What a value is of: "a deal worth $2bn" -> deal, "the firm is valued at $5bn" ->
    firm, "making the 787 worth $140bn" -> 787."""
    word = value_word(context.doc, context.ref)
    if word is None:
        return []
    if word.head.pos_ in NOUN_POS and word.dep_ in ("amod", "acl", "prep"):
        return [(word.head, _WORTH_SCORE, None)]
    # The parse may hang the thing valued on "worth" itself: "making the 787 worth $140bn".
    before = next((c for c in word.lefts if c.pos_ in (*NOUN_POS, "NUM") and c.dep_ != "det"), None)
    if before is not None and before.i not in range(context.ref.start, context.ref.end):
        return [(before, _WORTH_SCORE, None)]
    subject = subject_of(word) or subject_of(word.head)
    owner = next(
        (c for c in word.head.children if c.dep_ == "dobj" and c.i < word.i),
        subject,
    )
    return [(owner, _WORTH_SCORE, None)] if owner is not None else []


def _money_verb(context: Context) -> list[Proposal]:
    """Money a verb moves, when no noun names it: what it pays for ("paid $57m for a
    stake" -> stake), else the verb's noun ("GM lost $4.8bn" -> loss, qualifiers [GM]):
    ``about_money_verbs.v1.tsv``."""
    if not is_money(context.ref) or context.counted is not None:
        return []
    top = top_of(context.doc, context.ref)
    if _is_price(top):
        return _price_of(top, context)
    verb = top.head
    if top.dep_ not in ("dobj", "npadvmod", "attr") or verb.pos_ != "VERB":
        return []
    noun = context.resources.about_money_verbs.get(verb.lemma_.lower())
    if noun is None:
        return []
    # "pay $10 million for debts": the "for" phrase hangs on the verb or on the money.
    paid_for = prep_object(verb, "for") or prep_object(top, "for")
    if paid_for is not None and paid_for.i not in context.in_quantity and paid_for.i > top.i:
        return [(paid_for, _MONEY_FOR_SCORE, None)]
    return [(verb, _MONEY_VERB_SCORE, noun)]


def _is_price(top: Token) -> bool:
    """Money brought in by "for" after the verb: "bought the plant for $51m"."""
    return top.dep_ == "pobj" and top.head.lower_ == "for"


def _price_of(top: Token, context: Context) -> list[Proposal]:
    """What a price buys or sells: the object of the money verb above "for $N" ("bought
    back the car maker ... for US$51 million" -> car maker), or, when the object is a
    pronoun, the verb's noun ("selling it to Cerberus for $7.4bn" -> sale)."""
    verb = next((t for t in top.ancestors if t.pos_ == "VERB"), None)
    if verb is None:
        return []
    noun = context.resources.about_money_verbs.get(verb.lemma_.lower())
    if noun is None:
        return []
    bought = next((c for c in verb.children if c.dep_ == "dobj" and c.i < top.i), None)
    if bought is None or bought.i in context.in_quantity:
        return []
    if bought.pos_ == "PRON":
        return [(verb, _MONEY_VERB_SCORE, noun)]
    return [(bought, _MONEY_FOR_SCORE, None)]


def _clause_subject(context: Context) -> list[Proposal]:
    """The subject of the nearest clause above the number (or of the verb it is
    coordinated with): "Acme rose 3% and closed at $12" -> Acme."""
    for verb in top_of(context.doc, context.ref).ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = subject_of(verb)
        if subject is None and verb.dep_ == "conj":
            subject = subject_of(verb.head)
        if subject is not None and subject.dep_ in SUBJECT_DEPS and subject.pos_ in NOUN_POS:
            return [(subject, _CLAUSE_SUBJECT_SCORE, None)]
        if subject is not None:
            return []  # a pronoun or a clause: the sentence names nothing here
    return []


def _nearest_noun(context: Context) -> list[Proposal]:
    """The noun of the sentence nearest the number along the parse, when no shape above
    names one (CLAIM-SPEC: the entity is empty only when the sentence names nothing):
    "shooting 47.6% from the field" -> field. Nouns of a quantity, units and pronouns are
    left out; the parse-path penalty of ``measured_candidates`` ranks them."""
    ref, doc = context.ref, context.doc
    sent = doc[ref.root].sent
    clause = _clause_of(top_of(doc, ref))
    found = []
    for token in sent:
        if token.pos_ not in NOUN_POS or token.i in context.in_quantity:
            continue
        if is_unit_noun(token, resources=context.resources) or token.dep_ == "compound":
            continue
        distance = ref.start - token.i if token.i < ref.start else token.i - ref.end + 1
        score = _NEAREST_NOUN_SCORE - _TOKEN_PENALTY * distance
        if token.i not in clause:
            score -= _OTHER_CLAUSE_PENALTY
        found.append((token, score, None))
    return found


def _clause_of(top: Token) -> set[int]:
    """The tokens of the clause the number is in: the subtree of the first verb above it
    (all of the sentence when there is none)."""
    verb = next((t for t in top.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return {t.i for t in top.sent}
    return {t.i for t in verb.subtree}


def _unit_noun(context: Context) -> list[Proposal]:
    """A duration's own unit when nothing else is named: "for 22 days" -> days; also when
    the clause's subject is a pronoun, whose noun is in another sentence: "She has been
    with General Motors for 33 years" -> years, not the company she is with."""
    noun = _duration_unit(context)
    if noun is None:
        return []
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = subject_of(verb) if verb is not None else None
    pronoun = subject is not None and subject.pos_ == "PRON"
    return [(noun, _PRONOUN_DURATION_SCORE if pronoun else _UNIT_NOUN_SCORE, None)]


def _duration_unit(context: Context) -> Token | None:
    """The time unit a duration counts: its counted noun or, for "for N years", the
    unit in its span (not a rate's: "work 40 hours a week")."""
    if context.counted is not None:
        noun = context.counted
    elif top_of(context.doc, context.ref).head.lower_ == "for":
        noun = context.doc[context.ref.end - 1]
    else:
        return None
    return noun if noun.lemma_.lower() in _SELF_NAMING_UNITS else None


ENTITY_RULES: tuple[Callable[[Context], list[Proposal]], ...] = (
    _counted,
    _model_name,
    _change_base,
    _holder,
    listed_item,
    shifted_measure,
    copula_subject,
    _worth,
    _money_verb,
    _clause_subject,
    _nearest_noun,
    _unit_noun,
)
