"""Generic helpers over a dependency parse: children, subjects, noun phrases, datelines.

Nothing here knows about cues or speakers; the cue rules (``cues.py``) and via extraction
(``via.py``) are written with these.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Dependents that end a noun phrase's mention: "Milley, who serves as ..." is "Milley".
EXCLUDED_MENTION_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis"})
# Tokens that may stand between a subject and its verb: "Jones has not yet said".
SKIP_BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod", "punct"})
OBJECT_DEPS = frozenset({"dobj", "prt", "dative", "attr", "acomp", "xcomp", "oprd"})
DASHES = frozenset({"—", "–", "-", "--"})
# Prepositions whose gerund is its subject's act: "by suggesting", "in saying".
GERUND_PREPOSITIONS = frozenset({"by", "in", "after", "while", "before", "upon"})
# Closing quotation marks as the tagger writes them.
CLOSING_QUOTES = frozenset({"''", "”", '"', "’"})


def first_child(token: Token | None, dep: str) -> Token | None:
    """The first child of ``token`` with dependency ``dep`` (None for no token)."""
    if token is None:
        return None
    return next((c for c in token.children if c.dep_ == dep), None)


def noun_phrase(head: Token) -> Span:
    """A noun phrase without its relative clauses, appositions and edge punctuation; a
    name written right after a common noun is kept ("the activist group Acme Watch")."""
    right = head.i
    for child in head.rights:
        if child.dep_ not in EXCLUDED_MENTION_DEPS or _names_noun(child, right):
            right = max(right, child.right_edge.i)
        else:
            break
    left = head.left_edge.i
    doc = head.doc
    while left < head.i and doc[left].is_punct:
        left += 1
    while right > head.i and doc[right].is_punct:
        right -= 1
    return doc[left : right + 1]


def _names_noun(child: Token, right: int) -> bool:
    """An apposition that is the name of the common noun it follows without a comma:
    "the watchdog group Acme Watch", not "Smith, a spokesman"."""
    return (
        child.dep_ == "appos"
        and child.pos_ == "PROPN"
        and child.head.pos_ == "NOUN"
        and child.left_edge.i == right + 1
    )


def without_case(phrase: Span) -> Span:
    """A possessor without its possessive marker: "the foundation's" -> "the foundation"."""
    return phrase[:-1] if len(phrase) > 1 and phrase[-1].dep_ == "case" else phrase


def subject_of(verb: Token, dep: str) -> Token | None:
    """The verb's subject, passing over a dateline the parser took for one ("LISBON
    (Reuters) – Jane Doe said ...": two subjects, the one nearer the verb speaks)."""
    subjects = [
        dateline_apposition(child) or child
        for child in verb.children
        if child.dep_ == dep and not is_dateline(child)
    ]
    before = [child for child in subjects if child.i < verb.i]
    return before[-1] if before else (subjects[0] if subjects else None)


def dateline_apposition(token: Token) -> Token | None:
    """The name the parser hung on a dateline it took for the subject ("WASHINGTON --
    President Obama, dedicating the museum, said ...": Obama as the dateline's
    apposition, after the dash)."""
    sent, doc = token.sent, token.doc
    if token.left_edge.i != sent.start or not token.text.isupper() or len(token.text) < 2:
        return None
    if token.i + 1 >= sent.end or doc[token.i + 1].text not in DASHES:
        return None
    return next((c for c in token.children if c.dep_ == "appos" and c.i > token.i + 1), None)


def is_dateline(token: Token) -> bool:
    """An upper-case place opening the sentence and followed by a dash: "WASHINGTON —",
    "DES MOINES, Iowa (AP) —"."""
    sent, doc = token.sent, token.doc
    if token.left_edge.i != sent.start or not token.text.isupper() or len(token.text) < 2:
        return False
    after = token.right_edge.i + 1
    return after < sent.end and doc[after].text in DASHES


