"""What a batch run does, what it reports, and the fingerprint that makes it resumable."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from importlib.metadata import version

from ..inputs.decode import DEFAULT_MAX_BYTES
from ..inputs.jsonl import FieldNames
from ..nlp import DEFAULT_MODEL

DEFAULT_CHUNK_ARTICLES = 16
# Several times what the largest allowed article (--max-bytes) takes to parse on one core:
# long enough never to cut off a real article, short enough that a hang costs one worker
# minutes, not the run.
DEFAULT_ARTICLE_TIMEOUT_S = 300.0
STATE_VERSION = 1
PACKAGE = "claim-extractor"


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

    def fingerprint(self, inputs: list[str], *, lexicons: str) -> str:
        """A short hash of what decides the output: the inputs, these options, the
        package's version and ``lexicons`` (``Resources.fingerprint``), so a run resumes
        only parts that the same code and lexicons wrote."""
        relevant = {
            "version": STATE_VERSION,
            "package": version(PACKAGE),
            "lexicons": lexicons,
            "inputs": inputs,
            "chunk_articles": self.chunk_articles,
            "input_format": self.input_format,
            "fields": asdict(self.fields),
            "max_bytes": self.max_bytes,
            "model": self.model,
        }
        return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()[:16]


DEFAULT_OPTIONS = BatchOptions()


@dataclass
class BatchSummary:
    """What a run did: counts, where it wrote, and how long it took."""

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
    """Counts so far, for a progress display; ``total`` is None when unknown."""

    articles: int
    claims: int
    errors: int
    total: int | None
