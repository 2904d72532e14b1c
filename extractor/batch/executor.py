"""Where chunks run: in-process for one job, a process pool, or a Dask cluster."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator

from ..inputs.records import ArticleRecord
from .options import BatchOptions
from .worker import ChunkResult, process_chunk

Submit = Callable[[int, list[ArticleRecord]], object]


class Executor:
    """A context manager giving a submit function: ``submit(index, records)`` returns a
    future of the chunk's ChunkResult."""

    def __init__(self, options: BatchOptions) -> None:
        self._options = options
        self._pool = None
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
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_all_start_methods, get_context

        options = self._options
        if "fork" in get_all_start_methods():
            # Load and warm the pipeline once here, then fork: workers share it copy-on-write
            # instead of each importing spaCy and reloading the model and quantulum3's data.
            from ..pipeline import default_extractor

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
        """The chunk's result, already there."""
        return self._result


def ordered(
    chunks: Iterator[tuple[int, list[ArticleRecord]]], submit: Submit, *, window: int
) -> Iterator[ChunkResult]:
    """Results in input order, with at most ``window`` chunks submitted and unfinished."""
    in_flight: deque = deque()
    for index, records in chunks:
        in_flight.append(submit(index, records))
        if len(in_flight) >= window:
            yield in_flight.popleft().result()
    while in_flight:
        yield in_flight.popleft().result()