def inherited_subject(verb: Token) -> Token | None:
    """The subject a verb without its own shares with the verb it hangs from: "X said ...
    and added" (coordination), "X defended the plan, saying ..." and "X revised it in
    October, claiming ..." (participles). The participle's nearest noun is not its
    subject ("the plan", "October"). An open complement inherits only when it reports a
    clause ("she went on to say that ..."): "they need to find $500 a month" is no
    finding of theirs."""
    while verb.dep_ in ("conj", "advcl", "xcomp", "pcomp") and verb.head.i != verb.i:
        if verb.dep_ == "xcomp" and first_child(verb, "ccomp") is None:
            return None
        if verb.dep_ == "advcl" and (
            verb.i < verb.head.i
            and not _subject_before(verb.head, verb)
            or first_child(verb, "mark") is not None
        ):
            # "Counting its branches, the bank has 40 staff", "..., because the count
            # showed ...": circumstances, not the subject's words; "Trump, later
            # alleging that ..., said" shares the subject written before it.
            return None
        if verb.dep_ == "pcomp":
            verb = _gerund_host(verb)
            if verb is None:
                return None
        verb = verb.head
        subject = first_child(verb, "nsubj")
        if subject is not None:
            return subject
        if verb.pos_ not in ("VERB", "AUX"):
            return None
    return None


def has_particle(verb: Token, word: str) -> bool:
    """Whether ``word`` ("for") goes with the verb: its child, or written right after it
    though the parse hangs it elsewhere ("Sanders has called for the minimum wage ... to
    be raised to $15": "for" as the mark of "raised")."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return any(child.lower_ == word for child in verb.children) or (
        following is not None and following.lower_ == word
    )


def _subject_before(verb: Token, participle: Token) -> bool:
    """Whether ``verb``'s subject is written before ``participle``."""
    subject = first_child(verb, "nsubj")
    return subject is not None and subject.i < participle.i


def _gerund_host(gerund: Token) -> Token | None:
    """The preposition of "by suggesting", "in saying", "after saying" when it hangs from
    a verb and the gerund reports a clause, whose subject then says it ("The campaign
    countered by suggesting that ...", "Clinton erred in saying that ..."; PolNeAR
    train); "from saying" and "of saying" describe a noun's content, not its subject's
    words, and "by asking prosecutors to charge him" is a deed (PolNeAR dev)."""
    prep = gerund.head
    if gerund.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ not in GERUND_PREPOSITIONS:
        return None
    if first_child(gerund, "ccomp") is None:
        return None  # "by asking prosecutors to charge someone": a deed, not a report
    return prep if prep.head.pos_ in ("VERB", "AUX") else None


def has_object(verb: Token) -> bool:
    """A verb with an object or particle of its own, or one that is itself a complement:
    "add up to $5", "added to his portfolio", "to add a trillion", not "..., he added."."""
    if verb.dep_ in ("xcomp", "acl", "relcl", "amod") or verb.tag_ == "VBN" and verb.dep_ != "ROOT":
        return True
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is not None and (
        following.lower_ in ("up", "to") or following.like_num or following.text in "$£€"
    ):
        return True  # "add up to $5" even when the parser puts "up to" in the number
    return any(
        child.dep_ in OBJECT_DEPS
        and not _is_clause(child)
        or child.dep_ == "prep"
        and child.lower_ == "to"
        for child in verb.children
    )


def _is_clause(token: Token) -> bool:
    """A verb with a subject or a "that" of its own: a clause the parser took for an
    object ("joked that Trump ranks fourth": "ranks" as dobj)."""
    return token.pos_ in ("VERB", "AUX") and any(
        child.dep_ in ("nsubj", "nsubjpass") or child.dep_ == "mark" and child.lower_ == "that"
        for child in token.children
    )


def is_infinitive(verb: Token) -> bool:
    """ "to say", "to demand": a bare verb with its "to"."""
    return verb.tag_ == "VB" and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in verb.children
    )


def is_passive(verb: Token) -> bool:
    """A verb with a passive subject or auxiliary: "was quoted", "are estimated"."""
    return any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children)


def antecedent(relative: Token) -> Token:
    """What "who"/"which"/"that" stands for: the noun its relative clause modifies."""
    clause = relative.head
    while (
        clause.dep_ not in ("relcl", "acl")
        and clause.head.i != clause.i
        and clause.dep_ in ("conj", "xcomp", "ccomp")
    ):
        clause = clause.head
    return clause.head if clause.dep_ in ("relcl", "acl") else relative.head.head


