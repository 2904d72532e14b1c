"""Writing results: claims as JSON, and the one atomic writer every command uses."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..errors import InputError
from ..schema import Claim


def claim_line(claim: Claim) -> str:
    """One claim as one line of JSON Lines, without the newline; stable bytes."""
    return json.dumps(claim.model_dump(mode="json"), ensure_ascii=False)


def claims_to_json(claims: Iterable[Claim], *, fmt: str) -> str:
    """Records as a JSON array (``json``) or one object per line (``jsonl``); stable bytes."""
    if fmt == "jsonl":
        return "".join(claim_line(claim) + "\n" for claim in claims)
    records = [claim.model_dump(mode="json") for claim in claims]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def write_text_atomic(path: Path, text: str) -> None:
    """Write a whole UTF-8 file or nothing; InputError when it cannot be written."""
    with atomic_file(path, binary=False) as stream:
        stream.write(text)


def join_atomic(path: Path, parts: Iterable[Path]) -> None:
    """Concatenate files, in order, into ``path``: the whole result or nothing."""
    with atomic_file(path, binary=True) as out:
        for part in parts:
            with open(part, "rb") as stream:
                shutil.copyfileobj(stream, out)


@contextmanager
def atomic_file(path: Path, *, binary: bool) -> Iterator[IO]:
    """A stream whose content replaces ``path`` only once it is whole and on disk.

    A symbolic link is followed: its target is written, the link stays. A target that
    exists and is not a regular file (a FIFO, ``/dev/stdout``, ``/dev/full``) is written
    through, as a shell's ``>`` would: it cannot be replaced, and must not be. A regular
    file (or a new one) is written to a new file in the same folder (so the rename cannot
    cross file systems), flushed and fsynced (so a power loss cannot leave a renamed but
    empty file), then renamed over it; on failure the temporary file is removed. A new
    file is created as ``open`` creates one (the umask decides its permissions, 0644
    usually); a replaced file keeps its permissions.
    """
    target = Path(os.path.realpath(path))
    try:
        info = target.stat()
    except OSError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        with _written_through(target, binary=binary) as stream:
            yield stream
        return
    temporary = target.parent / f"{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        with open(temporary, "xb") if binary else open(temporary, "x", encoding="utf-8") as stream:
            if info is not None:
                os.chmod(stream.fileno(), stat.S_IMODE(info.st_mode))
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException as err:
        temporary.unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise InputError(f"{path}: cannot be written ({err.strerror or err})") from err
        raise


@contextmanager
def _written_through(target: Path, *, binary: bool) -> Iterator[IO]:
    """A pipe or device, opened and written as it is."""
    try:
        with open(target, "wb") if binary else open(target, "w", encoding="utf-8") as stream:
            yield stream
            stream.flush()
    except OSError as err:
        raise InputError(f"{target}: cannot be written ({err.strerror or err})") from err
