"""A batch run from start to end: inputs in, claims and errors out, in input order."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

from ..errors import InputError
from ..inputs.dumps import find_inputs, iter_records
from ..inputs.formats import STDIN, input_format
from ..inputs.records import ArticleRecord
from ..resources import load_resources
from .executor import Executor, ordered
from .options import DEFAULT_OPTIONS, BatchOptions, BatchSummary, Progress
from .state import RunState
from .worker import ChunkResult

Chunks = Iterator[tuple[int, list[ArticleRecord]]]


def run_batch(
    inputs: list[str],
    output: Path,
    *,
    options: BatchOptions = DEFAULT_OPTIONS,
    progress: Callable[[Progress], None] | None = None,
) -> BatchSummary:
    """Extract claims from every article of ``inputs`` into ``output`` (JSON Lines).

    The lexicons are loaded first: a bad one is a ModelError before any input is read.
    OutputBusyError when another run is writing the same output.
    """
    started = time.perf_counter()
    lexicons = load_resources().fingerprint
    found = find_inputs(inputs)
    files = found.files
    if STDIN in files and len(files) > 1:
        raise InputError("-: standard input cannot be mixed with other inputs")
    state = RunState(
        output, options.fingerprint(files, lexicons=lexicons), resumable=STDIN not in files
    )
    summary = BatchSummary(
        outputs=[str(output)], errors_file=str(state.errors_path), skipped=found.skipped
    )
    with state.locked():
        if state.is_complete():
            _already_complete(state, summary)
            return summary
        _run(files, state, options, summary, progress)
    summary.seconds = time.perf_counter() - started
    return summary


def _already_complete(state: RunState, summary: BatchSummary) -> None:
    summary.already_complete = True
    completed = state.completed_summary()
    for key in ("articles", "claims", "errors"):
        if key in completed:
            setattr(summary, key, completed[key])


def _run(
    files: list[str],
    state: RunState,
    options: BatchOptions,
    summary: BatchSummary,
    progress: Callable[[Progress], None] | None,
) -> None:
    """Run the chunks not done yet, in order, then join the parts."""
    state.prepare()
    total = estimate_total(files, options.input_format)
    records = iter_records(
        files,
        fmt=options.input_format,
        fields=options.fields,
        max_bytes=options.max_bytes,
        max_html_bytes=options.max_html_bytes,
    )

    def account(result: ChunkResult) -> None:
        summary.articles += result.articles
        summary.claims += len(result.claims)
        summary.errors += len(result.errors)
        if progress is not None:
            progress(Progress(summary.articles, summary.claims, summary.errors, total))

    chunks = _chunks(_note_damage(records, summary), options.chunk_articles)
    pending = _skip_done(chunks, state, summary, account)
    window = 2 * max(options.jobs, options.local_cluster or 1, 1)
    executor = Executor(options)
    with executor as submit:
        for result in ordered(pending, submit, window=window, pool=executor.pool):
            state.write_part(result)
            account(result)
    state.finish(options, summary)


def _note_damage(
    records: Iterator[ArticleRecord], summary: BatchSummary
) -> Iterator[ArticleRecord]:
    """The records, noting in the summary each damaged container (also on a resume)."""
    for record in records:
        if record.damaged and record.error is not None:
            summary.damaged.append(record.error)
        yield record


def estimate_total(files: list[str], fmt: str) -> int | None:
    """How many articles, when it is cheap to know: text/HTML files and plain JSON Lines."""
    total = 0
    for name in files:
        kind = fmt if fmt != "auto" else input_format(name)
        if name == STDIN or kind == "warc" or name.endswith((".gz", ".zst")):
            return None
        if kind == "jsonl":
            total += _count_lines(name)
        else:
            total += 1
    return total


def _chunks(records: Iterator[ArticleRecord], size: int) -> Chunks:
    """Consecutive records in numbered chunks of ``size`` (the last one may be shorter)."""
    index = 0
    while True:
        chunk = list(islice(records, size))
        if not chunk:
            return
        yield index, chunk
        index += 1


def _skip_done(
    chunks: Chunks,
    state: RunState,
    summary: BatchSummary,
    account: Callable[[ChunkResult], None],
) -> Chunks:
    """Chunks still to do; finished ones (from a run that was stopped) are counted, not redone."""
    for index, records in chunks:
        done = state.read_part(index)
        if done is not None:
            summary.resumed_chunks += 1
            account(done)
            continue
        yield index, records


def _count_lines(name: str) -> int:
    """Lines of a file, counted in pieces (a 1 GB line is never held in memory)."""
    lines, last = 0, b"\n"
    with open(name, "rb") as stream:
        while piece := stream.read(1 << 20):
            lines += piece.count(b"\n")
            last = piece[-1:]
    return lines + (last != b"\n")
