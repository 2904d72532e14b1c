"""``find_about``: the entry point, and ``AboutRef``, what it returns for one quantity."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ...resources import Resources
from ..quantities import QuantityRef
from .asserted import asserted_verb, compared_amount, property_text
from .clause import controlling_object, pronoun_antecedent
from .counted import entity_token, predicate_token, qualifier_tokens
from .described import Namer, named_in_sentence
from .gapped import with_own_subject
from .group import group_served, verb_place
from .holder import find_holder
from .holding import composed_whole, handed_over, only_holds
from .listed import listed_move
from .measured import Candidate, choose, measured_candidates, value_word
from .naming import (
    entity_text,
    name_tokens,
    qualifier_texts,
)
from .phrases import (
    as_written,
    coordinated_text,
    counted_text,
    item_words,
    joined,
    noun_phrase,
)
from .respective import own_respective, respective_item
from .restated import earlier_level, restated
from .syntax import quantity_tokens, subject_of, top_of
from .words import is_change_noun, is_date

# Clauses that share the subject of the verb they hang on: "..., posting sales of $2bn",
# "rose 3% and closed at $12", "plans to close 1,100 stores".
_SHARED_SUBJECT_DEPS = frozenset({"advcl", "conj", "xcomp"})


# Units in which a name's own level moves ("the Dow fell 2%, 300 points").
_LEVEL_UNITS = frozenset({"percent", "point", "percentage point", "basis point", "fraction"})


@dataclass(frozen=True)
class AboutRef:
    """What one number is about; ``entity_i`` and ``predicate_i`` are token indices in
    the Doc the quantity was found in."""

    text: str
    entity: str | None
    qualifiers: tuple[str, ...]
    property: str | None
    entity_i: int | None = None
    predicate_i: int | None = None


def find_about(
    doc: Doc,
    ref: QuantityRef,
    *,
    quantities: list[QuantityRef],
    resources: Resources,
    article: Sequence[Doc] = (),
    named: Namer | None = None,
) -> AboutRef:
    """Entity (head noun), qualifiers and property of one quantity, and ``text``: the
    concise phrase naming what the number counts or measures and whose number it is.
    ``article``: the article's other parsed segments, where a name may be written in
    full ("the Dow" -> "Dow Jones Industrial Average"); ``named``: the name a description
    among the qualifiers stands for ("the firm" -> Acme)."""
    return _find_about(
        doc, ref, quantities, resources, seen=frozenset(), article=article, named=named
    )


def _find_about(
    doc: Doc,
    ref: QuantityRef,
    quantities: list[QuantityRef],
    resources: Resources,
    *,
    seen: frozenset[int],
    article: Sequence[Doc],
    named: Namer | None = None,
) -> AboutRef:
    earlier = restated(doc, ref, quantities, resources)
    if earlier is not None and earlier.start not in seen:
        # "8 miles (13 km) of track", "a day is 24 hours, 39 minutes": the number is
        # about what the number it restates or continues is about.
        about = _find_about(
            doc,
            earlier,
            quantities,
            resources,
            seen=seen | {ref.start},
            article=article,
            named=named,
        )
        about = with_own_subject(doc, ref, earlier, about, quantities, resources)
        about = _own_respective(doc, ref, earlier, about, quantities, resources)
        level = earlier_level(doc, ref, resources)
        return replace(about, property=level) if level is not None else about
    counted = entity_token(doc, ref)
    holder = find_holder(doc, ref, counted, quantities, resources)
    candidates = measured_candidates(
        doc, ref, counted=counted, holder=holder, quantities=quantities, resources=resources
    )
    chosen = choose(candidates)
    if chosen is not None and chosen.rule == "copula_subject":
        holder = chosen.token  # "X is N" over the parse: X's number, in the text too
    holder_text = noun_phrase(doc, holder, ref, quantities, resources) if holder is not None else ""
    text = _about_text(doc, ref, counted, holder_text, quantities, resources)
    if chosen is None:
        return AboutRef(text=text, entity=None, qualifiers=(), property=None)
    return _described(
        doc, ref, chosen, counted, holder, text, quantities, resources, article, named
    )


def _described(
    doc: Doc,
    ref: QuantityRef,
    chosen: Candidate,
    counted: Token | None,
    holder: Token | None,
    text: str,
    quantities: list[QuantityRef],
    resources: Resources,
    article: Sequence[Doc] = (),
    named: Namer | None = None,
) -> AboutRef:
    """The record's words for the chosen entity: as written, its qualifiers, its property."""
    in_quantity = quantity_tokens(ref, quantities)
    entity = chosen.token
    if chosen.text is not None:
        return _unwritten(doc, chosen, holder, text, in_quantity, resources, named)
    contrasted = entity is counted and _contrasted(doc, ref, entity, quantities)
    words = [entity] if contrasted else name_tokens(entity, resources, in_quantity)
    verb = predicate_token(entity, resources) if entity is counted else None
    if chosen.rule == "copula_subject":
        verb = doc[ref.start - 1]  # "X is N" over the parse: the "be" asserts it
    whole = composed_whole(entity)
    if whole is not None:
        verb = whole.head  # "operates a fleet consisting of 30 jets" -> operates
    if verb is None:
        verb = asserted_verb(entity, top_of(doc, ref))
    # A counted noun's own modifiers lie between its number and the next one (seed fixture).
    window = _own_window(ref, quantities) if entity is counted else None
    change = _measured_change(doc, ref, counted, holder, resources)
    # A change says how much, never whose: "the Dow's fall left the index at 11,188".
    owners = _owners(entity, holder, verb, resources)
    owners = [o for o in owners if not is_change_noun(o, resources)]
    if entity is counted and (
        only_holds(holder, entity, resources) or handed_over(holder, entity, resources)
    ):
        owners = [o for o in owners if o is not holder]
    if whole is not None:
        owners = [o for o in owners if o is not holder and o.i != whole.i]
    part = _part_subject(ref, entity, verb, resources)
    if part is not None:
        owners = [o for o in owners if o.i != part.i]
    if chosen.rule == "apposition":
        owners = [w for o in owners for w in _described_by(o, entity)]
    if chosen.rule == "listed_item":
        owners = []  # the list's subject is another item, not whose this one is
    owners += _group_and_place(doc, ref, entity, verb, resources)
    respective = respective_item(doc, ref, quantities)
    qualifiers = qualifier_texts(
        doc,
        entity,
        words,
        owners,
        in_quantity,
        resources,
        window=window,
        named=named,
        respective=respective,
    )
    prop = _asserted(doc, ref, chosen, change, verb, in_quantity, resources)
    written = (
        entity.text
        if contrasted
        else entity_text(doc, entity, resources, in_quantity, article=article)
    )
    return AboutRef(
        text=text,
        entity=written,
        qualifiers=_with_measured_name(qualifiers, ref, entity, written, chosen.rule),
        property=prop,
        entity_i=entity.i,
        predicate_i=verb.i if verb is not None else None,
    )


