"""Batch runs: every input format, bad articles recorded, same output whatever the
workers, resumable after SIGKILL, and a real Dask LocalCluster on loopback.

Dumps are built by the tests themselves (no committed dumps).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor.batch.options import BatchOptions
from extractor.batch.runner import run_batch
from extractor.inputs.dumps import iter_records
from extractor.inputs.jsonl import FieldNames
from extractor.inputs.records import content_id

ARTICLE = (
    "Officials said that {n} people were evacuated from the coast on Monday.\n\n"
    "“We moved about {m} families overnight,” Mayor Jane Doe told reporters."
)
HTML = (
    "<html><head><title>Floods</title>"
    "<meta property='article:published_time' content='2022-11-10'></head>"
    "<body><nav>Home | World | Sport</nav><article><h1>Floods</h1>"
    "<p>Officials said that {n} people were evacuated from the coast on Monday after the storm.</p>"
    "<p>Advertisement</p></article><footer>Share this article</footer></body></html>"
)


def article(i: int) -> str:
    return ARTICLE.format(n=1000 + i, m=20 + i)


def jsonl_lines(count: int, *, start: int = 0) -> list[str]:
    return [
        json.dumps(
            {
                "id": f"a{i:03d}",
                "published": "2022-11-10",
                "title": f"T{i}",
                "source": "test",
                "text": article(i),
            }
        )
        for i in range(start, start + count)
    ]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_gz_and_metadata(tmp_path):
    dump = tmp_path / "dump.jsonl.gz"
    with gzip.open(dump, "wt", encoding="utf-8") as stream:
        stream.write("\n".join(jsonl_lines(3)) + "\n")
    out = tmp_path / "claims.jsonl"
    summary = run_batch([str(dump)], out, options=BatchOptions(chunk_articles=2))
    records = read_jsonl(out)
    assert (summary.articles, summary.errors) == (3, 0)
    assert [r["quantity"]["value"] for r in records] == [1000, 20, 1001, 21, 1002, 22]
    assert {(r["doc_id"], r["title"], r["source"], r["published"]) for r in records} == {
        (f"a{i:03d}", f"T{i}", "test", "2022-11-10") for i in range(3)
    }
    assert records[1]["speaker"]["name"] == "Jane Doe" and records[1]["quote"] == "direct"


def test_warc_html_goes_through_trafilatura(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "news.warc.gz"
    with open(warc, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        pages = [
            ("https://example.org/a", HTML.format(n=4321)),
            ("https://example.org/empty", "<html><body></body></html>"),
        ]
        for url, html in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(html.encode()), http_headers=headers
                )
            )
    out = tmp_path / "claims.jsonl"
    summary = run_batch([str(warc)], out)
    records = read_jsonl(out)
    assert [r["quantity"]["text"] for r in records] == ["4321"]
    assert records[0]["url"] == "https://example.org/a" and records[0]["title"] == "Floods"
    assert records[0]["published"] == "2022-11-10"
    errors = read_jsonl(Path(summary.errors_file))
    assert [e["url"] for e in errors] == [
        "https://example.org/empty"
    ] and "no article text" in errors[0]["reason"]


def test_bad_articles_are_recorded_and_the_run_goes_on(tmp_path):
    folder = tmp_path / "dump"
    folder.mkdir()
    (folder / "good.txt").write_text(article(1), encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners said 300 jobs went.".encode("latin-1"))
    (folder / "huge.txt").write_text("Officials said 5 people died. " * 2000, encoding="utf-8")
    (folder / "page.html").write_text(HTML.format(n=777), encoding="utf-8")
    (folder / "blank.html").write_text(
        "<html><body><nav>menu</nav></body></html>", encoding="utf-8"
    )
    lines = jsonl_lines(1) + [
        "{not json",
        json.dumps({"id": "notext", "title": "no body"}),
        json.dumps([1, 2]),
        json.dumps({"id": "blanktext", "text": ""}),
    ]
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "notes.csv").write_text("ignored,file\n", encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    summary = run_batch([str(folder)], out, options=BatchOptions(max_bytes=20_000))
    # Files that were read have their stem and a content hash as id (issue 15).
    errors = {
        e["id"].split("-")[0] if "/" not in e["id"] else e["id"]: e["reason"]
        for e in read_jsonl(Path(summary.errors_file))
    }
    assert set(errors) == {
        "empty",
        "binary",
        "latin1",
        "huge",
        "blank",
        f"{folder / 'dump.jsonl'}:2",
        "notext",
        f"{folder / 'dump.jsonl'}:4",
        "blanktext",
    }
    assert "empty" in errors["empty"]
    assert "binary" in errors["binary"]
    assert "UTF-8" in errors["latin1"]
    assert "limit" in errors["huge"]
    assert "no article text" in errors["blank"]
    assert "malformed JSON" in errors[f"{folder / 'dump.jsonl'}:2"]
    assert "no text field" in errors["notext"]
    assert errors["blanktext"] == "empty article"
    doc_ids = {r["doc_id"] for r in read_jsonl(out)}
    assert {i.split("-")[0] for i in doc_ids} == {"good", "page", "a000"}
    assert content_id("good", (folder / "good.txt").read_bytes()) in doc_ids
    assert (summary.articles, summary.errors) == (12, 9)


def test_cli_exit_code_says_whether_anything_failed(tmp_path):
    from typer.testing import CliRunner

    from extractor.cli import app

    good = tmp_path / "good.jsonl"
    good.write_text("\n".join(jsonl_lines(2)) + "\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["batch", str(good), "-o", str(tmp_path / "a.jsonl"), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stderr.strip().splitlines()[-1])["articles"] == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text(jsonl_lines(1)[0] + "\n{oops\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(bad), "-o", str(tmp_path / "b.jsonl"), "-j", "1"])
    assert result.exit_code == 5
    result = runner.invoke(
        app, ["batch", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "c.jsonl")]
    )
    assert result.exit_code == 1 and "no such file" in result.stderr


def test_output_is_the_same_whatever_the_jobs(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(jsonl_lines(8)) + "\n", encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch([str(dump)], one, options=BatchOptions(jobs=1, chunk_articles=1))
    run_batch([str(dump)], two, options=BatchOptions(jobs=2, chunk_articles=1))
    assert one.read_bytes() == two.read_bytes()
    assert len(read_jsonl(one)) == 16


def test_rerun_of_a_finished_run_changes_nothing(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(jsonl_lines(2)) + "\n", encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    run_batch([str(dump)], out)
    before = out.read_bytes()
    summary = run_batch([str(dump)], out)
    assert summary.already_complete and summary.articles == 2
    assert out.read_bytes() == before


def test_sharded_output(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(jsonl_lines(5)) + "\n", encoding="utf-8")
    out = tmp_path / "shards"
    summary = run_batch([str(dump)], out, options=BatchOptions(chunk_articles=1, shard_articles=2))
    assert [Path(p).name for p in summary.outputs] == [
        "claims-00000.jsonl",
        "claims-00001.jsonl",
        "claims-00002.jsonl",
    ]
    assert sum(len(read_jsonl(Path(p))) for p in summary.outputs) == 10


def test_killed_run_resumes_to_the_same_output(tmp_path):
    """SIGKILL mid-run, rerun with the same arguments: no article missing, none doubled."""
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(jsonl_lines(30)) + "\n", encoding="utf-8")
    reference = tmp_path / "reference.jsonl"
    run_batch([str(dump)], reference, options=BatchOptions(chunk_articles=1))
    out = tmp_path / "claims.jsonl"
    command = [
        str(Path(sys.executable).parent / "extract"),
        "batch",
        str(dump),
        "-o",
        str(out),
        "-j",
        "1",
        "--chunk-articles",
        "1",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parts = out.with_name(out.name + ".parts")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(parts.glob("*.claims.jsonl"))) < 3:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done = len(list(parts.glob("*.claims.jsonl")))
    assert 3 <= done < 30, "the run was not stopped mid-way"
    assert not out.exists()
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stderr.strip().splitlines()[-1])["resumed_chunks"] >= done
    assert out.read_bytes() == reference.read_bytes()


def test_leftover_state_from_another_run_is_an_error(tmp_path):
    from extractor.errors import InputError

    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(jsonl_lines(1)) + "\n", encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    parts = out.with_name(out.name + ".parts")
    parts.mkdir()
    (parts / "run.json").write_text('{"fingerprint": "other"}', encoding="utf-8")
    with pytest.raises(InputError, match="other inputs or options"):
        run_batch([str(dump)], out)


def test_field_names_are_configurable(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        json.dumps({"key": "k1", "article_body": article(5), "pubdate": "2022-01-02"}) + "\n",
        encoding="utf-8",
    )
    fields = FieldNames().with_overrides(text="article_body", id="key", published="pubdate")
    [record] = list(iter_records([str(dump)], fields=fields))
    assert (record.id, record.published, record.error) == ("k1", "2022-01-02", None)


def test_dask_local_cluster_gives_the_same_output(tmp_path):
    pytest.importorskip("dask.distributed")
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(jsonl_lines(4)) + "\n", encoding="utf-8")
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_batch([str(dump)], local, options=BatchOptions(chunk_articles=1))
    run_batch([str(dump)], dask, options=BatchOptions(chunk_articles=1, local_cluster=1))
    assert dask.read_bytes() == local.read_bytes()


class _HangsOnMarker:
    """An extractor that hangs on one article (as a pathological input might)."""

    def __call__(self, text, *, published=None, doc_id=None):
        if "HANG" in text:
            time.sleep(60)
        return []


def test_an_article_over_the_time_limit_is_an_error_and_the_run_goes_on(tmp_path, monkeypatch):
    import extractor.pipeline

    monkeypatch.setattr(extractor.pipeline, "default_extractor", lambda model: _HangsOnMarker())
    dump = tmp_path / "dump.jsonl"
    lines = jsonl_lines(3)
    lines[1] = json.dumps({"id": "slow", "text": "HANG on this one"})
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    started = time.perf_counter()
    summary = run_batch(
        [str(dump)], out, options=BatchOptions(chunk_articles=3, article_timeout=0.5)
    )
    assert time.perf_counter() - started < 30
    assert (summary.articles, summary.errors) == (3, 1)
    [error] = read_jsonl(Path(summary.errors_file))
    assert error["id"] == "slow"
    assert error["reason"] == "timed out after 0.5 s"


def test_time_limit_leaves_no_alarm_behind():
    from extractor.batch.worker import time_limit

    previous = signal.getsignal(signal.SIGALRM)
    with time_limit(5):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is previous


class _SlowFinaliser:
    """An object whose __del__ outlasts the time limit: an alarm raised in it is dropped."""

    def __del__(self):
        time.sleep(0.4)


def test_time_limit_still_cuts_when_the_first_alarm_lands_in_a_finaliser():
    from extractor.batch.worker import ArticleTimeout, time_limit

    started = time.monotonic()
    with pytest.raises(ArticleTimeout), time_limit(0.2):
        _SlowFinaliser()  # dropped at once: the first alarm rings inside its __del__
        time.sleep(5)
    assert time.monotonic() - started < 2
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_time_limit_raises_when_the_block_ends_after_a_dropped_alarm():
    from extractor.batch.worker import ArticleTimeout, time_limit

    with pytest.raises(ArticleTimeout), time_limit(0.2):
        _SlowFinaliser()  # the alarm is dropped; the block ends before the next one


@pytest.mark.parametrize(
    "option, value, expected",
    [
        # typer checks the minimum (min=): its message names the option and the range
        ("--article-timeout", "-1", "Invalid value for '--article-timeout'"),
        ("--chunk-articles", "0", "Invalid value for '--chunk-articles'"),
    ],
)
def test_bad_batch_options_name_the_option(tmp_path, option, value, expected):
    from typer.testing import CliRunner

    from extractor.cli import app
    from extractor.cli.errors import EXIT_USAGE

    result = CliRunner().invoke(
        app,
        ["batch", str(tmp_path / "dump.jsonl"), "-o", str(tmp_path / "out.jsonl"), option, value],
    )
    assert result.exit_code == EXIT_USAGE
    assert expected in result.stderr


def _bad_lexicons():
    from extractor.errors import ModelError

    raise ModelError("cue_verbs.v1.txt: unknown flag 'pasive' (models/lexicons)")


def test_bad_lexicons_exit_4_before_any_input_is_read(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import extractor.resources
    from extractor.cli import app
    from extractor.cli.errors import EXIT_MODEL

    monkeypatch.setattr(extractor.resources, "load_resources", _bad_lexicons)
    missing = tmp_path / "missing.jsonl"  # read first, this would be exit 1 "no such file"
    out = tmp_path / "claims.jsonl"
    result = CliRunner().invoke(app, ["batch", str(missing), "-o", str(out), "-j", "1"])
    assert result.exit_code == EXIT_MODEL
    assert result.stderr.splitlines() == [
        "extract: error: cue_verbs.v1.txt: unknown flag 'pasive' (models/lexicons)"
    ]
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_run_batch_loads_the_lexicons_before_reading_input(tmp_path, monkeypatch):
    import extractor.batch.runner
    from extractor.errors import ModelError

    monkeypatch.setattr(extractor.batch.runner, "load_resources", _bad_lexicons)
    with pytest.raises(ModelError, match="unknown flag"):
        run_batch([str(tmp_path / "missing.jsonl")], tmp_path / "claims.jsonl")


def test_fingerprint_changes_with_the_package_version_and_the_lexicons(monkeypatch):
    import extractor.batch.options

    options = BatchOptions()
    base = options.fingerprint(["dump.jsonl"], lexicons="aaa")
    assert options.fingerprint(["dump.jsonl"], lexicons="aaa") == base
    assert options.fingerprint(["dump.jsonl"], lexicons="bbb") != base
    monkeypatch.setattr(extractor.batch.options, "version", lambda package: "999.0")
    assert options.fingerprint(["dump.jsonl"], lexicons="aaa") != base


def test_fingerprint_changes_with_the_models(monkeypatch):
    import extractor.batch.options as batch_options

    options = BatchOptions()
    base = options.fingerprint(["dump.jsonl"], lexicons="aaa", models="ranker v1")
    assert options.fingerprint(["dump.jsonl"], lexicons="aaa", models="ranker v1") == base
    assert options.fingerprint(["dump.jsonl"], lexicons="aaa", models="ranker v2") != base
    # By default the packaged model files' bytes are hashed: other bytes, another run.
    packaged = options.fingerprint(["dump.jsonl"], lexicons="aaa")
    monkeypatch.setattr(batch_options, "MODEL_FILES", ("speaker_ranker.v1.json",))
    assert options.fingerprint(["dump.jsonl"], lexicons="aaa") != packaged


def test_the_models_fingerprint_hashes_the_files_the_stages_load():
    from extractor.batch.options import MODEL_FILES, models_fingerprint
    from extractor.stages.attribution.ranker.model import MODEL_FILE as RANKER_FILE
    from extractor.stages.attribution.resolver.model import MODEL_FILE as RESOLVER_FILE

    assert set(MODEL_FILES) == {RANKER_FILE, RESOLVER_FILE}
    assert models_fingerprint() == models_fingerprint()
    assert len(models_fingerprint()) == 16


def test_a_run_left_by_other_lexicons_is_not_resumed(tmp_path, monkeypatch):
    from extractor.errors import InputError
    from extractor.resources import load_resources

    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(jsonl_lines(1)) + "\n", encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    parts = out.with_name(out.name + ".parts")
    parts.mkdir()
    fingerprint = BatchOptions().fingerprint([str(dump)], lexicons="lexicons of another day")
    (parts / "run.json").write_text(json.dumps({"fingerprint": fingerprint}), encoding="utf-8")
    assert fingerprint != BatchOptions().fingerprint(
        [str(dump)], lexicons=load_resources().fingerprint
    )
    with pytest.raises(InputError, match="its lexicons"):
        run_batch([str(dump)], out)


def test_atomic_write_leaves_nothing_behind_when_it_fails(tmp_path):
    from extractor.batch.writers import write_text_atomic
    from extractor.errors import InputError

    target = tmp_path / "taken"
    target.mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(InputError, match="cannot be written"):
        write_text_atomic(target, "claims\n")
    assert list(tmp_path.iterdir()) == [target]
    assert list(target.iterdir()) == []
    written = tmp_path / "claims.jsonl"
    write_text_atomic(written, "é\n")
    assert written.read_bytes() == "é\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl", "taken"]


def test_output_in_a_folder_that_does_not_exist_yet_is_created(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text('{"id": 1, "text": \n', encoding="utf-8")  # one malformed record
    output = tmp_path / "new" / "folder" / "claims.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "extractor.cli", "batch", str(dump), "-o", str(output), "-j", "1"],
        capture_output=True,
        text=True,
    )
    assert "cannot be written" not in result.stderr
    errors = output.with_name(output.name + ".errors.jsonl").read_text(encoding="utf-8")
    assert "malformed JSON" in errors
