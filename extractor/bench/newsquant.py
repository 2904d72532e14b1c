"""NewsQuant (Almasian et al., EMNLP 2023): quantities in single news sentences.

Gold (``newsquant/dev.json``): a list of ``{"text", "quantities": [{"value", "change",
"unit", "normalized_unit", "referred_concepts"}]}``. How it is scored here:

- **Matching.** Within a sentence, predicted and gold quantities are paired one-to-one by
  value: relative error under 0.5% (CLAIM-SPEC, Scoring). Each gold quantity, in file
  order, takes the first unused prediction whose value matches, preferring one whose unit
  also matches. Unmatched predictions are false positives, unmatched gold misses.
- **Ranges, strictly.** NewsQuant writes a range as ``"LOW-HIGH"`` in ``value`` (as
  CQE_Evaluation's ``decode_dictionary`` reads it: a ``-`` that is not a sign and not in
  an exponent; the high end may be lower, "from $36,040 to $34,935"). A range matches only
  a predicted range with both ends right, in either order; a midpoint never matches.
- **Units.** Both sides are mapped to NewsQuant's ``normalized_unit`` names (currency
  codes to "dollar", "pound sterling", ...; "percent" to "percentage"; "percentage point"
  to "point"). NewsQuant uses the counted noun as the unit of a count ("13000 workers" ->
  "worker"); we leave counts unitless and name the noun in ``about.entity``. So a
  prediction without a unit matches gold "-", "count", or a gold unit whose last word is
  the singular of the entity's head (its last word: "shipping containers" -> container);
  a "fraction" matches NewsQuant's "% ..." fractions. NewsQuant's bare "unit" ("sales of
  5835 units", "a gross is 144 units") names no measure, only that items are counted: it
  is read as a count, as "-" is (CLAIM-SPEC: a plain count has no unit).
- **Bound.** ``change`` ``=`` ``~`` ``<`` ``>`` map to exact, approx, upper, lower
  (a gold range with ``=`` is our ``range``). ``up``/``down`` mark trends ("rose 60%"),
  which our bound does not describe: they are left out of value+bound, and reported as
  their own recall row.
- **Concepts.** As CQE_Evaluation's ``concepts_match``: gold ``referred_concepts`` is
  split on commas and whitespace; ours are the words of ``about.text`` (``["-"]`` when
  empty, as CQE's tagger does); both lowercased. Partial: the sets share a word.
  Complete: same number of words and all gold words found. Scored twice: on the words
  of ``about.text`` ("concept"), and on the words of ``about.entity`` + ``qualifiers`` +
  ``property`` only ("e+q+p"), the fields a user reads (issue #10).
- **quantulum3 baseline.** quantulum3's own parse (a range is its mean, as the library
  returns it), scored by the same code: shows what the adapter and rules add.
- **Folds.** A held-in check against fitting rules to dev sentences: each sentence falls
  in fold A or B by a hash of its text (fixed, independent of file order); the
  extractor's value, value+unit, value+bound and concept partial (about.text, e+q+p;
  issue #10) rows are repeated per fold. A change that helps one fold and hurts the
  other is not general.
- **CQE.** Run out of process (``cqe.py``; GPL-3.0), scored by the same code.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from ..adapters.quantulum import parse_plain
from ..text.units import normalise_unit
from .cqe import CQE_ENV, run_cqe
from .result import BenchResult, Row, prf

DATA_DIR = "newsquant"
GOLD_FILE = "dev.json"
REL_TOLERANCE = 0.005  # CLAIM-SPEC, Scoring: relative error under 0.5%

CHANGE_TO_BOUND = {"=": "exact", "~": "approx", "<": "upper", ">": "lower"}
TRENDS = frozenset({"up", "down"})
# Our units (ISO currency codes, quantulum3 names) in NewsQuant's normalized_unit names.
UNIT_NAMES = {
    "usd": "dollar",
    "gbp": "pound sterling",
    "eur": "euro",
    "jpy": "japanese yen",
    "cny": "chinese yuan",
    "rmb": "chinese yuan",
    "inr": "indian rupee",
    "aud": "australian dollar",
    "cad": "canadian dollar",
    "hkd": "hong kong dollar",
    "myr": "malaysian ringgit",
    "ils": "shekel",
    "chf": "swiss franc",
    "krw": "south korean won",
    "percent": "percentage",
    "percentage point": "point",
    "united states dollar": "dollar",
    "per cent": "percentage",
    "degree angle": "degree",
    "degree temperature": "degree",  # no scale stated: NewsQuant's bare "degree"
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
    "minute of arc": "minute",
    "second of arc": "second",
    "tonne": "metric ton",
    "square foot": "square feet",
    "penny": "point",  # NewsQuant writes UK pence ("200p", share prices) as "point"
    "dimensionless": "-",
    "count": "-",
    "unit": "-",  # "sales of 5835 units": NewsQuant's generic counted noun, a plain count
}
NO_UNIT = frozenset({"-", "count"})
_WORD = re.compile(r"[,\s]+")


@dataclass(frozen=True)
class Quantity:
    """One side of a pair: a value or a (low, high) range, and what scoring needs."""

    value: float | None
    low: float | None
    high: float | None
    unit: str  # NewsQuant normalized_unit spelling; "-" for none
    bound: str | None  # ours: exact/approx/lower/upper/range; gold: mapped change or a trend
    entity: str | None
    concepts: frozenset[str]
    text: str = ""
    fields: frozenset[str] = frozenset({"-"})  # words of entity + qualifiers + property


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    value: int = 0
    unit: int = 0
    bound: int = 0
    bound_gold: int = 0
    bound_predicted: int = 0
    trend_gold: int = 0
    trend_found: int = 0
    concept_partial: int = 0
    concept_complete: int = 0
    fields_partial: int = 0
    fields_complete: int = 0


def available(root: Path) -> bool:
    """True when ``root/newsquant/dev.json`` exists."""
    return (Path(root) / DATA_DIR / GOLD_FILE).is_file()


def load_gold(path: Path) -> list[tuple[str, list[Quantity]]]:
    """Sentences and their gold quantities from a NewsQuant JSON file."""
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    return [
        (record["text"], [_gold_quantity(q) for q in record["quantities"]]) for record in records
    ]


def run(root: Path, *, extractor, limit: int | None = None, detail: bool = False) -> BenchResult:
    """Score the extractor, a quantulum3-only baseline and (optionally) CQE on NewsQuant."""
    sentences = load_gold(Path(root) / DATA_DIR / GOLD_FILE)[:limit]
    details: list[str] = []
    notes = [
        "Matched one-to-one by value (rel. error < 0.5%); ranges need both ends; "
        "value+bound leaves out up/down trend gold (own recall row).",
        "Units: counts match gold '-' or the counted noun (about.entity); concepts: word overlap "
        "as CQE_Evaluation (partial: any word; complete: same word set).",
    ]
    rows: list[Row] = []

    started = time.perf_counter()
    ours = [[_predicted(claim) for claim in extractor(text)] for text, _ in sentences]
    seconds = time.perf_counter() - started
    rows += _rows("extractor", sentences, ours, details if detail else None)
    rows += _fold_rows(sentences, ours)

    rows += _rows("quantulum3", sentences, [_quantulum_plain(text) for text, _ in sentences], None)

    cqe, why = _run_cqe([text for text, _ in sentences])
    if cqe is None:
        notes.append(f"CQE row skipped: {why}")
    else:
        rows += _rows("CQE 2.0.3", sentences, cqe, None)
        notes.append(f"CQE run via ${CQE_ENV} in a subprocess ({why}).")
    notes.append(f"extractor: {seconds:.1f} s for {len(sentences)} sentences.")
    return BenchResult(
        name="newsquant",
        documents=len(sentences),
        seconds=seconds,
        rows=rows,
        notes=notes,
        details=details,
    )


# -- gold and predictions -------------------------------------------------------------


def _gold_quantity(raw: dict) -> Quantity:
    low, high, value = None, None, None
    text = str(raw["value"]).strip()
    if "e" not in text.lower() and not text.startswith("-") and "-" in text:
        first, second = (float(part) for part in text.split("-", 1))
        low, high = min(first, second), max(first, second)
    else:
        value = float(text)
    change = raw.get("change", "=")
    bound = change if change in TRENDS else CHANGE_TO_BOUND.get(change, "exact")
    if low is not None and bound == "exact":
        bound = "range"
    concepts = frozenset(
        w.lower() for w in _WORD.split(str(raw.get("referred_concepts", "-")).strip()) if w
    )
    return Quantity(
        value,
        low,
        high,
        _unit_name(raw.get("normalized_unit")),
        bound,
        None,
        concepts,
        raw.get("unit", ""),
    )


def _predicted(claim) -> Quantity:
    q = claim.quantity
    about = claim.about
    fields = " ".join([about.entity or "", *about.qualifiers, about.property or ""])
    return Quantity(
        q.value,
        q.low,
        q.high,
        _unit_name(q.unit),
        q.bound,
        about.entity,
        _words(about.text),
        q.text,
        _words(fields),
    )


def _words(text: str | None) -> frozenset[str]:
    """Lowercased words split on commas and whitespace; ``{"-"}`` when there are none."""
    return frozenset(w.lower() for w in _WORD.split(text or "") if w) or frozenset({"-"})


def _quantulum_plain(text: str) -> list[Quantity]:
    return [
        Quantity(
            hit.value, None, None, _unit_name(hit.unit), "exact", None, frozenset({"-"}), hit.text
        )
        for hit in parse_plain(text)
    ]


def _unit_name(unit: str | None) -> str:
    unit = normalise_unit(unit)
    if not unit:
        return "-"
    name = unit.lower()
    # A rate ("USD per barrel") maps part by part: "dollar per barrel".
    return " per ".join(UNIT_NAMES.get(part, part) for part in name.split(" per "))


def fold_of(text: str) -> str:
    """ "A" or "B": the sentence's fold, from a hash of its text (stable across runs)."""
    return "AB"[hashlib.sha256(text.encode("utf-8")).digest()[0] % 2]


