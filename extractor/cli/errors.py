"""Exit codes and the one-line error: the only place where a library error becomes one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer

from ..errors import ExtractorError, ModelError

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_BELOW_FLOOR = 3
EXIT_MODEL = 4
EXIT_ARTICLE_ERRORS = 5
EXIT_BUSY = 6  # as for the queue: another process holds the lock; try again later
EXIT_DAMAGED_INPUT = 7

EXIT_CODES_HELP = (
    "Exit codes: 0 success (also an empty article: zero claims and a warning); "
    "1 an input cannot be read (missing, a directory, binary, not UTF-8, too large); "
    "2 bad usage; 3 `score` below --min-f1; 4 the spaCy pipeline cannot be loaded; "
    "5 `batch` finished but some articles failed; 6 `batch`: another run is writing the "
    "same output; 7 `batch` finished but an input container is truncated or corrupt."
)


def fail(message: str, code: int) -> typer.Exit:
    """Print ``extract: error: MESSAGE`` on stderr; the Exit to raise with ``code``."""
    typer.echo(f"extract: error: {message}", err=True)
    return typer.Exit(code)


@contextmanager
def exit_on_errors() -> Iterator[None]:
    """Library errors in the block become one line and an exit code: 4 for a pipeline or
    lexicon that cannot be loaded, 6 for an output another run holds, 1 for everything
    else (an input)."""
    try:
        yield
    except ModelError as err:
        raise fail(str(err), EXIT_MODEL) from None
    except ExtractorError as err:
        # Imported only on failure: `extract article.txt` loads no batch code (issue #13).
        from ..batch.state import OutputBusyError

        raise fail(
            str(err), EXIT_BUSY if isinstance(err, OutputBusyError) else EXIT_INPUT
        ) from None