def _own_respective(
    doc: Doc,
    ref: QuantityRef,
    earlier: QuantityRef,
    about: AboutRef,
    quantities: list[QuantityRef],
    resources: Resources,
) -> AboutRef:
    """A number continuing the one before in a "respectively" list ("rose 4% and 7%,
    respectively"): its own name of the list in place of the earlier number's."""
    in_quantity = quantity_tokens(ref, quantities)

    def written(item: Token) -> str:
        return as_written(doc, item_words(item, name_tokens(item, resources, in_quantity)))

    own = own_respective(doc, ref, earlier, about.qualifiers, quantities, written=written)
    return replace(about, qualifiers=own)


def _group_and_place(
    doc: Doc, ref: QuantityRef, entity: Token, verb: Token | None, resources: Resources
) -> list[Token]:
    """The group a number serves and the place its verb names, which say whose too."""
    group = group_served(doc, ref, resources)
    place = verb_place(verb, entity)
    return [
        *([group] if group is not None and group.i != entity.i else []),
        *([place] if place is not None else []),
    ]


def _with_measured_name(
    qualifiers: list[str], ref: QuantityRef, entity: Token, written: str, rule: str
) -> tuple[str, ...]:
    """The qualifiers, led by the entity's name when the number is a price, duration or
    size of a named thing the sentence gives no measure noun for ("Lion will sell for
    $29", "the 777 can fly for 9,420 miles"): the name is the entity and also whose the
    unwritten price or range is (Wikinews gold); not an index's points or percent, its
    own level ("the Dow fell 2%"), nor an entry of a list ("Stocks such as Alpha up 9% to
    $84": tests/test_about_listed.py)."""
    measured = (
        rule != "listed_item"
        and entity.pos_ == "PROPN"
        and entity.tag_ == "NNP"
        and ref.unit is not None
        and ref.unit not in _LEVEL_UNITS
    )
    if measured and written.lower() not in (q.lower() for q in qualifiers):
        return (written, *qualifiers)
    return tuple(qualifiers)


