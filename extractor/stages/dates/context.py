"""What the sentence around a date says about it: the tense of the verb it hangs from
places a weekday, month, season or holiday without a year ("will meet Monday" is the
coming Monday), and a periodic report around "a year earlier" or "the year-ago quarter"
says which period one year back is meant (TimeBank resolves them against the article
date, at the report's granularity)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...resources import Resources
from .calendar import Direction

_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "’ll", "shall", "wo", "would", "'d"})
# Modals that put a plain verb ahead ("should close in October"); "could" is also a past.
_MODAL_AUXILIARIES = frozenset({"should", "must", "may", "might", "can", "ca"})
# Words before a date that make it a limit: "until Friday", "by February".
_DEADLINES = frozenset({"until", "till", "by", "through", "thru", "before"})
# A report covering more than a quarter: "a year earlier" is then last year.
_LONG_PERIOD = re.compile(
    r"(?i)\b(?:nine|six|9|6|twelve|12)[\s-]+months?\b|\b(?:first|second|last)\s+half\b"
    r"|\bfiscal\s+year\b|\bfull\s+year\b|\byear\s+ended\b|\bfor\s+the\s+year\b|\bannual\b"
)
# "higher than a year earlier", "compared with a year earlier": a comparison with the
# article's own time, not with another event.
_COMPARISON_BEFORE = re.compile(r"(?i)\b(?:than|from|with|versus|vs\.?|over)\s*$")


def tense_direction(span: Span, *, resources: Resources) -> Direction:
    """Where an underspecified date lies, from the verb it hangs from: "future" ("will
    meet Monday", "plans to leave on Thursday", "should close in October", "closed until
    Friday"), "past" ("was found on Thanksgiving Day"), else "nearest"."""
    token = span.root
    # "a June agreement", "the Oct. 23 slaying": a date naming a noun keeps no tense.
    if token.dep_ in ("compound", "amod", "poss", "nmod"):
        return "nearest"
    # "as early as Tuesday", "as soon as Tuesday": the earliest of days still ahead.
    before = span.doc[max(0, span.start - 3) : span.start]
    if [t.lower_ for t in before] in (["as", "early", "as"], ["as", "soon", "as"]):
        return "future"
    verb = token.head
    # "on Thursday" -> leave, "a mission in December" -> named: up through prepositions
    # and the nouns they attach to.
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    if verb == token or verb.pos_ not in ("VERB", "AUX"):
        return "nearest"
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(child.lower_ in _FUTURE_AUXILIARIES for child in auxiliaries):
        return "future"
    # "should be completed in October", "may meet Monday"; not "may have met Monday".
    perfect = any(child.lower_ in ("have", "has", "had", "'ve") for child in auxiliaries)
    if not perfect and any(child.lower_ in _MODAL_AUXILIARIES for child in auxiliaries):
        return "future"
    # "plans to hold a news conference on Tuesday", "has scheduled a news conference
    # Thursday", "is expected to join in April": a verb of planning, or the complement of
    # one, puts its date ahead (TempEval-3).
    if _planned(verb, resources):
        return "future"
    # "planned to leave on Thursday", "is scheduled to close Monday": the complement of a
    # verb of planning; not a purpose ("staged events to mark the entry on Friday").
    if (
        verb.tag_ == "VB"
        and verb.dep_ == "xcomp"
        and any(child.lower_ == "to" for child in auxiliaries)
    ):
        return "future"
    # "was found on Thanksgiving Day", "changed it in December": a date on a verb in the
    # past tense is past, even when that day or month is near ahead of the article.
    deadline = token.lower_ in _DEADLINES or (
        token.dep_ == "pobj" and token.head.lower_ in _DEADLINES
    )
    past = verb.tag_ == "VBD" or any(child.tag_ == "VBD" for child in auxiliaries)
    if past:
        return "past" if token.head == verb and not deadline else "nearest"
    # "markets remain closed until Friday", "to pay down the loan by February": a deadline
    # of a clause not in the past tense is ahead; not one in the past ("gave them until
    # mid-November"), which keeps no tense.
    if deadline and token.lower_ != "before" and token.head.lower_ != "before":
        return "future"
    return "nearest"


def _planned(verb: Token, resources: Resources) -> bool:
    """Whether ``verb``, or the verb whose complement it is, is a verb of planning
    ("plans", "has scheduled", "is expected", ``date_plan_verbs``) not in the simple past:
    "On Friday, the government planned to pay" and "a service planned for Saturday was
    canceled" tell of a past plan (TempEval-3: both the Friday and Saturday before)."""
    for word in (verb, verb.head) if verb.dep_ in ("xcomp", "ccomp") else (verb,):
        planning = word.lemma_.lower() in resources.date_plan_verbs
        simple_past = word.tag_ == "VBD" or (word.tag_ == "VBN" and word.dep_ == "acl")
        if planning and not simple_past:
            return True
    return False


def report_period(before: str, after: str, *, resources: Resources) -> str | None:
    """The reporting period a year-back expression refers to, from the sentence text
    ``before`` and ``after`` it: "year" for a report over a longer period ("the nine
    months"), "quarter" for other reports (``date_report_words``), "year" for a plain
    comparison ("than a year earlier"), else None."""
    context = f"{before} {after}"
    if set(re.findall(r"[a-z]+", context.lower())) & resources.date_report_words:
        return "year" if _LONG_PERIOD.search(context) else "quarter"
    if _COMPARISON_BEFORE.search(before):
        return "year"
    return None
