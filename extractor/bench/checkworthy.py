"""Check-worthiness (CLEF 2018 CheckThat! task 1): does the ranking agree with fact-checkers?

Data: ``checkworthy/clef2018-*.tsv``, three 2016 US debates, one sentence a line with a
fact-checker's label (``extractor/checkworthy/debates.py``). Each debate becomes an article
of ``Speaker: sentence`` paragraphs and is run through the extractor; every claim maps back
to its line. Leave-one-debate-out: the model is trained on two debates (any setting its
config leaves to choose is chosen by leave-one-out within those two) and scores the third.
Measured per debate and as the mean:

- **MAP, all sentences**: every line ranked by the highest score of its claims, lines
  without a claim score 0, ties in line order (CLEF's official measure ranks every line);
- **AUC, claim sentences**: among lines holding a claim, check-worthy vs the rest.

Beside the model (v8: v6's regression, its set of C and the asker rule chosen inside the
training debates, so its figure is nested; the askers of the scored debate are read from
its own records, as the queue reads them from an article's): the queue's ranking of the
same records; v7, the model it replaces (its set of C chosen, no rule); the queue's
hand-written score
(``extractor/queue/ranking.py``) of each claim as a single-appearance item on its debate's
day (the claim-model part left out); and claim-first (1 for a line with a claim). The
table's ``acc`` column holds the measure the row names (MAP or AUC). The notes give each
system's MAP with its 95% interval over resampled lines and v8's paired gains
(``extractor/checkworthy/uncertainty.py``): three debates move by a few hundredths when a
handful of lines do, and a figure is read against that spread.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..checkworthy.debates import DATA_DIR, find_debates
from ..checkworthy.evaluate import LabelledDebate, claim_ceiling, measure, sentence_scores
from ..checkworthy.model import Example
from ..checkworthy.selection import leave_one_debate_out
from ..checkworthy.train import (
    SHIPPED_CONFIG_NAME,
    V7_CONFIG_NAME,
    load_config,
    load_labelled,
)
from ..checkworthy.uncertainty import DRAWS, SEED, interval, resampled_maps
from ..queue.handwritten import hand_features, handwritten_score
from .result import BenchResult, Row

MODEL_SYSTEM = "checkworthy.v8"
QUEUE_SYSTEM = "queue"
PREVIOUS_SYSTEM = "checkworthy.v7"
HAND_SYSTEM = "hand-written"
CLAIM_FIRST = "claim-first"


def available(root: Path) -> bool:
    """True when ``root/checkworthy/clef2018-*.tsv`` exist."""
    return bool(find_debates(root))


def handwritten_scores(examples: Sequence[Example]) -> list[float]:
    """The queue's hand-written score of each claim as a one-appearance item, as of its day."""
    scores = []
    for example in examples:
        features = hand_features(example.claim)
        scores.append(handwritten_score(features, as_of=example.claim.published))
    return scores


def queue_scores(labelled: LabelledDebate, model) -> list[float]:
    """Each line's score through the queue, as a checker's queue ranks it: the debate's
    records fed to a new queue (``extract queue add``) scored with ``model``; a line takes
    the highest score of the items that appear in it (0 without one). The queue merges a
    claim said again into one item, scored by the mean of its appearances."""
    import tempfile

    from ..checkworthy.debates import debate_article
    from ..checkworthy.score import scoring_with
    from ..queue.store import open_queue

    article = debate_article(labelled.debate)
    scores = [0.0] * len(labelled.debate.lines)
    with tempfile.TemporaryDirectory() as folder, scoring_with(model):
        queue = open_queue(Path(folder) / "queue.db", create=True)
        try:
            queue.add_claims(claim for found in labelled.claims for claim in found)
            for item in queue.iter_items():
                for appearance in item.appearances:
                    line = article.line_of(appearance.claim.quantity.start_char)
                    if line is not None:
                        scores[line] = max(scores[line], item.score)
        finally:
            queue.close()
    return scores


def claim_first_scores(examples: Sequence[Example]) -> list[float]:
    return [1.0] * len(examples)