def _unwritten(
    doc: Doc,
    chosen: Candidate,
    holder: Token | None,
    text: str,
    in_quantity: set[int],
    resources: Resources,
    named: Namer | None,
) -> AboutRef:
    """A noun the text does not write ("GM lost $4.8bn" -> loss): the verb is the
    property and its subject says whose."""
    verb = chosen.token
    owners = _owners(verb, holder, verb, resources)
    qualifiers = qualifier_texts(doc, verb, [verb], owners, in_quantity, resources, named=named)
    return AboutRef(
        text=text,
        entity=chosen.text,
        qualifiers=tuple(qualifiers),
        property=property_text(doc, verb),
        predicate_i=verb.i,
    )


def _asserted(
    doc: Doc,
    ref: QuantityRef,
    chosen: Candidate,
    change: Token | None,
    verb: Token | None,
    in_quantity: set[int],
    resources: Resources,
) -> str | None:
    """The property: the change the number measures ("a 49% decline" asserts a
    decline), the value word of a worth ("are worth", "were priced at": Wikinews gold),
    else what the verb asserts."""
    if change is not None:
        return change.text
    compared = compared_amount(top_of(doc, ref))
    if compared is not None:
        return compared.text
    move = listed_move(doc, ref, chosen.token, resources.about_list_moves)
    if chosen.rule == "listed_item" and move is not None:
        return move
    worth = value_word(doc, ref)
    if chosen.rule != "worth" and not _worth_only(worth, chosen.token):
        worth = None
    if worth is None:
        return property_text(
            doc, verb, top_of(doc, ref), in_quantity, nouns=resources.about_vague_nouns
        )
    after = doc[worth.i + 1] if worth.i + 1 < len(doc) else None
    return (
        as_written(doc, [worth, after])
        if after is not None and after.lower_ == "at"
        else worth.text
    )


def _worth_only(worth: Token | None, noun: Token) -> bool:
    """The value word is all that is asserted of the noun it describes when no verb
    asserts anything of it: "in a deal worth $2bn" -> worth; but "were given loans worth
    $17bn" -> given."""
    return (
        worth is not None
        and worth.head.i == noun.i
        and noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative")
    )


def _owners(
    entity: Token, holder: Token | None, verb: Token | None, resources: Resources
) -> list[Token]:
    """Whose the entity is: the holder found up the parse and the subject of the verb
    that asserts the number ("the airplane flew at an altitude of 900 m" -> airplane),
    when they are other nouns."""
    found = [holder] if holder is not None else []
    subject = _clause_subject(verb, entity) if verb is not None else None
    if subject is not None and verb is not None and subject.pos_ == "PRON":
        # A pronoun the sentence does not name stays, for the article to name: "It sold 5m".
        subject = pronoun_antecedent(subject, verb) or subject
    if subject is not None and (subject.pos_ in ("NOUN", "PROPN", "PRON") or _model(subject)):
        found.append(subject)
        # Names coordinated in the subject are each whose: "GM and Chrysler got $17bn".
        if subject.pos_ == "PROPN":
            found += [c for c in subject.conjuncts if c.pos_ == "PROPN"]
    found += _possessors(entity, resources.titles | resources.person_nouns)
    # Not the entity, nor the same noun counted again ("9,000 production jobs ..., 2,000
    # salaried jobs": the second "jobs" hangs on the first).
    found = [o for o in found if o.i != entity.i and o.lemma_ != entity.lemma_]
    people = resources.titles | resources.person_nouns
    return [named_in_sentence(o, entity, people=people) for o in found]


def _model(subject: Token) -> bool:
    """A number subject in digits that is no date: a model's name ("the 787-9 holds 290"), as the
    quantities stage left it out of the claims (the record's own numbers are taken out
    of the owners later)."""
    return subject.pos_ == "NUM" and not is_date(subject) and subject.text[:1].isdigit()


def _clause_subject(verb: Token, entity: Token) -> Token | None:
    """The subject of ``verb``, or the name or pronoun subject of the verb above a
    participle, coordinated clause or infinitive without one, whose subject it shares: "It
    remains the largest carmaker, posting sales of $152bn" -> It; "Acme rose 3% and
    closed at $12" -> Acme; "Acme plans to close 1,100 stores" -> Acme. A common noun
    there is often not the clause's doer ("the authorities declared war, leading to
    30,000 deaths"; news dump)."""
    subject = subject_of(verb)
    shared = verb
    for _ in range(3):
        if subject is not None or shared.dep_ not in _SHARED_SUBJECT_DEPS:
            break
        if shared.dep_ == "xcomp" and _extraposed(shared.head):
            break  # "it's cheaper to add $1bn": the "it" stands for the infinitive itself
        controller = controlling_object(shared)
        if controller is not None and entity.i in {t.i for t in shared.subtree}:
            return controller  # "forced Brixco to cut 500 jobs": Brixco cuts them
        shared = shared.head
        subject = subject_of(shared)
        if subject is not None and subject.pos_ not in ("PROPN", "PRON"):
            return None
    return subject