_FOLD_MEASURES = ("value", "value+unit", "value+bound (no trends)")
_FOLD_MEASURES += ("value+concept partial", "value+concept e+q+p partial")  # issue #10


def _fold_rows(sentences, predictions) -> list[Row]:
    """The extractor's main rows on each fold ("extractor fold A", "extractor fold B")."""
    rows = []
    for fold in "AB":
        kept = [i for i, (text, _) in enumerate(sentences) if fold_of(text) == fold]
        part = _rows(
            f"extractor fold {fold}", [sentences[i] for i in kept], [predictions[i] for i in kept]
        )
        rows += [row for row in part if row.measure in _FOLD_MEASURES]
    return rows


# -- scoring --------------------------------------------------------------------------


def _rows(system: str, sentences, predictions, details: list[str] | None = None) -> list[Row]:
    counts = Counts()
    # CQE's lists come back from a subprocess: equal lengths are not guaranteed.
    for (text, gold), predicted in zip(sentences, predictions, strict=False):
        _score_sentence(text, gold, predicted, counts, details)
    rows = []
    for measure, tp in (
        ("value", counts.value),
        ("value+unit", counts.unit),
        ("value+concept partial", counts.concept_partial),
        ("value+concept complete", counts.concept_complete),
        ("value+concept e+q+p partial", counts.fields_partial),
        ("value+concept e+q+p complete", counts.fields_complete),
    ):
        if system == "quantulum3" and measure.startswith("value+concept"):
            continue  # quantulum3 names no concept
        if not system.startswith("extractor") and "e+q+p" in measure:
            continue  # only our records have entity, qualifiers and property
        p, r, f = prf(tp, counts.predicted - tp, counts.gold - tp)
        rows.append(
            Row(system=system, measure=measure, precision=p, recall=r, f1=f, support=counts.gold)
        )
    if system != "quantulum3":
        p, r, f = prf(
            counts.bound, counts.bound_predicted - counts.bound, counts.bound_gold - counts.bound
        )
        rows.insert(
            2,
            Row(
                system=system,
                measure="value+bound (no trends)",
                precision=p,
                recall=r,
                f1=f,
                support=counts.bound_gold,
            ),
        )
    trend_recall = counts.trend_found / counts.trend_gold if counts.trend_gold else None
    rows.append(
        Row(
            system=system,
            measure="value, trend gold (up/down)",
            recall=trend_recall,
            support=counts.trend_gold,
        )
    )
    return rows


