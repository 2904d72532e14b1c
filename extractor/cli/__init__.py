"""The command line: thin typer commands that parse arguments and call the library.

Only this package prints and sets exit codes. ``extract article.txt`` needs no
subcommand name: anything that is not a subcommand goes to ``extract file``.
"""

from __future__ import annotations

import os
from importlib import import_module

import typer
from typer.core import TyperGroup

from .batch import batch_command
from .bench import bench_command
from .errors import EXIT_CODES_HELP
from .file import file_command
from .score import score_command

# Command groups built only when named (issue #13): the desk imports FastAPI, the queue
# its stores, training scikit-learn; `extract article.txt` needs none of them.
# Name: (module, Typer app), in the order --help lists them.
LAZY_GROUPS = {
    "queue": ("extractor.queue.cli", "queue_app"),
    "desk": ("extractor.desk.cli", "desk_app"),
    "train": ("extractor.cli.train", "train_app"),
}


class DefaultToFile(TyperGroup):
    """Route ``extract ARTICLE [OPTIONS]`` to the ``file`` command; build the
    ``LAZY_GROUPS`` on first use."""

    def parse_args(self, ctx, args):  # type: ignore[no-untyped-def]
        """Put ``file`` in front of arguments that do not start with a command or help."""
        known = args and (args[0] in self.commands or args[0] in LAZY_GROUPS)
        if args and not known and args[0] not in ("--help", "-h"):
            args = ["file", *args]
        return super().parse_args(ctx, args)

    def list_commands(self, ctx):  # type: ignore[no-untyped-def]
        """Every command, the lazy groups included (for --help)."""
        names = super().list_commands(ctx)
        return [*names, *(name for name in LAZY_GROUPS if name not in names)]

    def get_command(self, ctx, cmd_name):  # type: ignore[no-untyped-def]
        """A command by name; a lazy group is imported and built the first time."""
        if cmd_name not in self.commands and cmd_name in LAZY_GROUPS:
            module, attribute = LAZY_GROUPS[cmd_name]
            group = typer.main.get_group(getattr(import_module(module), attribute))
            group.name = cmd_name
            self.commands[cmd_name] = group
        return super().get_command(ctx, cmd_name)


app = typer.Typer(
    cls=DefaultToFile,
    help=(
        "Extract numeric claims from news: who said what number about what, citing whom, "
        "and when.\n\n"
        "Examples:\n\n"
        "  extract article.txt\n\n"
        "  extract article.txt --published 2022-11-10 --format jsonl -o claims.jsonl\n\n"
        "  cat article.txt | extract - --published 2022-11-10\n\n"
        "  extract score fixtures/gold/\n\n"
        "  extract score gold.json predictions.jsonl --min-f1 0.9 --json\n\n"
        "  extract batch dump.jsonl.gz -o claims.jsonl --jobs 2\n\n"
        "  extract bench all --data ../shared/benchmarks"
    ),
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    # -h as well as --help: DefaultToFile already treats -h as help, not as an article name.
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
    rich_markup_mode=None,
)
app.command("file", epilog=EXIT_CODES_HELP)(file_command)
app.command("score", epilog=EXIT_CODES_HELP)(score_command)
app.command(
    "batch", epilog=EXIT_CODES_HELP + " Batch: 5 when some articles failed (see the errors file)."
)(batch_command)
app.command("bench", epilog=EXIT_CODES_HELP)(bench_command)


def main() -> None:
    """Console entry point."""
    # One BLAS thread per process: 13-17% faster on these machines (PERF-NOTES). Set here,
    # not at import, so importing the package changes nothing; worker processes inherit it.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    app()
