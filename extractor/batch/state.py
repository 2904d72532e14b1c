"""A run's state on disk, beside its output: finished chunks as part files, so a stopped
run resumes where it stopped; joined into the output at the end."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ..errors import InputError
from .options import BatchOptions, BatchSummary
from .worker import ChunkResult
from .writers import join_atomic, write_text_atomic


class RunState:
    """Part files of a run beside its output: ``OUT.parts/``; joined into OUT at the end."""

    def __init__(self, output: Path, fingerprint: str, *, resumable: bool) -> None:
        self.output = output
        self.fingerprint = fingerprint
        self.resumable = resumable
        self.parts = output.with_name(output.name + ".parts")
        self.errors_path = output.with_name(output.name + ".errors.jsonl")
        self.summary_path = output.with_name(output.name + ".summary.json")

    def is_complete(self) -> bool:
        """Whether the same run (same fingerprint) already finished: nothing to do."""
        if not self.resumable or not self.summary_path.exists() or self.parts.exists():
            return False
        return self.completed_summary().get("fingerprint") == self.fingerprint

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
        record = {
            "fingerprint": self.fingerprint,
            "articles": summary.articles,
            "claims": summary.claims,
            "errors": summary.errors,
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
