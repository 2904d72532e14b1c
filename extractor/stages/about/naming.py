"""The words of the record for a chosen entity token: the entity as written (a noun with
its noun compounds, a name at its fullest), its qualifiers (whose or which) and the
property (what is asserted of it)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import numpy
from spacy.attrs import LOWER, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from ...resources import Resources
from .described import Namer
from .phrases import as_written, hyphenated, item_words
from .respective import Respective, replaces
from .syntax import prep_object
from .words import NOUN_POS, is_date, is_unit_noun

# Modifiers of the entity that say whose or which: possessors, name compounds, adjectives.
_QUALIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
# Prepositions after the entity whose object says whose or which: "shares of Acme",
# "sales in Brazil".
_QUALIFIER_PREPS = ("of", "in", "at", "on")
# Named objects of "in", "at", "on" that say whose or which: "sales in Brazil", "a
# stake in Chrysler", "shares on the Irish Stock Exchange".
_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP", "ORG"})
_PARTICIPLES = frozenset({"VBG", "VBN"})
_NUMBER_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "DATE", "TIME"})
_YEAR = re.compile(r"(1[89]|20)\d\d")
_NAME_ENTS = frozenset({"ORG", "PRODUCT", "GPE", "LOC", "FAC", "WORK_OF_ART", "NORP", "EVENT"})


def entity_text(
    doc: Doc,
    token: Token,
    resources: Resources,
    in_quantity: set[int],
    *,
    article: Sequence[Doc] = (),
) -> str:
    """The entity as written: a name at its fullest in the article ("Dow" -> "Dow Jones
    Industrial Average"; ``article`` holds the article's other parsed segments), a common
    noun with its noun compounds ("pay rise", "retail stores"), or a noun with its name
    when the noun completes the name ("Nasdaq index")."""
    words = name_tokens(token, resources, in_quantity)
    if len(words) == 1 and token.lemma_.lower() in resources.about_name_heads:
        named = _named_before(token, resources, in_quantity)
        if named is not None:
            words = named  # "the Dow fell 2% ... left the index at 9,800" -> Dow
            token = words[-1]
    text = as_written(doc, words)
    if token.pos_ == "PROPN":
        return fullest_name([doc, *article], words, titles=resources.titles) or text
    return text


def name_tokens(token: Token, resources: Resources, in_quantity: set[int]) -> list[Token]:
    """``token`` with the words before it that belong to its name: the named entity it
    ends ("Standard & Poor's 500 Index"), noun compounds of a common noun ("pay rise"),
    the whole run of name words before a word that completes a name ("Nikkei 225 stock
    market index", "Nasdaq composite index") and a number after a name ("S&P 500");
    never a word of a quantity ("a 9.0 magnitude earthquake")."""
    if token.pos_ == "PROPN" or token.lemma_.lower() in resources.about_name_heads:
        words = _name_run(token, resources, in_quantity)
    else:
        words = _noun_compounds(token, resources, in_quantity)
    span = _entity_span(token)
    if span is not None and len(span) > len(words) and not any(t.i in in_quantity for t in span):
        words = list(span)
    return _trimmed(words)


def _trimmed(words: list[Token]) -> list[Token]:
    """A name without what only qualifies it: a nationality ("the French Cac index") or a
    possessor ("Singapore's Straits Times Index"; but "Standard & Poor's 500" keeps its
    "'s", followed by a number)."""
    words = sorted({w.i: w for w in words}.values(), key=lambda w: w.i)
    for k, word in enumerate(words[:-1]):
        if word.tag_ == "POS" and words[k + 1].pos_ != "NUM":
            words = words[k + 1 :]
            break
    while len(words) > 1 and (words[0].text in ("&", "'s", "’s") or _nationality(words[0])):
        words = words[1:]
    return words


def _noun_compounds(token: Token, resources: Resources, in_quantity: set[int]) -> list[Token]:
    """A common noun with the noun compounds right before it ("pay rise", "car sales")
    and the adjectives that belong to the term ("net profit", "retail stores")."""
    words = [token, *_hyphen_pieces(token)]
    for child in reversed(list(token.lefts)):
        if child.i != min(w.i for w in words) - 1:
            break
        if child.dep_ == "amod" and child.lower_ in resources.about_term_adjectives:
            words.append(child)
            continue
        if child.dep_ not in ("compound", "flat"):
            break
        if child.i in in_quantity or is_unit_noun(child, resources=resources):
            break
        if child.pos_ != "NOUN":
            break  # "Apple engineers": a name before a common noun qualifies it
        if any(t.pos_ in ("ADJ", "ADV") for t in hyphenated(child)):
            break  # "30 short-haul aircraft": a hyphenated description qualifies it
        words += [w for w in child.subtree if w.dep_ != "det" and w.i not in in_quantity]
    return words


def _name_run(token: Token, resources: Resources, in_quantity: set[int]) -> list[Token]:
    """The run of name words before a name or a word completing one, read along the text
    (the parse often splits names): names, numbers, "&", "'s", and, before a completing
    word, the nouns of the name ("Nikkei 225 stock market index")."""
    doc = token.doc
    completes = token.pos_ != "PROPN"
    words = [token]
    i = token.i - 1
    while i >= 0 and (i not in in_quantity or _number_in_name(doc, i)):
        word = doc[i]
        name_word = word.pos_ == "PROPN" or word.text in ("&", "'s", "’s")
        name_word = name_word or _number_in_name(doc, i)
        if completes and word.pos_ == "NOUN" and not is_unit_noun(word, resources=resources):
            name_word = True
        name_word = name_word or word.lemma_.lower() in resources.about_name_heads
        if not name_word or is_date(word):
            break
        words.insert(0, word)
        i -= 1
    after = token.i + 1
    if (
        token.pos_ == "PROPN"
        and after < len(doc)
        and doc[after].pos_ == "NUM"
        and after not in in_quantity
        and doc[after].head.i == token.i
    ):
        words.append(doc[after])  # "S&P 500", "FTSE 100"
    return words


def _number_in_name(doc: Doc, i: int) -> bool:
    """A bare number between name words, part of the name even when it was found as a
    quantity: "Standard & Poor's 500 Index", "FTSE 100 index"."""
    word = doc[i]
    return (
        word.pos_ == "NUM"
        and word.like_num
        and 0 < i < len(doc) - 1
        and (doc[i - 1].pos_ == "PROPN" or doc[i - 1].tag_ == "POS")
    )


def _named_before(token: Token, resources: Resources, in_quantity: set[int]) -> list[Token] | None:
    """The nearest name before a bare "the index" or "the average" in the Doc: the index
    it refers back to (CLAIM-SPEC: the fullest name the article gives)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    for i in range(token.i - 1, -1, -1):
        word = token.doc[i]
        if word.pos_ == "PROPN" and word.ent_type_ == "ORG" and i not in in_quantity:
            return name_tokens(word, resources, in_quantity)
    return None


def _entity_span(token: Token) -> Span | None:
    """The named entity (organisation, product, place, work) a name token ends, without
    "the" or a possessive ending: "Standard & Poor's 500 Index"."""
    if token.pos_ != "PROPN" or token.ent_type_ not in _NAME_ENTS:
        return None
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is None or ent.end - 1 != token.i:
        return None
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    return token.doc[start : ent.end] if start < ent.end else None


def fullest_name(
    docs: Sequence[Doc], words: list[Token], *, titles: frozenset[str] = frozenset()
) -> str | None:
    """The longest name in ``docs`` (the article's parsed segments) that starts with the
    same word and holds all of ``words``: "the Dow" -> "Dow Jones Industrial Average"
    (wikinews_112579 names it in full only in its first paragraph), "the FTSE" -> "FTSE
    100" (as for speakers). A name is a named entity or a run of name words along the
    text. Elsewhere in the article a longer name counts only when every longer name
    there agrees: "Mac" is not "Mac OS X Lion" beside "Mac App Store" (wikinews_265977)."""
    wanted = {w.lower_ for w in words}
    here: list[list[Token]] = []
    elsewhere: list[list[Token]] = []
    written: list[list[Token]] = []  # the runs elsewhere as written, for agreement
    for doc in docs:
        same_doc = doc is words[0].doc
        for start in _name_words_like(doc, words[0]):
            run = _run_after(start)
            if not same_doc:
                written += [run] if len(run) > len(words) else []
                run = _plain_run(run, titles)
            ent = _ent_from(start)
            # Elsewhere in the article, only a name of the same kind: "Apple" is not
            # "Apple Computer CEO Steve Jobs".
            if (
                ent is not None
                and len(ent) > len(run)
                and (same_doc or ent[-1].ent_type_ == words[-1].ent_type_)
            ):
                run = ent
            if wanted <= {t.lower_ for t in run} and len(run) > len(words):
                (here if same_doc else elsewhere).append(run)
                written += [] if same_doc else [run]
    if elsewhere and _agree(written):
        here += elsewhere
    best = max(here, key=len, default=None)
    return as_written(best[0].doc, best) if best is not None else None


def _name_words_like(doc: Doc, word: Token) -> Iterator[Token]:
    """The proper nouns of ``doc`` written as ``word`` is, in any case, in order: found in
    the Doc's arrays, as every token of every segment is asked once per entity name."""
    found = doc.to_array([LOWER, POS])
    for i in numpy.flatnonzero((found[:, 0] == word.lower) & (found[:, 1] == PROPN)):
        yield doc[int(i)]


def _agree(runs: list[list[Token]]) -> bool:
    """Whether every run is the start of the longest one (none: they agree)."""
    if not runs:
        return True
    longest = [t.lower_ for t in max(runs, key=len)]
    return all([t.lower_ for t in run] == longest[: len(run)] for run in runs)


def _plain_run(run: list[Token], titles: frozenset[str]) -> list[Token]:
    """A run of name words elsewhere in the article, up to a title, a person or a
    number: "Dow Jones Industrial Average", but "Apple Computer CEO Steve Jobs" is not a
    fuller "Apple", nor "Boeing 787" a fuller "Boeing"."""
    for k, token in enumerate(run):
        if token.lower_ in titles or token.ent_type_ == "PERSON" or token.pos_ == "NUM":
            return run[:k]
    return run


def _ent_from(start: Token) -> list[Token] | None:
    """The named entity (organisation, product, place, work) that starts at ``start``,
    or at a "the" before it, without the "the"."""
    for ent in start.doc.ents:
        begins = ent.start == start.i or (ent.start == start.i - 1 and ent[0].lower_ == "the")
        if begins and ent.label_ in _NAME_ENTS:
            return [t for t in ent if t.i >= start.i]
    return None


def _nationality_of(noun: Token) -> list[Token]:
    """The nationality or country a common noun owner is named by: "the Irish
    government", "the US government" (Wikinews gold qualifiers)."""
    if noun.pos_ != "NOUN":
        return []
    return [
        c
        for c in noun.lefts
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") and c.i == noun.i - 1
    ]


def _nationality(token: Token) -> bool:
    """A word of nationality ("French", "Japanese"), tagged as an adjective or as a name
    of its own ("the French Cac index": a one-word NORP entity)."""
    if token.ent_type_ != "NORP":
        return False
    doc = token.doc
    alone = token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I"
    return token.pos_ == "ADJ" or (token.ent_iob_ == "B" and alone)


def _run_after(start: Token) -> list[Token]:
    """``start`` and the name words after it: "Dow Jones Industrial Average", "FTSE 100"."""
    run = [start]
    for token in start.doc[start.i + 1 :]:
        if (
            token.pos_ == "PROPN"
            or token.text == "&"
            or (
                token.pos_ == "NUM"
                and run[-1].pos_ == "PROPN"
                and token.ent_type_ not in _NUMBER_ENTS
            )
        ):
            run.append(token)
        else:
            break
    while run[-1].text == "&":
        run.pop()
    return run


def qualifier_texts(
    doc: Doc,
    entity: Token,
    entity_words: list[Token],
    owners: list[Token],
    in_quantity: set[int],
    resources: Resources,
    *,
    window: range | None = None,
    named: Namer | None = None,
    respective: Respective | None = None,
) -> list[str]:
    """Whose or which: the entity's possessor, name compounds and restricting adjectives,
    the object of its "of"/"in" phrase, and its owners: the holder and the subject of the
    asserting verb when they are other nouns ("the firm cut 300 jobs" -> jobs, qualifiers
    [firm]). With ``window``, modifiers other than a
    possessor must lie in it: "100,000 Russian and 100,000 Ukrainian soldiers" gives
    each number its own group (seed fixture). ``named`` gives a description the name it
    stands for ("the firm" -> Acme). ``respective``: the name "respectively" gives this
    number and the tokens of its list (``respective.py``), which stands for the list."""
    taken = {w.i for w in entity_words} | in_quantity
    found: list[list[Token]] = []
    heads: list[Token] = []
    # A name's own modifiers left out of it qualify it too: "the French Cac index".
    trimmed = [g for c in entity.lefts if c.i in taken for g in c.lefts if g.i not in taken]
    for child in [*entity.lefts, *trimmed]:
        if child.i not in taken and _qualifying_modifier(child, entity, resources, window):
            found.append(_modifier_words(child, taken))
            heads.append(child)
    for pobj in _qualifying_objects(entity):
        if pobj.i not in taken and not is_date(pobj):
            found.append(item_words(pobj, name_tokens(pobj, resources, in_quantity)))
            heads.append(pobj)
    rate = _rate_base(entity, taken)
    if rate:
        found.append(rate)
        heads.append(rate[0])
    for owner in owners:
        held = {w.i for words in found for w in words}
        words = _owner_words(owner, in_quantity, resources, named)
        if owner.i not in taken | held and words:
            found.append(words)
            heads.append(owner)
    if respective is not None and respective.item.i not in taken:
        heads, found = _respectively(heads, found, respective, resources, in_quantity)
    texts = []
    for head, words in zip(heads, found, strict=True):
        name = named(head) if named is not None else None
        text = name or as_written(doc, [w for w in words if w.i not in in_quantity])
        if text and text.lower() not in (t.lower() for t in texts):
            texts.append(text)
    return texts


def _respectively(
    heads: list[Token],
    found: list[list[Token]],
    respective: Respective,
    resources: Resources,
    in_quantity: set[int],
) -> tuple[list[Token], list[list[Token]]]:
    """The qualifiers with the number's own name of a "respectively" list in place of
    the phrases that stand for the whole list ("Brixco and Tellamar cut 300 and 450 jobs,
    respectively": 300 -> [Brixco])."""
    item = respective.item
    kept = [(h, w) for h, w in zip(heads, found, strict=True) if not replaces(h, w, respective)]
    kept.append((item, item_words(item, name_tokens(item, resources, in_quantity))))
    return [h for h, _ in kept], [w for _, w in kept]


def _owner_words(
    owner: Token, in_quantity: set[int], resources: Resources, named: Namer | None
) -> list[Token]:
    """The words of an owner that says whose: a name or noun with its nationality, a
    pronoun the article names ("it sold", "its revenue"), a model's number ("the 787-9
    holds 290 passengers"); none for anything else."""
    if owner.pos_ == "PRON":
        return [owner] if named is not None and named(owner) is not None else []
    if owner.pos_ == "NUM":
        return _model_words(owner)
    if owner.pos_ not in NOUN_POS and owner.ent_type_ != "NORP":
        return []
    return _whole_name(owner, in_quantity) or [
        *_nationality_of(owner),
        *name_tokens(owner, resources, in_quantity),
    ]


def _model_words(number: Token) -> list[Token]:
    """A model's name around a number, as written: "787-9", "A320 200"."""
    doc = number.doc
    name_like = ("NUM", "PROPN")
    start, end = number.i, number.i + 1
    while start > 0 and (doc[start - 1].pos_ in name_like or doc[start - 1].text == "-"):
        start -= 1
    while end < len(doc) and (doc[end].pos_ in name_like or doc[end].text == "-"):
        end += 1
    return [t for t in doc[start:end] if t.head.i in range(start, end) or t.i == number.i]


def _qualifying_modifier(
    child: Token, entity: Token, resources: Resources, window: range | None
) -> bool:
    """A modifier of the entity that restricts it: a possessor, a name compound, an
    adjective, a period ("annual"); not a pronoun, number, date or framing adjective, nor
    (with ``window``) another number's modifier."""
    period = _period_of(child, entity)
    if child.dep_ not in _QUALIFIER_DEPS and not period:
        return False
    if not period and (child.pos_ in ("PRON", "DET", "NUM") or child.like_num or is_date(child)):
        return False
    if child.lower_ in resources.about_framing_adjectives:
        return False
    return window is None or child.dep_ == "poss" or child.i in window


def _whole_name(token: Token, in_quantity: set[int]) -> list[Token]:
    """The whole named place or organisation a name word heads inside, without "the":
    "officials from the People's Republic of China" -> People's Republic of China, "the
    Bank of Ruritania" -> Bank of Ruritania; empty when the name ends at the word."""
    if token.pos_ != "PROPN":
        return []
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is None or ent.label_ not in _PLACE_ENTS or ent.end - 1 == token.i:
        return []
    words = [t for t in ent if not (t.i == ent.start and t.pos_ == "DET")]
    return [] if any(t.i in in_quantity for t in words) else words


def _rate_base(entity: Token, taken: set[int]) -> list[Token]:
    """The "per" phrase of the entity: "20% less fuel per passenger", "one million
    visitors per week" say which fuel, which visitors (Wikinews gold qualifiers)."""
    heads = [entity]
    if entity.dep_ in ("dobj", "nsubj", "nsubjpass"):
        heads.append(
            entity.head
        )  # the parse may hang it on the verb: "draws 4,000 visitors per week"
    prep = next(
        (c for h in heads for c in h.rights if c.dep_ == "prep" and c.lower_ == "per"), None
    )
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if prep is None or pobj is None or pobj.i in taken or prep.i in taken:
        return []
    own = [c for c in pobj.lefts if c.dep_ in ("compound", "amod") and c.i not in taken]
    return [prep, *own, pobj]  # "per passenger", not a comparison after it


def _period_of(child: Token, entity: Token) -> bool:
    """A modifier that says which period the entity is of: "its annual dividend", "GM's
    2008 revenue" (CLAIM-SPEC: qualifiers say whose or which, period included); a date
    elsewhere in the sentence says when, not which."""
    if child.head.i != entity.i or not is_date(child) or child.n_lefts:
        return False
    if child.dep_ == "amod":
        return child.pos_ == "ADJ"  # "annual", "quarterly"
    return child.dep_ in ("compound", "nummod", "nmod") and _YEAR.fullmatch(child.text) is not None


def _qualifying_objects(entity: Token) -> list[Token]:
    """The object of the entity's "of" phrase and the named places or organisations of
    its "in"/"at"/"on" phrases, also through a participle that modifies it or through the
    object of its "of": "students studying at Halvorsen University", "devices installed
    in Peru", "sales of cars in Brazil" (the parse hangs the place on "cars") say which."""
    heads = [entity, *(c for c in entity.rights if c.dep_ == "acl" and c.tag_ in _PARTICIPLES)]
    of_object = prep_object(entity, "of")
    if of_object is not None:
        heads.append(of_object)
    found = []
    for head in heads:
        for preposition in _QUALIFIER_PREPS:
            pobj = prep_object(head, preposition)
            if pobj is None or (head is not entity and preposition == "of"):
                continue
            if preposition == "of" or pobj.ent_type_ in _PLACE_ENTS:
                found.append(pobj)
    return found


def _modifier_words(child: Token, taken: set[int]) -> list[Token]:
    """A modifier with its own compounds and hyphenated parts ("long-haul", "Apple Inc")."""
    coordinated = {w.i for c in child.children if c.dep_ in ("conj", "cc") for w in c.subtree}
    words = [
        w
        for w in child.subtree
        if w.i not in taken | coordinated and w.pos_ not in ("DET", "PART", "CCONJ")
    ]
    if child.dep_ == "poss":
        words = [w for w in words if w.i <= child.i]
    return words or [child]


def _hyphen_pieces(token: Token) -> list[Token]:
    """The other pieces of a hyphenated word the entity is part of ("co-op")."""
    return [t for t in hyphenated(token) if t.i != token.i]
