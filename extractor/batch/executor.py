"""Where chunks run: in-process for one job, a process pool, or a Dask cluster."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator

from ..inputs.records import ArticleRecord
from .options import BatchOptions
from .worker import ChunkResult, chunk_failed, process_chunk

Submit = Callable[[int, list[ArticleRecord]], object]
WORKER_DIED = (
    "its worker process died twice while running this chunk (killed, e.g. by the "
    "out-of-memory killer); the chunk's articles were not processed"
)


class Executor:
    """A context manager giving a submit function: ``submit(index, records)`` returns a
    future of the chunk's ChunkResult."""

    def __init__(self, options: BatchOptions) -> None:
        self._options = options
        self._pool = None
        self._context = None
        self._client = None
        self._cluster = None

    def __enter__(self) -> Submit:
        options = self._options
        if options.scheduler or options.local_cluster:
            return self._dask()
        if options.jobs <= 1:
            return lambda index, records: _Done(
                process_chunk(index, records, options.model, options.article_timeout)
            )
        return self._process_pool()

    def _dask(self) -> Submit:
        from dask.distributed import Client, LocalCluster

        options = self._options
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

    def _process_pool(self) -> Submit:
        from multiprocessing import get_all_start_methods, get_context

        options = self._options
        if "fork" in get_all_start_methods():
            # Load and warm the pipeline once here, then fork: workers share it copy-on-write
            # instead of each importing spaCy and reloading the model and quantulum3's data.
            from ..pipeline import default_extractor

            default_extractor(options.model)("Warm-up: about 5 people said 3% on Monday.")
            self._context = get_context("fork")
        else:
            self._context = get_context("spawn")
        self.restart()
        return lambda index, records: self._pool.submit(
            process_chunk, index, records, options.model, options.article_timeout
        )

    @property
    def restarts(self) -> Callable[[], None] | None:
        """``restart`` when chunks run in a local process pool, else None."""
        return self.restart if self._context is not None else None

    def restart(self) -> None:
        """A new process pool, in place of a broken one (a worker was killed)."""
        from concurrent.futures import ProcessPoolExecutor

        if self._pool is not None:
            self._kill_workers()
        self._pool = ProcessPoolExecutor(
            max_workers=self._options.jobs,
            mp_context=self._context,
            initializer=die_with_parent,
            initargs=(os.getpid(),),
        )

    def _kill_workers(self) -> None:
        """Stop the pool now: running chunks are abandoned (their parts are not written)."""
        pool, self._pool = self._pool, None
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.kill()
        pool.shutdown(wait=True, cancel_futures=True)

    def __exit__(self, exc_type, *exc) -> None:
        if self._pool is not None:
            if exc_type is None:
                self._pool.shutdown(cancel_futures=True)
            else:  # SIGTERM, Ctrl-C or an error: no worker may outlive the run
                self._kill_workers()
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()


class _Done:
    """A finished 'future' for in-process runs."""

    def __init__(self, result: ChunkResult) -> None:
        self._result = result

    def result(self) -> ChunkResult:
        """The chunk's result, already there."""
        return self._result


def die_with_parent(parent: int) -> None:
    """In a worker: be killed when the batch process dies, however it dies (Linux's
    PR_SET_PDEATHSIG); elsewhere, or if the parent is already gone, exit now if orphaned."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)


def ordered(
    chunks: Iterator[tuple[int, list[ArticleRecord]]],
    submit: Submit,
    *,
    window: int,
    restart: Callable[[], None] | None = None,
) -> Iterator[ChunkResult]:
    """Results in input order, with at most ``window`` chunks submitted and unfinished.

    When a worker dies (BrokenProcessPool) and ``restart`` can replace the pool, every
    chunk in flight is submitted again; the chunk at the head is retried alone, and if
    its worker dies again, its articles become errors (WORKER_DIED) and the run goes on.
    """
    in_flight: deque = deque()
    for index, records in chunks:
        in_flight.append((index, records, submit(index, records)))
        if len(in_flight) >= window:
            yield _next_result(in_flight, submit, restart)
    while in_flight:
        yield _next_result(in_flight, submit, restart)


def _next_result(
    in_flight: deque, submit: Submit, restart: Callable[[], None] | None
) -> ChunkResult:
    from concurrent.futures.process import BrokenProcessPool

    index, records, future = in_flight.popleft()
    try:
        return future.result()
    except BrokenProcessPool:
        if restart is None:
            raise
    restart()
    try:
        result = submit(index, records).result()
    except BrokenProcessPool:
        restart()
        result = chunk_failed(index, records, WORKER_DIED)
    for position, (other, other_records, other_future) in enumerate(in_flight):
        if not _succeeded(other_future):
            in_flight[position] = (other, other_records, submit(other, other_records))
    return result


def _succeeded(future) -> bool:  # type: ignore[no-untyped-def]
    """Whether a future of the old pool finished well (its result can still be used)."""
    return future.done() and not future.cancelled() and future.exception() is None