def run(root: Path, *, extractor, limit: int | None = None, detail: bool = False) -> BenchResult:
    """Leave-one-debate-out scores of the model, the hand-written score and claim-first."""
    started = time.perf_counter()
    debates = load_labelled(Path(root), extractor)[:limit]
    config = load_config(name=SHIPPED_CONFIG_NAME)
    previous = load_config(name=V7_CONFIG_NAME)
    seed = int(config["seed"])
    by_system: dict[str, list[dict[str, float | None]]] = {}
    scored: dict[str, list[list[float]]] = {}
    details: list[str] = []
    before = leave_one_debate_out(debates, config=previous, seed=int(previous["seed"]))
    after = leave_one_debate_out(debates, config=config, seed=seed)
    for (held_out, model), (_, old_model) in zip(after, before, strict=True):
        systems = {
            MODEL_SYSTEM: sentence_scores(held_out, model.score_articles),
            QUEUE_SYSTEM: queue_scores(held_out, model),
            PREVIOUS_SYSTEM: sentence_scores(held_out, old_model.score_articles),
            HAND_SYSTEM: sentence_scores(held_out, handwritten_scores),
            CLAIM_FIRST: sentence_scores(held_out, claim_first_scores),
        }
        for system, scores in systems.items():
            by_system.setdefault(system, []).append(measure(held_out, scores))
            scored.setdefault(system, []).append(scores)
        if detail:
            details += _top_lines(held_out, systems[MODEL_SYSTEM], model.training)
    seconds = time.perf_counter() - started
    names = [labelled.debate.name.removeprefix("clef2018-") for labelled in debates]
    return BenchResult(
        name="checkworthy",
        documents=len(debates),
        seconds=seconds,
        rows=_rows(by_system, names, debates),
        notes=_notes(debates) + _spread_notes(scored, debates),
        details=details,
    )


def _rows(by_system, names: list[str], debates: list[LabelledDebate]) -> list[Row]:
    rows = []
    supports = {
        "map": [len(labelled.debate.lines) for labelled in debates],
        "auc": [sum(map(bool, labelled.claims)) for labelled in debates],
    }
    for key, measure_name in (("map", "MAP, all sentences"), ("auc", "AUC, claim sentences")):
        for index, name in [*enumerate(names), (None, "mean")]:
            for system, measured in by_system.items():
                if index is None:
                    values = [m[key] for m in measured if m[key] is not None]
                    value = float(np.mean(values)) if values else None
                    support = sum(supports[key])
                else:
                    value, support = measured[index][key], supports[key][index]
                rows.append(
                    Row(
                        system=system,
                        measure=f"{measure_name} ({name})",
                        accuracy=value,
                        support=support,
                    )
                )
    return rows


def _notes(debates: list[LabelledDebate]) -> list[str]:
    positives = sum(sum(labelled.debate.labels) for labelled in debates)
    with_claim = sum(
        line.label and bool(found)
        for labelled in debates
        for line, found in zip(labelled.debate.lines, labelled.claims, strict=True)
    )
    ceilings = [claim_ceiling(labelled) for labelled in debates]
    return [
        "acc column: the measure the row names (MAP over every line; AUC among lines with a "
        "claim; claim-first's AUC is 0.5 by construction).",
        f"{positives} check-worthy lines, {with_claim} of them with an extracted claim; lines "
        "without a claim score 0 (ties in line order).",
        "Ceiling of any ranking of claims (check-worthy claim lines first): MAP "
        + ", ".join(f"{c:.3f}" for c in ceilings)
        + (f" (mean {np.mean(ceilings):.3f})." if ceilings else "."),
        f"Models: trained on the other debates ({DATA_DIR}/ data is never trained on in the "
        f"fold it scores); {MODEL_SYSTEM}: one regression over n-grams and record features, "
        "averaged over a set of C chosen by leave-one-out MAP inside the training debates; "
        f"{QUEUE_SYSTEM}: the same model's records fed to a new queue, each line scored by "
        "its items' ranking scores (claims said again merge into one item); "
        f"{PREVIOUS_SYSTEM}: the same regression over one fixed set of C.",
    ]


def _spread_notes(scored: dict[str, list[list[float]]], debates: list[LabelledDebate]) -> list[str]:
    """Each system's MAP interval over resampled lines, and v8's paired gains over the
    model it replaces and over the hand-written score."""
    if not scored:
        return []
    maps = resampled_maps(scored, [labelled.debate.labels for labelled in debates])
    spreads = "; ".join(f"{name} {interval(values).text()}" for name, values in maps.items())
    notes = [
        f"MAP, 95% interval over {DRAWS} resamplings of each debate's lines (seed {SEED}; "
        f"the same draws for every system): {spreads}."
    ]
    for other in (PREVIOUS_SYSTEM, HAND_SYSTEM):
        gain = interval(maps[MODEL_SYSTEM] - maps[other])
        notes.append(
            f"{MODEL_SYSTEM} minus {other}, paired on the same draws: "
            f"{gain.text(signed=True)}, above 0 in {gain.share_above_zero:.0%} of draws."
        )
    return notes


def _top_lines(labelled: LabelledDebate, scores: list[float], training) -> list[str]:
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:20]
    lines = [f"{labelled.debate.name}: C={training.get('C')}, top 20 lines"]
    for index in order:
        line = labelled.debate.lines[index]
        lines.append(f"  {scores[index]:.3f} [{line.label}] {line.speaker}: {line.text[:100]}")
    return lines