def _score_sentence(
    text: str, gold: list[Quantity], predicted: list[Quantity], counts: Counts, details
) -> None:
    counts.gold += len(gold)
    counts.predicted += len(predicted)
    pairs = _match(gold, predicted)
    matched_predicted = {j for _, j in pairs}
    trend_predicted = {j for i, j in pairs if gold[i].bound in TRENDS}
    counts.bound_gold += sum(g.bound not in TRENDS for g in gold)
    counts.bound_predicted += len(predicted) - len(trend_predicted)
    counts.trend_gold += sum(g.bound in TRENDS for g in gold)
    for i, j in pairs:
        g, p = gold[i], predicted[j]
        counts.value += 1
        counts.unit += _unit_matches(g, p)
        if g.bound in TRENDS:
            counts.trend_found += 1
        else:
            counts.bound += g.bound == p.bound
        shared = g.concepts & p.concepts
        counts.concept_partial += bool(shared)
        counts.concept_complete += len(shared) == len(g.concepts) == len(p.concepts)
        shared_fields = g.concepts & p.fields
        counts.fields_partial += bool(shared_fields)
        counts.fields_complete += len(shared_fields) == len(g.concepts) == len(p.fields)
        if details is not None and not (
            _unit_matches(g, p) and (g.bound in TRENDS or g.bound == p.bound)
        ):
            details.append(f"WRONG  {text}\n       gold {_show(g)}\n       ours {_show(p)}")
    if details is not None:
        for i, g in enumerate(gold):
            if all(i != gi for gi, _ in pairs):
                details.append(f"MISS   {text}\n       gold {_show(g)}")
        for j, p in enumerate(predicted):
            if j not in matched_predicted:
                details.append(f"FP     {text}\n       ours {_show(p)}")


