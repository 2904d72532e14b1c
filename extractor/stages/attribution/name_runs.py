"""Name runs: the stretches of an article that name someone, as written ("General Mark
Milley" -> "Mark Milley"), and what their form says (a title before them, a person's
name written as one). ``speakers.py`` clusters them into names.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from ...resources import Resources
from ...text.names import glued_extent, strip_name

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Labels of numbers and times: a proper noun inside one ("Monday", "May") names nobody.
# A proper noun under any other label the small model gives names (a paper tagged LAW,
# an agency tagged PRODUCT) still forms a name run, of unknown kind.
NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def plain_name_word(token: Token) -> bool:
    """A proper noun outside the name entities that can still start or extend a name run."""
    return token.ent_type_ not in NAME_LABELS and token.ent_type_ not in NUMERIC_LABELS


def name_runs(doc_or_span: Doc | Span, resources: Resources) -> list[Span]:
    """Proper-name stretches: named entities and runs of proper nouns, titles stripped."""
    doc = doc_or_span if isinstance(doc_or_span, Doc) else doc_or_span.doc
    start_i = 0 if isinstance(doc_or_span, Doc) else doc_or_span.start
    end_i = len(doc) if isinstance(doc_or_span, Doc) else doc_or_span.end
    runs, i = [], start_i
    while i < end_i:
        token = doc[i]
        if token.ent_type_ in NAME_LABELS and token.ent_iob_ == "B":
            ent = next(e for e in doc.ents if e.start == i)
            j = min(ent.end, end_i)
        elif token.pos_ == "PROPN" and plain_name_word(token):
            j = i + 1
            while j < end_i and doc[j].pos_ == "PROPN" and plain_name_word(doc[j]):
                j += 1
        else:
            i += 1
            continue
        i, j = glued_extent(doc[start_i:end_i], i, j)
        run = strip_title(doc[i:j], resources)
        if run is not None:
            runs.append(run)
        i = j
    return runs


def titles_before(run: Span, titles: frozenset[str]) -> set[str]:
    """Titles just before a name: "defense minister Sergei Shoigu", "General Mark Milley"."""
    found = set()
    i = run.start - 1
    while i >= 0 and run.doc[i].lower_ in titles:
        found.add(run.doc[i].lower_)
        i -= 1
    return found


def reads_as_person(run: Span, first_names: Mapping[str, str]) -> bool:
    """Whether a name run is written as a person's, whatever the tagger labels it (the
    small model tags surnames like "Trump" ORG): two or more words opening with a known
    first name and not labelled a place ("Donald Trump"), or a name a "who" clause
    describes ("Sanders, who leads ...")."""
    if len(run) >= 2 and run[0].lower_ in first_names and run.root.ent_type_ not in PLACE_LABELS:
        return True
    doc, after = run.doc, run.end
    if after < len(doc) and doc[after].text == ",":
        after += 1
    return after < len(doc) and doc[after].lower_ == "who"


def strip_title(span: Span, resources: Resources) -> Span | None:
    """A name run without its titles, unless the title is part of an organisation's name
    ("General Motors", which the tagger may not label an organisation)."""
    run = strip_name(span, titles=resources.titles)
    if run is None or run[-1].lower_ not in resources.organization_words:
        return run
    start = run.start
    while start > span.start and span.doc[start - 1].lower_ in resources.titles:
        start -= 1
    return span.doc[start : run.end]


def capitalised_runs(sent: Span, resources: Resources) -> list[Span]:
    """Runs of capitalised words in a sentence only split, not parsed: name forms."""
    runs, start, skip_to = [], None, sent.start
    for token in [*sent, None]:
        if token is not None and token.i < skip_to:
            continue
        capitalised = (
            token is not None and token.text[:1].isupper() and token.is_alpha and not token.is_stop
        )
        if capitalised and start is None:
            start = token.i
        elif not capitalised and start is not None:
            end = token.i if token is not None else sent.end
            if (
                start == sent.start
                and end - start >= 3
                and sent.doc[start].lower_ not in resources.first_names
            ):
                # "Analyst Rita Moreno spoke": a sentence-initial role word; a first name
                # there opens the name ("Hillary Rodham Clinton campaigned ...").
                start += 1
            start, end = glued_extent(sent, start, end)  # "Texco-Orion"
            skip_to = end
            run = strip_title(sent.doc[start:end], resources)
            if run is not None:
                runs.append(run)
            start = None
    return runs
