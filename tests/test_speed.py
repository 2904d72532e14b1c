"""Start-up work (issue #13): what is imported and built on the way to one article, and the
speed benchmarks' own bookkeeping. Speed itself is measured by `extract bench startup`,
`throughput` and `profile`, never by timed tests (STYLE.md)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from extractor.bench.profile import TIMED, _patched, _resolve, _Timers
from extractor.bench.startup import _time_process


def test_the_command_line_imports_no_slow_library_it_may_not_need():
    code = (
        "import sys, extractor.cli, extractor.pipeline, extractor.batch.runner; "
        "print(' '.join(sorted(m for m in ('inflect', 'typeguard', 'quantulum3', 'dateparser',"
        " 'trafilatura') if m in sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    assert done.stdout.strip() == ""


def test_one_article_imports_no_library_it_does_not_need():
    # `extract FILE` on a plain-text article: no desk (FastAPI), no queue store, no
    # scikit-learn (quantulum3 probes for it at import), no trafilatura.
    code = (
        "import sys\n"
        "from extractor.cli import app\n"
        "import extractor.queue\n"
        "assert not {'fastapi', 'extractor.desk', 'extractor.queue.store'} & set(sys.modules)\n"
        "from extractor.adapters.quantulum import parse_text\n"
        "from extractor.resources import load_resources\n"
        "print(len(parse_text('It weighs 10 pounds.', resources=load_resources())))\n"
        "print(' '.join(sorted(m for m in ('sklearn', 'joblib', 'fastapi', 'trafilatura',"
        " 'extractor.desk', 'extractor.queue.store', 'extractor.queue.feed') if m in sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    assert done.stdout.split("\n")[:2] == ["1", ""]


def test_quantulum3_leaves_joblib_importable_and_an_imported_one_in_place():
    code = (
        "import sys\n"
        "from extractor.adapters.quantulum_import import load_parser\n"
        "load_parser()\n"
        "from quantulum3 import classifier\n"
        "assert 'joblib' not in sys.modules and classifier.USE_CLF is False\n"
        "import joblib\n"
        "print(joblib.__name__)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    assert done.stdout.strip() == "joblib"
    code = (
        "import sys, joblib\n"
        "from extractor.adapters.quantulum_import import load_parser\n"
        "load_parser()\n"
        "print(sys.modules['joblib'] is joblib)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    assert done.stdout.strip() == "True"


def test_queue_names_are_imported_on_first_use():
    import extractor.queue as queue
    from extractor.queue.store import open_queue

    assert queue.open_queue is open_queue
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        queue.nothing  # noqa: B018


def test_inflect_comes_without_instrumentation_and_typeguard_is_left_as_it_was():
    code = (
        "import typeguard; before = typeguard.typechecked\n"
        "from extractor.adapters.inflect import inflect\n"
        "engine = inflect.engine()\n"
        "assert typeguard.typechecked is before\n"
        "assert not hasattr(inflect.engine.plural, '__wrapped__')\n"
        "print(engine.plural('boss'), engine.singular_noun('soldiers'), "
        "engine.singular_noun('Congress'), engine.number_to_words(21))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    assert done.stdout.split() == ["bosses", "soldier", "False", "twenty-one"]


def test_inflect_is_imported_without_loading_typeguard_and_leaves_the_real_one_importable():
    code = (
        "import sys\n"
        "from extractor.adapters.inflect import inflect\n"
        "assert 'typeguard' not in sys.modules\n"
        "assert not hasattr(inflect.engine.plural, '__wrapped__')\n"
        "import typeguard\n"
        "assert hasattr(typeguard, 'check_type') and typeguard.typechecked.__module__ != "
        "'extractor.adapters.inflect'\n"
        "print(inflect.engine().plural('boss'), inflect.engine().singular_noun('Congress'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    assert done.stdout.split() == ["bosses", "False"]


def test_the_sentence_splitter_shares_the_pipelines_vocab_and_splits_like_a_loaded_senter(nlp):
    import spacy

    from extractor.nlp import DEFAULT_MODEL, build_nlp, build_sentencizer

    sentencizer = build_sentencizer()
    assert sentencizer.vocab is build_nlp().vocab
    assert sentencizer.pipe_names == ["senter", "cap_sentence_length"]
    others = [name for name in build_nlp().component_names if name != "senter"]
    loaded = spacy.load(DEFAULT_MODEL, exclude=others)
    loaded.enable_pipe("senter")
    texts = [
        "The mayor said 40 homes were damaged. About 1,200 people left the coast on Monday.",
        '"We counted 3 boats," Smith said. "Another 40 are missing." Police declined to comment',
        "U.S. officials said Mr. Biden met 2 leaders at 3 p.m. on Jan. 5 in Washington, D.C.",
    ]
    for text in texts:
        expected = [(s.start_char, s.end_char) for s in loaded(text).sents]
        assert [(s.start_char, s.end_char) for s in sentencizer(text).sents] == expected


def test_profile_timers_count_each_stage_without_its_timed_callees():
    timers = _Timers()
    inner = timers.wrap("inner", lambda: sum(range(200_000)))
    outer = timers.wrap("outer", lambda: [inner() for _ in range(3)])
    outer()
    assert set(timers.seconds) == {"inner", "outer"}
    assert timers.seconds["inner"] > 0
    assert timers.seconds["outer"] < timers.seconds["inner"]


def test_profile_patches_every_stage_and_restores_them():
    owners = [(_resolve(owner), attribute) for owner, attribute, _ in TIMED]
    before = [getattr(owner, attribute) for owner, attribute in owners]
    with _patched(_Timers()):
        assert all(
            getattr(owner, attribute) is not original
            for (owner, attribute), original in zip(owners, before, strict=True)
        )
    assert [getattr(owner, attribute) for owner, attribute in owners] == before


def test_startup_timing_reports_a_failed_process():
    seconds, peak_rss_mb = _time_process([sys.executable, "-c", "pass"])
    assert seconds > 0 and peak_rss_mb > 0
    with pytest.raises(RuntimeError, match="exited 3"):
        _time_process([sys.executable, "-c", "import sys; sys.exit(3)"])


def test_the_resident_extractor_is_the_default_one_warmed_and_frozen_once():
    import gc

    from extractor.nlp import DEFAULT_MODEL
    from extractor.pipeline import WARM_UP_TEXT, default_extractor, resident_extractor

    # The batch worker asks for default_extractor(model): the same object, already warm.
    extractor = resident_extractor(DEFAULT_MODEL)
    assert extractor is default_extractor(DEFAULT_MODEL)
    assert resident_extractor(DEFAULT_MODEL) is extractor
    assert gc.get_freeze_count() > 0
    assert [claim.quantity.text for claim in extractor(WARM_UP_TEXT)] == ["about 5", "3%"]


def test_the_batch_extractor_has_quantulum3s_training_words_loaded_before_forking():
    from extractor.adapters.quantulum_disambiguate import _word_index
    from extractor.nlp import DEFAULT_MODEL
    from extractor.pipeline import batch_extractor, resident_extractor

    extractor = batch_extractor(DEFAULT_MODEL)
    assert extractor is resident_extractor(DEFAULT_MODEL)
    assert _word_index.cache_info().currsize == 1


def test_the_lazy_command_groups_are_listed_and_run():
    from typer.testing import CliRunner

    from extractor.cli import app

    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.output.split("Commands:")[1].splitlines()[1:8]]
    assert listed == ["file", "score", "batch", "bench", "queue", "desk", "train"]
    for group in ("queue", "desk", "train"):
        result = CliRunner().invoke(app, [group, "--help"])
        assert result.exit_code == 0
        assert f" {group} [OPTIONS] COMMAND [ARGS]..." in result.output.splitlines()[0]
