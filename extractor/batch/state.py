"""A run's state on disk, beside its output: finished chunks as part files, so a stopped
run resumes where it stopped; joined into the output at the end."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import ExtractorError, InputError
from .options import BatchOptions, BatchSummary
from .worker import ChunkResult
from .writers import join_atomic, write_text_atomic


class OutputBusyError(ExtractorError):
    """Another run is writing the same output now (it holds ``OUT.lock``)."""


class RunState:
    """Part files of a run beside its output: ``OUT.parts/``; joined into OUT at the end."""

    def __init__(self, output: Path, fingerprint: str, *, resumable: bool) -> None:
        self.output = output
        self.fingerprint = fingerprint
        self.resumable = resumable
        self.parts = output.with_name(output.name + ".parts")
        self.errors_path = output.with_name(output.name + ".errors.jsonl")
        self.summary_path = output.with_name(output.name + ".summary.json")
        self.lock_path = output.with_name(output.name + ".lock")

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold ``OUT.lock`` (flock) for the run: OutputBusyError at once if another run
        holds it. The lock file is removed at the end."""
        try:
            import fcntl
        except ImportError:  # not Unix: no lock
            yield
            return
        # The output's folder may not exist yet: the run creates it, the lock goes in it.
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = self._lock(fcntl)
        try:
            yield
        finally:
            self.lock_path.unlink(missing_ok=True)
            os.close(descriptor)

    def _lock(self, fcntl) -> int:  # type: ignore[no-untyped-def]
        while True:
            try:
                descriptor = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o666)
            except OSError as err:
                raise InputError(f"{self.lock_path}: cannot be written ({err.strerror})") from err
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(descriptor)
                raise OutputBusyError(
                    f"{self.output}: another batch run is writing this output now (it holds "
                    f"{self.lock_path}); wait for it to end, or choose another -o"
                ) from None
            # The run that held it may have removed the file just before: lock the new one.
            try:
                if os.stat(self.lock_path).st_ino == os.fstat(descriptor).st_ino:
                    return descriptor
            except FileNotFoundError:
                pass
            os.close(descriptor)

    def is_complete(self) -> bool:
        """Whether the same run (same fingerprint) already finished and its outputs are
        still there as it wrote them (same sizes): nothing to do."""
        if not self.resumable or not self.summary_path.exists() or self.parts.exists():
            return False
        completed = self.completed_summary()
        if completed.get("fingerprint") != self.fingerprint:
            return False
        sizes = completed.get("sizes")
        return isinstance(sizes, dict) and all(
            _size(Path(name)) == size for name, size in sizes.items()
        )

    def completed_summary(self) -> dict:
        """The summary a finished run wrote; empty when there is none to read."""
        try:
            return json.loads(self.summary_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def prepare(self) -> None:
        """Start the parts folder, or check that the one left behind is this run's."""
        run_file = self.parts / "run.json"
        if self.parts.exists() and self.resumable:
            try:
                previous = json.loads(run_file.read_text(encoding="utf-8")).get("fingerprint")
            except (OSError, ValueError):
                previous = None
            if previous != self.fingerprint:
                raise InputError(
                    f"{self.parts}: left by a run with other inputs or options (or another "
                    "version of the extractor or its lexicons); rerun that command to finish "
                    "it, or delete the folder to start over"
                )
            return
        if self.parts.exists():
            shutil.rmtree(self.parts)
        self.parts.mkdir(parents=True)
        write_text_atomic(run_file, json.dumps({"fingerprint": self.fingerprint}) + "\n")

    def _part(self, index: int, kind: str) -> Path:
        return self.parts / f"chunk-{index:08d}.{kind}.jsonl"

    def read_part(self, index: int) -> ChunkResult | None:
        """A chunk a stopped run finished, or None when it has to be done."""
        claims, errors = self._part(index, "claims"), self._part(index, "errors")
        if not (claims.exists() and errors.exists()):
            return None
        claim_lines = claims.read_text(encoding="utf-8").splitlines()
        error_lines = errors.read_text(encoding="utf-8").splitlines()
        meta = self._part(index, "meta")
        articles = json.loads(meta.read_text(encoding="utf-8"))["articles"] if meta.exists() else 0
        return ChunkResult(index, claim_lines, error_lines, articles)

    def write_part(self, result: ChunkResult) -> None:
        """Keep one finished chunk; the claims file is written last: it marks it done."""
        write_text_atomic(
            self._part(result.index, "meta"), json.dumps({"articles": result.articles}) + "\n"
        )
        write_text_atomic(
            self._part(result.index, "errors"), "".join(line + "\n" for line in result.errors)
        )
        write_text_atomic(
            self._part(result.index, "claims"), "".join(line + "\n" for line in result.claims)
        )

    def finish(self, options: BatchOptions, summary: BatchSummary) -> None:
        """Join the parts, in order, into the output and the errors file; then drop the parts."""
        indexes = sorted(
            int(p.name.split("-")[1].split(".")[0]) for p in self.parts.glob("chunk-*.claims.jsonl")
        )
        if options.shard_articles:
            summary.outputs = self._join_shards(indexes, options)
        else:
            join_atomic(self.output, (self._part(i, "claims") for i in indexes))
        join_atomic(self.errors_path, (self._part(i, "errors") for i in indexes))
        written = [*summary.outputs, str(self.errors_path)]
        record = {
            "fingerprint": self.fingerprint,
            "articles": summary.articles,
            "claims": summary.claims,
            "errors": summary.errors,
            "sizes": {name: _size(Path(name)) for name in written},
        }
        write_text_atomic(self.summary_path, json.dumps(record) + "\n")
        shutil.rmtree(self.parts)

    def _join_shards(self, indexes: list[int], options: BatchOptions) -> list[str]:
        """OUT as a folder of claims-NNNNN.jsonl, each of about shard_articles articles."""
        per_shard = max(1, options.shard_articles // options.chunk_articles)
        self.output.mkdir(parents=True, exist_ok=True)
        shards: list[str] = []
        for number, start in enumerate(range(0, max(len(indexes), 1), per_shard)):
            shard = self.output / f"claims-{number:05d}.jsonl"
            join_atomic(
                shard, (self._part(i, "claims") for i in indexes[start : start + per_shard])
            )
            shards.append(str(shard))
        return shards


def _size(path: Path) -> int | None:
    """A file's size, or None when it is not there."""
    try:
        return path.stat().st_size
    except OSError:
        return None