def named_apposition(subject: Token, verb: Token) -> Token | None:
    """The name set off by commas right before the verb, when the subject is a role:
    "a spokeswoman, Anna White, said", "one pastor backing him, Jo Roe of Hope Church, said"
    (the parser may hang the name on a nearer noun)."""
    if subject.pos_ != "NOUN" or subject.i > verb.i:
        return None
    for token in subject.subtree:
        if (
            token.dep_ != "appos"
            or token.pos_ != "PROPN"
            or token.i > verb.i
            or token.ent_type_ not in ("PERSON", "")
        ):
            continue
        after = token.right_edge.i + 1
        if (
            after < verb.i
            and token.doc[after].text == ","
            and all(t.dep_ in SKIP_BEFORE_VERB for t in token.doc[after + 1 : verb.i])
        ):
            return token
    return None


def noun_left_of(verb: Token) -> Span | None:
    """The noun phrase ending right before a verb the parse left without a subject
    (", Milley, who serves as ..., suggested."), passing over a comma-enclosed relative
    clause or age ("As part of his plea, Jo Roe, 44, said": the name hangs on "plea")."""
    doc, sent = verb.doc, verb.sent
    i = verb.i - 1
    while i >= sent.start and doc[i].dep_ in SKIP_BEFORE_VERB and doc[i].text != ",":
        i -= 1
    while i >= sent.start and doc[i].text == ",":
        # Skip comma-enclosed relative clauses (", who serves as ... adviser,"), ages and
        # adverbs ("Sanders, meanwhile, who sits at zero endorsements, said").
        j = i - 1
        while j >= sent.start and doc[j].text != ",":
            j -= 1
        age = j == i - 2 and doc[i - 1].like_num
        adverb = j == i - 2 and doc[i - 1].pos_ == "ADV"
        if j >= sent.start and (doc[j + 1].lower_ in ("who", "which", "whose") or age or adverb):
            i = j
        else:
            i -= 1
            break
    if i < sent.start:
        return None
    if doc[i].pos_ not in ("PROPN", "NOUN", "PRON") and not _plural_taken_for_verb(doc[i], verb):
        return None
    start = i
    while (
        start - 1 >= sent.start
        and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET")
        and doc[start - 1].text != ","
    ):
        start -= 1
    return doc[start : i + 1]


def _plural_taken_for_verb(token: Token, verb: Token) -> bool:
    """A plural noun the tagger took for a verb right before the cue verb: "..., Federal
    Election Commission records show." (two finite verbs cannot stand side by side)."""
    return token.i == verb.i - 1 and token.tag_ == "VBZ" and token.lower_.endswith("s")


def noun_right_of(verb: Token) -> Span | None:
    """The speaker written after a verb of saying that follows a closing quote, which
    the parse took for an object or hung elsewhere: "“...,” added a South Carolina
    Democrat", "''...,'' said Robert Reich, who served ..." (PolNeAR train)."""
    doc, sent = verb.doc, verb.sent
    if verb.i == sent.start or doc[verb.i - 1].text not in CLOSING_QUOTES:
        return None
    end = verb.i + 1
    while end < sent.end and doc[end].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM"):
        end += 1
    if end == verb.i + 1 or doc[verb.i + 1].like_num or doc[end - 1].pos_ not in ("PROPN", "NOUN"):
        return None  # "”, added 5 percent" adds a number
    return doc[verb.i + 1 : end]


# Where a participle stands for a noun or describes one, not a predicate of its own.
NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "compound", "attr"})
MODIFIER_DEPS = frozenset({"acl", "amod", "csubj", "csubjpass"})


def used_as_noun(token: Token) -> bool:
    """A word the tagger took for a verb where the parse uses it as a noun: "raised its
    growth forecast" (a participle as object, with its determiner or owner)."""
    return (
        token.pos_ in ("VERB", "AUX")
        and token.dep_ in NOMINAL_DEPS
        and any(child.dep_ in ("det", "poss") for child in token.children)
    )


def modifies_noun(verb: Token) -> bool:
    """A participle with an object of its own that describes a noun ("workers reporting
    tips", "firms reporting losses"): it restricts the noun, it reports nothing; "a
    statement saying that ..." reports a clause and stays a predicate."""
    return (
        verb.tag_ in ("VBG", "VBN")
        and verb.dep_ in MODIFIER_DEPS
        and any(child.dep_ == "dobj" for child in verb.children)
        and not any(child.dep_ in ("ccomp", "mark") for child in verb.children)
    )
