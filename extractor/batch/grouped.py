"""Several articles of a chunk parsed in one ``nlp.pipe``, each with its own time limit
and its own error line.

Parsed one at a time, an article gave spaCy a dozen short segments; the chosen sentences
of several articles in one ``nlp.pipe`` call fill batches of GROUP_BATCH_SIZE, which
costs less per word (issue #13, README "### Speed"). spaCy parses each text on its own,
so the Docs, and the claims, are the ones the articles get alone (tests/test_batch_grouped.py).

An article goes through three steps: split (under its time limit), its group's shared
parse, then the stages (under what is left of its limit). The shared parse has a time
limit of its own; if it fails or runs out (a group is at most GROUP_TEXT_CHARS of text,
so it should not), each article of the group is parsed alone in its own last step, as an
article outside a group always is: one bad article never stops or blames the others.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

from ..article import Article, ArticleDraft
from ..inputs.records import ArticleRecord
from ..pipeline import Extractor
from .worker import ArticleTimeout, article_outcome, claim_lines, failure_reason, time_limit

# Article text parsed in one nlp.pipe call at most (a default chunk of 16 news articles is
# about 70,000 characters); a longer article is read alone, as before. Measured on the
# first 200 dump articles (README "### Speed"), the full parse per word against one
# article at a time (batches of 32): 25,000 characters in batches of 64 -10%, 50,000 in
# batches of 64 -14%, 100,000 in batches of 256 -16%; peak memory +60, +80 and +160 MB.
GROUP_TEXT_CHARS = 50_000
GROUP_BATCH_SIZE = 64  # segments per spaCy batch (about 11 per news article)
# The least time an article's last step is given when its split used nearly all of it.
_LEAST_S = 0.001

Outcome = tuple[list[str], str | None]  # claim lines, or why there are none


@dataclass(frozen=True)
class _Split:
    """One article after its first step: its draft, or why it has none, and the seconds
    of its time limit that step used."""

    record: ArticleRecord
    draft: ArticleDraft | None
    error: str | None
    spent_s: float


def run_grouped(
    records: list[ArticleRecord], extractor: Extractor, timeout: float | None
) -> Iterator[Outcome]:
    """Each record's claim lines, or why it has none, in input order."""
    for group in _groups(records):
        if len(group) == 1:
            yield article_outcome(group[0], extractor, timeout)
        else:
            yield from _run_group(group, extractor, timeout)


def _groups(records: list[ArticleRecord]) -> Iterator[list[ArticleRecord]]:
    """Consecutive plain-text records of at most GROUP_TEXT_CHARS together; a record with
    an error, a page to parse or a long text in a group of its own."""
    group: list[ArticleRecord] = []
    size = 0
    for record in records:
        length = len(record.text or "")
        shared = record.error is None and record.html is None and length <= GROUP_TEXT_CHARS
        if group and (not shared or size + length > GROUP_TEXT_CHARS):
            yield group
            group, size = [], 0
        if not shared:
            yield [record]
            continue
        group.append(record)
        size += length
    if group:
        yield group


def _run_group(
    group: list[ArticleRecord], extractor: Extractor, timeout: float | None
) -> Iterator[Outcome]:
    splits = [_split(record, extractor, timeout) for record in group]
    drafts = [split.draft for split in splits if split.draft is not None]
    parsed = iter(_parse_together(drafts, extractor, timeout))
    for split in splits:
        if split.draft is None:
            yield [], split.error
        else:
            yield _finish(split, next(parsed), extractor, timeout)


def _split(record: ArticleRecord, extractor: Extractor, timeout: float | None) -> _Split:
    """The first step of one article, under its time limit."""
    started = time.monotonic()
    try:
        with time_limit(timeout):
            draft = extractor.split(
                record.text or "", published=record.usable_published(), doc_id=record.id
            )
    except Exception as err:  # noqa: BLE001 - one bad article never stops a batch
        return _Split(record, None, failure_reason(err), time.monotonic() - started)
    return _Split(record, draft, None, time.monotonic() - started)


def _parse_together(
    drafts: list[ArticleDraft], extractor: Extractor, timeout: float | None
) -> list[Article | None]:
    """The drafts parsed in one ``nlp.pipe``; all None if that failed or ran out of time
    (each is then parsed alone, under its own limit)."""
    if len(drafts) < 2:
        return [None] * len(drafts)
    try:
        with time_limit(timeout):
            return list(extractor.parse(drafts, batch_size=GROUP_BATCH_SIZE))
    except Exception:  # noqa: BLE001 - ArticleTimeout included: see the module's docstring
        return [None] * len(drafts)


def _finish(
    split: _Split, article: Article | None, extractor: Extractor, timeout: float | None
) -> Outcome:
    """The last step of one article (its own parse if the group's failed, then the
    stages), under what is left of its time limit."""
    limited = timeout is not None and timeout > 0
    left = max(timeout - split.spent_s, _LEAST_S) if limited else timeout
    try:
        with time_limit(left):
            if article is None:
                [article] = extractor.parse([split.draft])
            found = extractor.claims(article)
        return claim_lines(split.record, found), None
    except ArticleTimeout:
        return [], f"timed out after {timeout:g} s"  # the article's limit, not what was left
    except Exception as err:  # noqa: BLE001 - one bad article never stops a batch
        return [], failure_reason(err)
