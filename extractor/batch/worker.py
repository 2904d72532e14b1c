"""One chunk of articles run in a worker: claim lines and error lines, in input order."""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..inputs.pages import parse_page
from ..inputs.records import ArticleRecord
from ..schema import Claim
from .options import DEFAULT_ARTICLE_TIMEOUT_S
from .writers import claim_line


@dataclass(frozen=True)
class ChunkResult:
    """A finished chunk: its claims and errors as JSON lines, and how many articles."""

    index: int
    claims: list[str]
    errors: list[str]
    articles: int


_RETRY_S = 0.05  # how soon a dropped alarm rings again


class ArticleTimeout(TimeoutError):
    """A block (one article) ran longer than its time limit."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ArticleTimeout in the block after ``seconds`` of wall time.

    Uses SIGALRM, so it only works in a process's main thread on Unix (the in-process run
    and the process pool); elsewhere (Dask worker threads, Windows) the block runs unlimited.
    """
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    expired = False

    def expire(signum, frame):  # noqa: ARG001 - signal handler signature
        nonlocal expired
        expired = True
        # An exception raised while Python runs a __del__ or a weakref callback is
        # printed and dropped; the alarm rings again until one lands in the block.
        signal.setitimer(signal.ITIMER_REAL, _RETRY_S)
        raise ArticleTimeout(f"timed out after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if expired:  # the block ended between a dropped alarm and the next one
        raise ArticleTimeout(f"timed out after {seconds:g} s")


def process_chunk(
    index: int,
    records: list[ArticleRecord],
    model: str,
    timeout: float | None = DEFAULT_ARTICLE_TIMEOUT_S,
) -> ChunkResult:
    """Run the extractor on one chunk (in a worker): claim lines and error lines, in order.

    An article that raises, or runs over ``timeout`` seconds (HTML parsing included),
    becomes an error line; the chunk goes on with the next article. Short articles are
    parsed together (``grouped``), each still with its own limit and error.
    """
    from ..pipeline import Extractor, default_extractor
    from .grouped import run_grouped

    extractor = default_extractor(model)  # loaded once per worker process
    if isinstance(extractor, Extractor):
        outcomes = run_grouped(records, extractor, timeout)
    else:  # a stand-in for the extractor (tests): one article at a time
        outcomes = (article_outcome(record, extractor, timeout) for record in records)
    claims: list[str] = []
    errors: list[str] = []
    for record, (lines, error) in zip(records, outcomes, strict=True):
        if error is not None:
            errors.append(error_line(record, error))
        claims.extend(lines)
    return ChunkResult(index, claims, errors, len(records))


def article_outcome(
    record: ArticleRecord, extractor, timeout: float | None
) -> tuple[list[str], str | None]:  # type: ignore[no-untyped-def]
    """One article's claim lines, or why it has none."""
    if record.error is not None:
        return [], record.error
    try:
        with time_limit(timeout):
            record = parse_page(record)
            if record.error is not None:
                return [], record.error
            found = extractor(
                record.text or "", published=record.usable_published(), doc_id=record.id
            )
        lines = claim_lines(record, found)
    except Exception as err:  # noqa: BLE001 - one bad article never stops a batch
        return [], failure_reason(err)
    return lines, None


def claim_lines(record: ArticleRecord, found: list[Claim]) -> list[str]:
    """An article's claims as JSON lines carrying the record's metadata."""
    metadata = record.claim_metadata()
    lines = [claim_line(claim.model_copy(update=metadata)) for claim in found]
    for line in lines:
        line.encode("utf-8")  # a line that cannot be written fails here, not the part file
    return lines


def failure_reason(err: Exception) -> str:
    """Why an article has no claims: its time ran out, or what it raised."""
    if isinstance(err, ArticleTimeout):
        return str(err)
    return f"extraction failed: {err.__class__.__name__}: {err}"


def chunk_failed(index: int, records: list[ArticleRecord], reason: str) -> ChunkResult:
    """A chunk none of whose articles could be run (its worker died): all errors."""
    errors = [error_line(record, record.error or reason) for record in records]
    return ChunkResult(index, [], errors, len(records))


def error_line(record: ArticleRecord, reason: str) -> str:
    """One line of the errors file: which article, from where, and why; always writable
    (a lone surrogate is escaped, not written raw)."""
    fields = {"id": record.id, "origin": record.origin, "url": record.url, "reason": reason}
    line = json.dumps(fields, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(fields)
    return line