def _extraposed(verb: Token) -> bool:
    """A copula whose "it" stands for the infinitive after it: "it is wise to add $2bn"."""
    subject = subject_of(verb)
    return (
        subject is not None
        and subject.lower_ == "it"
        and any(c.dep_ in ("acomp", "attr") for c in verb.children)
    )


def _possessors(entity: Token, people: frozenset[str]) -> list[Token]:
    """The noun a possessive pronoun of the entity stands for: "Acme said its sales rose
    5%" -> sales, qualifiers [Acme] (CLAIM-SPEC: qualifiers say whose)."""
    found = []
    for child in entity.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            verb = next((t for t in child.ancestors if t.pos_ in ("VERB", "AUX")), None)
            owner = pronoun_antecedent(child, verb, people=people)
            found.append(owner if owner is not None else child)  # "Its revenue": the article's
    return found


def _part_subject(
    ref: QuantityRef, entity: Token, verb: Token | None, resources: Resources
) -> Token | None:
    """The subject of a verb of parts ("represent", "make up": ``about_relation_words``
    part) when the entity is the whole the number is a share of: "the dealers represent
    18% of the network" -> dealers, a part, not whose the network is."""
    prep = entity.head
    if verb is None or not (
        entity.dep_ == "pobj" and prep.lower_ == "of" and ref.start <= prep.head.i < ref.end
    ):
        return None
    lemma = verb.lemma_.lower()
    completed = [f"{lemma} {c.lower_}" for c in verb.rights if c.dep_ in ("prt", "prep")]
    relation = resources.about_relation_words
    if not any(relation.get(word) == "part" for word in (lemma, *completed)):
        return None
    return subject_of(verb)


def _described_by(owner: Token, name: Token) -> list[Token]:
    """A common noun a name is in apposition with only describes it; its own name words
    qualify it: "The primary UK index, the FTSE 100, rose" -> FTSE 100, qualifiers [UK]."""
    if name.head.i != owner.i or name.dep_ != "appos":
        return [owner]
    return [
        c
        for c in owner.lefts
        if c.dep_ in ("compound", "poss", "amod")
        and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE"))
    ]


def _contrasted(doc: Doc, ref: QuantityRef, noun: Token, quantities: list[QuantityRef]) -> bool:
    """Whether another number of the sentence counts the same noun: then the noun alone
    is the entity and its compounds say which ("About 9,000 production jobs will be cut
    ..., and 2,000 salaried jobs" -> jobs, qualifiers [production])."""
    sent = doc[ref.root].sent
    for other in quantities:
        if other is ref or not sent.start <= other.root < sent.end:
            continue
        counted = entity_token(doc, other)
        if counted is not None and counted.i != noun.i and counted.lemma_ == noun.lemma_:
            return True
    return False


def _measured_change(
    doc: Doc, ref: QuantityRef, counted: Token | None, holder: Token | None, resources: Resources
) -> Token | None:
    """The change noun the number measures, when it is one ("a 49% decline", "gains of
    8%", "the Dow's 344-point fall", "an increase of 40.5"): what is asserted is that
    change (Wikinews gold)."""
    top = top_of(doc, ref)
    through = top.head.head if top.dep_ == "pobj" and top.head.lower_ in ("of", "by") else None
    return next(
        (
            noun
            for noun in (counted, holder, through)
            if noun is not None and noun.pos_ == "NOUN" and is_change_noun(noun, resources)
        ),
        None,
    )


def _own_window(ref: QuantityRef, quantities: list[QuantityRef]) -> range:
    """The tokens after the number up to the next number: where its own modifiers are."""
    next_start = min((q.start for q in quantities if q.start >= ref.end), default=ref.end + 50)
    return range(ref.end, next_start)


def _about_text(
    doc: Doc,
    ref: QuantityRef,
    counted: Token | None,
    holder_text: str,
    quantities: list[QuantityRef],
    resources: Resources,
) -> str:
    """The concise phrase: the counted thing, then whose it is ("workers, Ford")."""
    if counted is None:
        return holder_text
    qualifiers = qualifier_tokens(doc, counted, ref, quantities)
    predicate = predicate_token(counted, resources)
    prop = coordinated_text(doc, predicate) if predicate is not None else None
    counted_words = counted_text(
        doc, ref, counted, qualifiers, predicate, prop, quantities, resources
    )
    return joined(counted_words, holder_text)