def _match(gold: list[Quantity], predicted: list[Quantity]) -> list[tuple[int, int]]:
    """One-to-one by value; a prediction with the right unit is preferred."""
    used: set[int] = set()
    pairs = []
    for i, g in enumerate(gold):
        candidates = [j for j, p in enumerate(predicted) if j not in used and _values_match(g, p)]
        if not candidates:
            continue
        j = next((j for j in candidates if _unit_matches(g, predicted[j])), candidates[0])
        used.add(j)
        pairs.append((i, j))
    return pairs


def _values_match(gold: Quantity, predicted: Quantity) -> bool:
    if gold.low is not None:
        return (
            predicted.low is not None
            and _close(gold.low, predicted.low)
            and _close(gold.high, predicted.high)
        )
    return predicted.value is not None and _close(gold.value, predicted.value)


def _close(expected: float, got: float) -> bool:
    return abs(got - expected) <= REL_TOLERANCE * abs(expected) if expected else abs(got) < 1e-9


def _unit_matches(gold: Quantity, predicted: Quantity) -> bool:
    if gold.unit == predicted.unit or gold.unit.split(" of ")[0] == predicted.unit:
        return True  # "barrel of oil" is in barrels
    if predicted.unit == "fraction":
        return gold.unit.startswith("%")
    if predicted.unit != "-":
        return False
    if gold.unit in NO_UNIT:
        return True
    # The counted noun: about.entity, or the noun written inside the quantity ("1.23
    # billion shekels", "40 basis points").
    # The entity's head is its last word ("shipping containers" counts containers).
    nouns = {predicted.entity.split()[-1].lower()} if predicted.entity else set()
    last = predicted.text.split()[-1].lower() if predicted.text.split() else ""
    if last.isalpha():
        nouns.add(last)
    return _singular(gold.unit.split()[-1]) in {_singular(noun) for noun in nouns}


def _singular(word: str) -> str:
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"  # "fishermen"
    for plural, single in (
        ("ies", "y"),
        ("sses", "ss"),
        ("shes", "sh"),
        ("ches", "ch"),
        ("xes", "x"),
        ("s", ""),
    ):
        if word.endswith(plural) and len(word) > len(plural) + 2 and not word.endswith("ss"):
            return word[: -len(plural)] + single
    return word


def _show(q: Quantity) -> str:
    number = f"{q.low:g}..{q.high:g}" if q.low is not None else f"{q.value:g}"
    entity = f" entity={q.entity}" if q.entity else ""
    fields = f" e+q+p={sorted(q.fields)}" if q.fields != frozenset({"-"}) else ""
    return f"{number} [{q.unit}] {q.bound} {q.text!r}{entity} concepts={sorted(q.concepts)}{fields}"


def _run_cqe(texts: list[str]) -> tuple[list[list[Quantity]] | None, str]:
    found, why = run_cqe(texts)
    if found is None:
        return None, why
    return [[_cqe_quantity(q) for q in sentence] for sentence in found], why


def _cqe_quantity(q: dict) -> Quantity:
    change = q["change"]
    bound = change if change in TRENDS else CHANGE_TO_BOUND.get(change, "exact")
    if q["low"] is not None and bound == "exact":
        bound = "range"
    low, high = (
        (min(q["low"], q["high"]), max(q["low"], q["high"]))
        if q["low"] is not None
        else (None, None)
    )
    concepts = frozenset(c.lower() for c in q["concepts"])
    return Quantity(q["value"], low, high, _unit_name(q["unit"]), bound, None, concepts)
