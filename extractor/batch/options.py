"""What a batch run does, what it reports, and the fingerprint that makes it resumable."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from importlib import resources as package_data
from importlib.metadata import version

from ..inputs.decode import DEFAULT_MAX_BYTES, DEFAULT_MAX_HTML_BYTES
from ..inputs.formats import STDIN
from ..inputs.jsonl import FieldNames
from ..nlp import DEFAULT_MODEL

DEFAULT_CHUNK_ARTICLES = 16
# Several times what the largest allowed article (--max-bytes) takes to parse on one core:
# long enough never to cut off a real article, short enough that a hang costs one worker
# minutes, not the run.
DEFAULT_ARTICLE_TIMEOUT_S = 300.0
STATE_VERSION = 2  # 2: inputs are fingerprinted by content, not by name
# Each input file is fingerprinted by its size, mtime and a hash of its first and last block.
EDGE_BYTES = 64 * 1024
PACKAGE = "claim-extractor"
# The learned models a run reads (``models/``): their bytes are part of the fingerprint, so
# a retrained ranker or resolver under the same package version does not resume old parts.
MODELS_PACKAGE = "extractor.models"
MODEL_FILES = ("speaker_ranker.v3.json", "mention_resolver.v1.json")


@dataclass(frozen=True)
class BatchOptions:
    """What a batch run does; everything that changes the output is in the fingerprint."""

    jobs: int = 1
    chunk_articles: int = DEFAULT_CHUNK_ARTICLES
    input_format: str = "auto"
    fields: FieldNames = field(default_factory=FieldNames)
    max_bytes: int = DEFAULT_MAX_BYTES
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES
    model: str = DEFAULT_MODEL
    shard_articles: int | None = None
    scheduler: str | None = None
    local_cluster: int | None = None
    # Seconds one article may take before it is recorded as an error (0: no limit). Not in
    # the fingerprint: it only decides which pathological articles fail.
    article_timeout: float = DEFAULT_ARTICLE_TIMEOUT_S

    def fingerprint(self, inputs: list[str], *, lexicons: str, models: str | None = None) -> str:
        """A short hash of what decides the output: the inputs (names and content, see
        ``input_fingerprint``), these options, the package's version, ``lexicons``
        (``Resources.fingerprint``) and ``models`` (default: ``models_fingerprint()``), so a
        run resumes only parts that the same code, lexicons and models wrote from the same
        inputs."""
        relevant = {
            "version": STATE_VERSION,
            "package": version(PACKAGE),
            "lexicons": lexicons,
            "models": models_fingerprint() if models is None else models,
            "inputs": [input_fingerprint(name) for name in inputs],
            "chunk_articles": self.chunk_articles,
            "input_format": self.input_format,
            "fields": asdict(self.fields),
            "max_bytes": self.max_bytes,
            "max_html_bytes": self.max_html_bytes,
            "model": self.model,
        }
        return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()[:16]


def models_fingerprint() -> str:
    """A hash of the packaged model files' names and bytes (a missing one counts as
    missing: loading it fails later with its own message)."""
    digest = hashlib.sha256()
    folder = package_data.files(MODELS_PACKAGE)
    for name in MODEL_FILES:
        digest.update(name.encode() + b"\0")
        try:
            digest.update(folder.joinpath(name).read_bytes())
        except (FileNotFoundError, IsADirectoryError):
            digest.update(b"missing")
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def input_fingerprint(name: str) -> list:
    """What identifies an input file's content cheaply: its name, size, mtime and a hash
    of its first and last 64 KB (an edit between a kill and the rerun changes it)."""
    if name == STDIN:
        return [name]
    try:
        with open(name, "rb") as stream:
            info = os.fstat(stream.fileno())
            digest = hashlib.sha256(stream.read(EDGE_BYTES))
            if info.st_size > EDGE_BYTES:
                stream.seek(max(info.st_size - EDGE_BYTES, EDGE_BYTES))
                digest.update(stream.read(EDGE_BYTES))
    except OSError as err:
        return [name, f"unreadable: {err.strerror or err}"]
    return [name, info.st_size, info.st_mtime_ns, digest.hexdigest()]


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
    # Inputs that were not read (a FIFO, a device), and containers found damaged: each a
    # message naming the file (and for damage, how far it was read).
    skipped: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Progress:
    """Counts so far, for a progress display; ``total`` is None when unknown."""

    articles: int
    claims: int
    errors: int
    total: int | None
