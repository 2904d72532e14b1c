"""Batch runs over news dumps: streamed, parallel, resumable, and the same output whatever
the number of workers.

The input is cut into chunks of consecutive articles. Each finished chunk is written as
its own part file, atomically (a temporary file renamed into place), so a run killed at
any moment (kill -9, power loss) leaves only whole parts; rerun with the same arguments,
it skips the parts it has and does the rest. At the end the parts are joined, in input
order, into the output. At most ``2 x workers`` chunks are in flight, so memory stays
bounded whatever the size of the dump.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path

from .errors import ExtractorError, InputError
from .io import DEFAULT_MAX_BYTES, STDIN
from .nlp import DEFAULT_MODEL
from .readers import ArticleRecord, FieldNames, expand_inputs, input_format, iter_records

DEFAULT_CHUNK_ARTICLES = 16
# Several times what the largest allowed article (--max-bytes) takes to parse on one core:
# long enough never to cut off a real article, short enough that a hang costs one worker
# minutes, not the run.
DEFAULT_ARTICLE_TIMEOUT_S = 300.0
STATE_VERSION = 1


@dataclass(frozen=True)
class BatchOptions:
    """What a batch run does; everything that changes the output is in the fingerprint."""

    jobs: int = 1
    chunk_articles: int = DEFAULT_CHUNK_ARTICLES
    input_format: str = "auto"
    fields: FieldNames = field(default_factory=FieldNames)
    max_bytes: int = DEFAULT_MAX_BYTES
    model: str = DEFAULT_MODEL
    shard_articles: int | None = None
    scheduler: str | None = None
    local_cluster: int | None = None
    # Seconds one article may take before it is recorded as an error (0: no limit). Not in
    # the fingerprint: it only decides which pathological articles fail.
    article_timeout: float = DEFAULT_ARTICLE_TIMEOUT_S

    def fingerprint(self, inputs: list[str]) -> str:
        relevant = {
            "version": STATE_VERSION,
            "inputs": inputs,
            "chunk_articles": self.chunk_articles,
            "input_format": self.input_format,
            "fields": asdict(self.fields),
            "max_bytes": self.max_bytes,
            "model": self.model,
        }
        return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()[:16]


@dataclass
class BatchSummary:
    articles: int = 0
    claims: int = 0
    errors: int = 0
    resumed_chunks: int = 0
    seconds: float = 0.0
    outputs: list[str] = field(default_factory=list)
    errors_file: str | None = None
    already_complete: bool = False


@dataclass(frozen=True)
class Progress:
    articles: int
    claims: int
    errors: int
    total: int | None


@dataclass(frozen=True)
class ChunkResult:
    index: int
    claims: list[str]
    errors: list[str]
    articles: int


class ArticleTimeout(TimeoutError):
    """A block (one article) ran longer than its time limit."""


@contextmanager
def time_limit(seconds: float | None):
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

    def expire(signum, frame):  # noqa: ARG001 - signal handler signature
        raise ArticleTimeout(f"timed out after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_chunk(
    index: int,
    records: list[ArticleRecord],
    model: str,
    timeout: float | None = DEFAULT_ARTICLE_TIMEOUT_S,
) -> ChunkResult:
    """Run the extractor on one chunk (in a worker): claim lines and error lines, in order.

    An article that raises, or runs over ``timeout`` seconds, becomes an error line; the
    chunk goes on with the next article.
    """
    from .pipeline import default_extractor

    extractor = default_extractor(model)  # loaded once per worker process
    claims: list[str] = []
    errors: list[str] = []
    for record in records:
        if record.error is not None:
            errors.append(_error_line(record, record.error))
            continue
        try:
            with time_limit(timeout):
                found = extractor(
                    record.text or "", published=_safe_published(record.published), doc_id=record.id
                )
        except ArticleTimeout as err:
            errors.append(_error_line(record, str(err)))
            continue
        except Exception as err:  # noqa: BLE001 - one bad article never stops a batch
            errors.append(
                _error_line(record, f"extraction failed: {err.__class__.__name__}: {err}")
            )
            continue
        metadata = {"url": record.url, "title": record.title, "source": record.source}
        claims.extend(
            json.dumps(
                claim.model_copy(update=metadata).model_dump(mode="json"), ensure_ascii=False
            )
            for claim in found
        )
    return ChunkResult(index, claims, errors, len(records))


def run_batch(
    inputs: list[str],
    output: Path,
    *,
    options: BatchOptions = BatchOptions(),
    progress: Callable[[Progress], None] | None = None,
) -> BatchSummary:
    """Extract claims from every article of ``inputs`` into ``output`` (JSON Lines)."""
    started = time.perf_counter()
    files = expand_inputs(inputs)
    if STDIN in files and len(files) > 1:
        raise InputError("-: standard input cannot be mixed with other inputs")
    fingerprint = options.fingerprint(files)
    state = _State(output, fingerprint, resumable=STDIN not in files)
    summary = BatchSummary(outputs=[str(output)], errors_file=str(state.errors_path))
    if state.is_complete():
        summary.already_complete = True
        summary.__dict__.update(
            {
                k: v
                for k, v in state.completed_summary().items()
                if k in ("articles", "claims", "errors")
            }
        )
        return summary
    state.prepare()
    total = estimate_total(files, options.input_format)
    chunks = _chunks(
        iter_records(
            files, fmt=options.input_format, fields=options.fields, max_bytes=options.max_bytes
        ),
        options.chunk_articles,
    )

    def account(result: ChunkResult) -> None:
        summary.articles += result.articles
        summary.claims += len(result.claims)
        summary.errors += len(result.errors)
        if progress is not None:
            progress(Progress(summary.articles, summary.claims, summary.errors, total))

    pending = _skip_done(chunks, state, summary, account)
    with _Executor(options) as submit:
        for result in _ordered(
            pending, submit, window=2 * max(options.jobs, options.local_cluster or 1, 1)
        ):
            state.write_part(result)
            account(result)
    state.finish(options, summary)
    summary.seconds = time.perf_counter() - started
    return summary


def estimate_total(files: list[str], fmt: str) -> int | None:
    """How many articles, when it is cheap to know: text/HTML files and plain JSON Lines."""
    total = 0
    for name in files:
        kind = fmt if fmt != "auto" else input_format(name)
        if name == STDIN or kind == "warc" or name.endswith((".gz", ".zst")):
            return None
        if kind == "jsonl":
            with open(name, "rb") as stream:
                total += sum(1 for line in stream if line.strip())
        else:
            total += 1
    return total


# -- execution --------------------------------------------------------------------


class _Executor:
    """A submit function: in-process for one job, a process pool, or a Dask cluster."""

    def __init__(self, options: BatchOptions) -> None:
        self._options = options
        self._pool = None
        self._client = None
        self._cluster = None

    def __enter__(self) -> Callable[[int, list[ArticleRecord]], object]:
        options = self._options
        if options.scheduler or options.local_cluster:
            from dask.distributed import Client, LocalCluster

            if options.scheduler:
                self._client = Client(options.scheduler)
            else:
                self._cluster = LocalCluster(
                    n_workers=options.local_cluster,
                    threads_per_worker=1,
                    host="127.0.0.1",
                    dashboard_address=None,
                    processes=True,
                )
                self._client = Client(self._cluster)
            client = self._client
            return lambda index, records: client.submit(
                process_chunk, index, records, options.model, options.article_timeout, pure=False
            )
        if options.jobs <= 1:
            return lambda index, records: _Done(
                process_chunk(index, records, options.model, options.article_timeout)
            )
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_all_start_methods, get_context

        if "fork" in get_all_start_methods():
            # Load and warm the pipeline once here, then fork: workers share it copy-on-write
            # instead of each importing spaCy and reloading the model and quantulum3's data.
            from .pipeline import default_extractor

            default_extractor(options.model)("Warm-up: about 5 people said 3% on Monday.")
            context = get_context("fork")
        else:
            context = get_context("spawn")
        self._pool = ProcessPoolExecutor(max_workers=options.jobs, mp_context=context)
        pool = self._pool
        return lambda index, records: pool.submit(
            process_chunk, index, records, options.model, options.article_timeout
        )

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()


class _Done:
    """A finished 'future' for in-process runs."""

    def __init__(self, result: ChunkResult) -> None:
        self._result = result

    def result(self) -> ChunkResult:
        return self._result


def _ordered(
    chunks: Iterator[tuple[int, list[ArticleRecord]]], submit, *, window: int
) -> Iterator[ChunkResult]:
    """Results in input order, with at most ``window`` chunks submitted and unfinished."""
    in_flight: deque = deque()
    for index, records in chunks:
        in_flight.append(submit(index, records))
        if len(in_flight) >= window:
            yield in_flight.popleft().result()
    while in_flight:
        yield in_flight.popleft().result()


def _chunks(
    records: Iterator[ArticleRecord], size: int
) -> Iterator[tuple[int, list[ArticleRecord]]]:
    index = 0
    while True:
        chunk = list(islice(records, size))
        if not chunk:
            return
        yield index, chunk
        index += 1


def _skip_done(
    chunks, state: _State, summary: BatchSummary, account
) -> Iterator[tuple[int, list[ArticleRecord]]]:
    """Chunks still to do; finished ones (from a run that was stopped) are counted, not redone."""
    for index, records in chunks:
        done = state.read_part(index)
        if done is not None:
            summary.resumed_chunks += 1
            account(done)
            continue
        yield index, records


def _safe_published(published: str | None) -> str | None:
    """A record's date, if it parses; a bad date in a dump is dropped, not fatal."""
    from .pipeline import parse_published

    if not published:
        return None
    try:
        parse_published(published)
    except ExtractorError:
        return None
    return published[:10]


