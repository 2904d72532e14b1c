"""Numbers that belong to their speaker's own phrase: "a 12-member panel said" (the
number is inside the speaker's mention), "Three officials said", "Smith, 45, said" (it
counts or describes the speaker). Such a number is the article's, not the speaker's claim.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...article.offsets import doc_start, start_char
from ...schema import Span as TextSpan
from .cue_types import Attribution

RELATIVE_WORDS = frozenset({"who", "whose", "which"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Phrases that set the scene of a statement when they open the sentence.
SCENE_DEPS = frozenset({"prep", "npadvmod"})


def covers(attribution: Attribution, position: int) -> bool:
    """The number is part of the speaker or via phrase itself ("a 12-member panel said")."""
    spans = [attribution.speaker.mention if attribution.speaker else None, attribution.via]
    return any(span is not None and span.start_char <= position < span.end_char for span in spans)


def describes_speaker(token: Token, attribution: Attribution) -> bool:
    """The number is part of its speaker's own description ("Three officials said",
    "Smith, 45, said", "100 percent of precincts reporting"): it counts or measures the
    speaker, so it is the article's number, not the speaker's claim.

    Number and speaker head share a noun phrase: their chains of heads meet before
    either reaches a verb."""
    speaker = attribution.speaker
    if speaker is not None and _in_cue_subject(token, attribution.cue):
        return True
    # Money does not count or describe a speaker: "$20 million experts say" is a misparse.
    if speaker is None or any(t.is_currency for t in (*token.subtree, token.head)):
        return False
    sent, offset = token.sent, doc_start(token.doc)
    mention = speaker.mention
    if not (start_char(sent) <= mention.start_char and mention.end_char <= offset + sent.end_char):
        return False
    span = token.doc.char_span(
        mention.start_char - offset, mention.end_char - offset, alignment_mode="expand"
    )
    if span is None:
        return False
    if _in_relative_aside(token, span, attribution.cue):
        return True
    speaker_chain = _nominal_chain(span.root)
    outside = not span.start <= token.i < span.end  # "according to three polls" counts them
    if outside and _through_cue(speaker_chain, attribution.cue, token.doc):
        return False
    return bool(_nominal_chain(token) & speaker_chain)


def _in_relative_aside(token: Token, speaker: Span, cue: TextSpan | None) -> bool:
    """The number lies in a relative clause set off between the speaker and the cue
    ("Sanders, who sits at zero endorsements, said ...", "Roe, who heads the 40-member
    board, said"): it describes the speaker, whatever the parse hung the clause on."""
    if cue is None or token.i < speaker.end:
        return False
    doc = token.doc
    cue_start = cue.start_char - doc_start(doc)
    if doc[token.i].idx >= cue_start:
        return False
    for i in range(speaker.end, token.i):
        if doc[i].idx >= cue_start:
            return False
        if doc[i].lower_ in RELATIVE_WORDS and i > 0 and doc[i - 1].text == ",":
            return all(t.idx < cue_start for t in doc[i : token.i + 1])
    return False


def sets_the_scene(token: Token, attribution: Attribution) -> bool:
    """The number lies in a phrase opening the sentence before the speaker, hung on the cue
    ("In his 60-page ruling, Reeves wrote that ...", "With two crews filming, Perez says
    ...", "One month after ..., Rubio believes ..."): the article's setting of the
    statement, not what the speaker says."""
    verb = _cue_root(token, attribution.cue)
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb else None
    if subject is None:
        return False
    for node in (token, *token.ancestors):
        if node.head == verb and node.i != verb.i:
            return node.dep_ in SCENE_DEPS and node.right_edge.i < subject.left_edge.i
    return False


def _cue_root(token: Token, cue: TextSpan | None) -> Token | None:
    """The head word of a cue span in the number's parse (None: not in it)."""
    if cue is None:
        return None
    doc = token.doc
    start, end = cue.start_char - doc_start(doc), cue.end_char - doc_start(doc)
    span = doc.char_span(start, end, alignment_mode="expand") if 0 <= start < end else None
    return span.root if span is not None else None


def _in_cue_subject(token: Token, cue: TextSpan | None) -> bool:
    """The number lies after the head of its cue's subject, inside the subject's phrase:
    a relative clause or apposition describing whoever speaks ("..., said Black, who has
    known him for 40 years", "Jacobs, president of a union which represents 900
    congregations, said"). A subject holds no reported words, whatever verb its clause
    has; money before the head ("$20 million experts say") is the misparse above."""
    verb = _cue_root(token, cue)
    if verb is None:
        return False
    for node in (token, *token.ancestors):
        if node.head == verb and node.dep_ in SUBJECT_DEPS and node.i != verb.i:
            return token.i > node.i
    return False


def _through_cue(chain: set[int], cue: TextSpan | None, doc: Doc) -> bool:
    """Whether a speaker's chain of heads passes through its own cue word: a source
    introduced by a preposition ("38 percent support in a Fox poll", "a 9-point lead,
    according to the survey") qualifies the noun it hangs from, it is no part of it."""
    if cue is None:
        return False
    offset = doc_start(doc)
    return any(
        cue.start_char <= offset + doc[i].idx < cue.end_char and doc[i].pos_ == "ADP" for i in chain
    )


def _nominal_chain(token: Token) -> set[int]:
    """The token and its heads up to (not including) the first verb: its noun phrase."""
    chain = set()
    while token.pos_ not in ("VERB", "AUX"):
        chain.add(token.i)
        if token.head.i == token.i:
            break
        token = token.head
    return chain
