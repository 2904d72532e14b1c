"""Same input, same bytes, in every process: output does not depend on PYTHONHASHSEED.

quantulum3 builds its regular expressions from sets, so their alternation order (and
with it what "35 percent tax" reads as) followed the process's hash seed; the adapter
fixes the order. Each run is a fresh process, as a user's runs are.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import SEED_ARTICLE

# Seeds under which quantulum3's set order differed before the adapter fixed it.
HASH_SEEDS = ("0", "4", "11")
SENTENCES = (
    "The 35 percent tax was cut, officials said.\n\n"
    "Prices rose 10 to 20 percent, or 5 +/- 2 kg a day, minus 5 degrees."
)


def _run(seed: str, *args: str, stdin: str | None = None) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    command = [sys.executable, "-m", "extractor.cli", *args]
    result = subprocess.run(
        command, input=stdin.encode() if stdin else None, capture_output=True, env=env, check=True
    )
    return result.stdout


@pytest.mark.slow
def test_output_does_not_depend_on_the_hash_seed():
    outputs = {
        seed: _run(seed, "-", "--published", "2022-11-10", stdin=SENTENCES) for seed in HASH_SEEDS
    }
    assert b"35 percent" in outputs["0"]
    assert len(set(outputs.values())) == 1, outputs


@pytest.mark.slow
def test_seed_article_same_bytes_under_two_hash_seeds():
    first, second = (
        _run(seed, str(SEED_ARTICLE), "--published", "2022-11-10") for seed in HASH_SEEDS[:2]
    )
    assert first == second


@pytest.mark.slow
def test_batch_same_bytes_under_two_hash_seeds_and_any_jobs(tmp_path):
    articles = [
        {"id": f"a{i}", "published": "2022-11-10", "text": text}
        for i, text in enumerate([SENTENCES, SEED_ARTICLE.read_text(encoding="utf-8")] * 2)
    ]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(article) + "\n" for article in articles))
    outputs = set()
    for seed, jobs in (("0", "1"), ("4", "2")):
        out = tmp_path / f"claims-{seed}-{jobs}.jsonl"
        _run(seed, "batch", str(dump), "-o", str(out), "-j", jobs, "--chunk-articles", "1")
        outputs.add(out.read_bytes())
    assert len(outputs) == 1 and b"35 percent" in outputs.pop()