def _error_line(record: ArticleRecord, reason: str) -> str:
    return json.dumps(
        {"id": record.id, "origin": record.origin, "url": record.url, "reason": reason},
        ensure_ascii=False,
    )


# -- state on disk ----------------------------------------------------------------


class _State:
    """Part files of a run beside its output: ``OUT.parts/``; joined into OUT at the end."""

    def __init__(self, output: Path, fingerprint: str, *, resumable: bool) -> None:
        self.output = output
        self.fingerprint = fingerprint
        self.resumable = resumable
        self.parts = output.with_name(output.name + ".parts")
        self.errors_path = output.with_name(output.name + ".errors.jsonl")
        self.summary_path = output.with_name(output.name + ".summary.json")

    def is_complete(self) -> bool:
        if not self.resumable or not self.summary_path.exists() or self.parts.exists():
            return False
        return self.completed_summary().get("fingerprint") == self.fingerprint

    def completed_summary(self) -> dict:
        try:
            return json.loads(self.summary_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def prepare(self) -> None:
        run_file = self.parts / "run.json"
        if self.parts.exists() and self.resumable:
            try:
                previous = json.loads(run_file.read_text(encoding="utf-8")).get("fingerprint")
            except (OSError, ValueError):
                previous = None
            if previous != self.fingerprint:
                raise InputError(
                    f"{self.parts}: left by a run with other inputs or options; rerun that command "
                    "to finish it, or delete the folder to start over"
                )
            return
        if self.parts.exists():
            shutil.rmtree(self.parts)
        self.parts.mkdir(parents=True)
        _write_atomic(run_file, json.dumps({"fingerprint": self.fingerprint}) + "\n")

    def _part(self, index: int, kind: str) -> Path:
        return self.parts / f"chunk-{index:08d}.{kind}.jsonl"

    def read_part(self, index: int) -> ChunkResult | None:
        claims, errors = self._part(index, "claims"), self._part(index, "errors")
        if not (claims.exists() and errors.exists()):
            return None
        claim_lines = claims.read_text(encoding="utf-8").splitlines()
        error_lines = errors.read_text(encoding="utf-8").splitlines()
        meta = self._part(index, "meta")
        articles = json.loads(meta.read_text(encoding="utf-8"))["articles"] if meta.exists() else 0
        return ChunkResult(index, claim_lines, error_lines, articles)

    def write_part(self, result: ChunkResult) -> None:
        # The claims file is written last: its presence marks the chunk as done.
        _write_atomic(
            self._part(result.index, "meta"), json.dumps({"articles": result.articles}) + "\n"
        )
        _write_atomic(
            self._part(result.index, "errors"), "".join(line + "\n" for line in result.errors)
        )
        _write_atomic(
            self._part(result.index, "claims"), "".join(line + "\n" for line in result.claims)
        )

    def finish(self, options: BatchOptions, summary: BatchSummary) -> None:
        """Join the parts, in order, into the output and the errors file; then drop the parts."""
        indexes = sorted(
            int(p.name.split("-")[1].split(".")[0]) for p in self.parts.glob("chunk-*.claims.jsonl")
        )
        if options.shard_articles:
            # Sharded: OUT is a folder of claims-NNNNN.jsonl, each about shard_articles articles.
            per_shard = max(1, options.shard_articles // options.chunk_articles)
            self.output.mkdir(parents=True, exist_ok=True)
            summary.outputs = []
            for number, start in enumerate(range(0, max(len(indexes), 1), per_shard)):
                shard = self.output / f"claims-{number:05d}.jsonl"
                _join_atomic(
                    shard, (self._part(i, "claims") for i in indexes[start : start + per_shard])
                )
                summary.outputs.append(str(shard))
        else:
            _join_atomic(self.output, (self._part(i, "claims") for i in indexes))
        _join_atomic(self.errors_path, (self._part(i, "errors") for i in indexes))
        record = {
            "fingerprint": self.fingerprint,
            "articles": summary.articles,
            "claims": summary.claims,
            "errors": summary.errors,
        }
        _write_atomic(self.summary_path, json.dumps(record) + "\n")
        shutil.rmtree(self.parts)


def _write_atomic(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + f".tmp{os.getpid()}")
    with open(temporary, "w", encoding="utf-8") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)


def _join_atomic(path: Path, parts) -> None:
    temporary = path.with_name(path.name + f".tmp{os.getpid()}")
    with open(temporary, "wb") as out:
        for part in parts:
            with open(part, "rb") as stream:
                shutil.copyfileobj(stream, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)
