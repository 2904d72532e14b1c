"""`extract desk ...` as a user runs it (typer's CliRunner): add-user, add-token, serve errors."""

from __future__ import annotations

from typer.testing import CliRunner

from extractor.cli import app
from extractor.desk.accounts import check_password
from extractor.queue import open_queue

from .desk_support import build_queue

runner = CliRunner()


def test_add_user_reads_the_password_from_stdin(tmp_path):
    location = str(tmp_path / "claims.db")
    open_queue(location, create=True).close()
    result = runner.invoke(
        app, ["desk", "add-user", "carol", "-q", location], input="s3cret-pass\n"
    )
    assert result.exit_code == 0, result.output
    assert "added user carol" in result.output
    again = runner.invoke(app, ["desk", "add-user", "carol", "-q", location], input="other-pass\n")
    assert "updated the password of user carol" in again.output
    with open_queue(location) as queue:
        assert check_password(queue, "carol", "other-pass")
        assert not check_password(queue, "carol", "s3cret-pass")


def test_add_user_refuses_short_passwords_and_bad_names(tmp_path):
    location = str(tmp_path / "claims.db")
    open_queue(location, create=True).close()
    short = runner.invoke(app, ["desk", "add-user", "carol", "-q", location], input="short\n")
    assert short.exit_code == 2 and "too short" in short.output
    bad = runner.invoke(app, ["desk", "add-user", "<b>", "-q", location], input="long enough\n")
    assert bad.exit_code == 2 and "bad user name" in bad.output


def test_add_user_on_a_missing_queue(tmp_path):
    result = runner.invoke(
        app, ["desk", "add-user", "carol", "-q", str(tmp_path / "none.db")], input="long enough\n"
    )
    assert result.exit_code == 1 and "no such queue" in result.output


def test_add_token(tmp_path):
    location = build_queue(str(tmp_path / "claims.db"))
    made = runner.invoke(app, ["desk", "add-token", "alice", "--label", "cms", "-q", location])
    assert made.exit_code == 0 and made.output.startswith("desk_")
    unknown = runner.invoke(app, ["desk", "add-token", "zed", "-q", location])
    assert unknown.exit_code == 2 and "no user 'zed'" in unknown.output


def test_serve_a_missing_queue_fails_before_listening(tmp_path):
    result = runner.invoke(app, ["desk", str(tmp_path / "none.db"), "--port", "9"])
    assert result.exit_code == 1 and "no such queue" in result.output


def test_help_names_the_commands():
    result = runner.invoke(app, ["desk", "--help"])
    assert result.exit_code == 0
    for word in ("serve", "add-user", "add-token"):
        assert word in result.output
    serve = runner.invoke(app, ["desk", "serve", "--help"])
    assert "--read-only" in serve.output and "127.0.0.1" in serve.output
