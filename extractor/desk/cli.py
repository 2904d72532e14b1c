"""`extract desk ...`: serve the review desk; add users and API tokens (the only place that prints).

``extract desk QUEUE`` needs no subcommand name: anything that is not a subcommand goes to
``extract desk serve``, as ``extract ARTICLE`` goes to ``extract file``.
"""

from __future__ import annotations

import ipaddress
import sys
from typing import Annotated

import typer
from typer.core import TyperGroup

from ..errors import ExtractorError
from ..queue.cli import DEFAULT_QUEUE, EXIT_INPUT, EXIT_USAGE, QueueOption, _location

EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 the queue cannot be opened; 2 bad usage (a bad user name or "
    "password, an unknown user)."
)


class _DefaultToServe(TyperGroup):
    """Route ``extract desk QUEUE [OPTIONS]`` to ``serve``."""

    def parse_args(self, ctx, args):  # type: ignore[no-untyped-def]
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["serve", *args]
        return super().parse_args(ctx, args)


desk_app = typer.Typer(
    cls=_DefaultToServe,
    help=(
        "The review desk: a web app where fact-checkers work the claim queue, and a JSON API.\n\n"
        "Examples:\n\n"
        "  extract desk add-user alice --queue claims.db\n\n"
        "  extract desk claims.db                      # http://127.0.0.1:8000\n\n"
        "  extract desk claims.db --read-only --port 8080   # a newsroom screen, no sign-in\n\n"
        "  extract desk add-token alice --label cms --queue claims.db"
    ),
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
    rich_markup_mode=None,
)


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"extract: error: {message}", err=True)
    return typer.Exit(code)


def _open(queue: str | None):  # type: ignore[no-untyped-def]
    from ..queue import open_queue

    return open_queue(_location(queue))


@desk_app.command("serve", epilog=EXIT_CODES_HELP)
def serve_command(
    queue: Annotated[
        str, typer.Argument(help=f"SQLite file or postgresql:// URL (e.g. {DEFAULT_QUEUE}).")
    ],
    host: Annotated[
        str,
        typer.Option(help="Address to listen on; anything but loopback is reachable by others."),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    read_only: Annotated[
        bool, typer.Option("--read-only", help="Serve the list without sign-in; no changes.")
    ] = False,
    secure_cookies: Annotated[
        bool, typer.Option(help="Send cookies over HTTPS only (behind an HTTPS proxy).")
    ] = False,
) -> None:
    """Serve the desk for QUEUE at http://HOST:PORT (default 127.0.0.1:8000)."""
    import uvicorn

    from .app import DeskConfig, create_app

    try:
        app = create_app(
            DeskConfig(location=queue, read_only=read_only, secure_cookies=secure_cookies)
        )
    except ExtractorError as err:
        raise _fail(str(err), EXIT_INPUT) from None
    if not _is_loopback(host):
        typer.echo(
            f"extract: warning: listening on {host}: other machines can reach the desk; "
            "put it behind HTTPS (and use --secure-cookies)",
            err=True,
        )
    typer.echo(f"Review desk for {queue} on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _read_password(name: str) -> str:
    if sys.stdin.isatty():
        return typer.prompt(f"Password for {name}", hide_input=True, confirmation_prompt=True)
    return sys.stdin.readline().rstrip("\r\n")


@desk_app.command("add-user", epilog=EXIT_CODES_HELP)
def add_user_command(
    name: Annotated[str, typer.Argument(help="The user name checkers sign in with.")],
    queue: QueueOption = None,
) -> None:
    """Add a user (or set a user's password): prompted for, or read from standard input."""
    from .accounts import AccountError, add_user

    password = _read_password(name)
    try:
        with _open(queue) as opened:
            created = add_user(opened, name, password)
    except AccountError as err:
        raise _fail(str(err), EXIT_USAGE) from None
    except ExtractorError as err:
        raise _fail(str(err), EXIT_INPUT) from None
    typer.echo(f"{'added' if created else 'updated the password of'} user {name}")


@desk_app.command("add-token", epilog=EXIT_CODES_HELP)
def add_token_command(
    name: Annotated[str, typer.Argument(help="The user the token acts as.")],
    label: Annotated[str, typer.Option(help="What the token is for.")] = "cli",
    queue: QueueOption = None,
) -> None:
    """Make an API token for a user and print it (only its hash is stored)."""
    from .accounts import AccountError, create_token, ensure_accounts

    try:
        with _open(queue) as opened:
            ensure_accounts(opened)
            token = create_token(opened, name, label)
    except AccountError as err:
        raise _fail(str(err), EXIT_USAGE) from None
    except ExtractorError as err:
        raise _fail(str(err), EXIT_INPUT) from None
    typer.echo(token)
