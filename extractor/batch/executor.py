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
        self._generation = 0
        self._client = None
        self._cluster = None

    def __enter__(self) -> Submit:
        options = self._options
        if options.scheduler or options.local_cluster:
            return self._dask()
        if options.jobs <= 1:
            from ..pipeline import batch_extractor

            batch_extractor(options.model)
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
            from ..pipeline import batch_extractor

            batch_extractor(options.model)  # warmed, and frozen: see its documentation
            self._context = get_context("fork")
        else:
            self._context = get_context("spawn")
        self.restart()
        return self._submit_to_pool

    def _submit_to_pool(self, index: int, records: list[ArticleRecord]) -> object:
        """Submit a chunk; a pool found broken (a worker died) is replaced first. The
        future carries the pool's generation, so a failure is blamed on its own pool."""
        from concurrent.futures.process import BrokenProcessPool

        options = self._options
        try:
            future = self._pool.submit(
                process_chunk, index, records, options.model, options.article_timeout
            )
        except BrokenProcessPool:
            self.restart()
            future = self._pool.submit(
                process_chunk, index, records, options.model, options.article_timeout
            )
        future.generation = self._generation
        return future

    @property
    def pool(self) -> Executor | None:
        """This executor when chunks run in a local process pool (see ``ordered``)."""
        return self if self._context is not None else None

    def is_stale(self, future) -> bool:  # type: ignore[no-untyped-def]
        """Whether a future belongs to a pool that has been replaced."""
        return getattr(future, "generation", None) != self._generation

    def replace_broken(self, future) -> None:  # type: ignore[no-untyped-def]
        """A new pool in place of the broken one that ran ``future``, unless replaced already."""
        if not self.is_stale(future):
            self.restart()

    def restart(self) -> None:
        """A new process pool, in place of a broken one (a worker was killed)."""
        from concurrent.futures import ProcessPoolExecutor

        if self._pool is not None:
            self._kill_workers()
        self._generation += 1
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
    pool: Executor | None = None,
) -> Iterator[ChunkResult]:
    """Results in input order, with at most ``window`` chunks submitted and unfinished.

    When a worker dies (BrokenProcessPool) and ``pool`` can replace the process pool,
    every chunk in flight that has no result is submitted again; the chunk at the head is
    retried alone, and if its worker dies again, its articles become errors (WORKER_DIED)
    and the run goes on.
    """
    in_flight: deque = deque()
    for index, records in chunks:
        in_flight.append((index, records, submit(index, records)))
        if len(in_flight) >= window:
            yield _next_result(in_flight, submit, pool)
    while in_flight:
        yield _next_result(in_flight, submit, pool)


def _next_result(in_flight: deque, submit: Submit, pool: Executor | None) -> ChunkResult:
    """The head chunk's result; a dead worker's chunks are run again (see ``ordered``)."""
    from concurrent.futures.process import BrokenProcessPool

    index, records, future = in_flight.popleft()
    try:
        return future.result()
    except BrokenProcessPool:
        if pool is None:
            raise
    pool.replace_broken(future)
    retry = submit(index, records)
    try:
        result = retry.result()
    except BrokenProcessPool:
        pool.replace_broken(retry)
        result = chunk_failed(index, records, WORKER_DIED)
    for position, (other, other_records, other_future) in enumerate(in_flight):
        if pool.is_stale(other_future) and not _succeeded(other_future):
            in_flight[position] = (other, other_records, submit(other, other_records))
    return result


def _succeeded(future) -> bool:  # type: ignore[no-untyped-def]
    """Whether a future of the old pool finished well (its result can still be used)."""
    return future.done() and not future.cancelled() and future.exception() is None
