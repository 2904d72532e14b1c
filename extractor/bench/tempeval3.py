"""TempEval-3 (TimeBank + AQUAINT in TimeML): date and time expressions and their values.

Gold: every ``<TIMEX3>`` of type DATE or TIME inside ``<TEXT>``, except the document
creation time (DCT, ``functionInDocument="CREATION_TIME"``), which is the date every
relative expression is resolved against. The text the extractor reads is the ``<TEXT>``
element with its tags stripped (XML entities decoded); gold offsets are computed on
that stripped text. It is split into paragraphs on blank lines (PERF-NOTES: the model is
faster and leaner on paragraphs) and ``find_dates`` runs on every paragraph, not only
those with a quantity as in ``claims.py``.

Scoring follows TempEval-3 (UzZaman et al., 2013), restricted to DATE and TIME:

- spans: TimeML spans exclude a leading preposition, our DateRef keeps it ("in
  September", CLAIM-SPEC), so it is stripped before scoring. Strict = identical
  character offsets; relaxed = any overlap, pairs matched one-to-one, greedily by
  overlap length. P/R/F1 over those matches.
- value: on relaxed-matched pairs, the value string must be identical. Value accuracy =
  correct / matched; value P = correct / predicted, R = correct / gold, F1 from them (TE3's
  attribute F1, i.e. relaxed F1 times value accuracy).

DURATION and SET timexes are not scored: a claim's ``dates`` anchor it in time, durations
("three years") are part of quantities or claims, not dates, and the extractor gives them
no value. So predictions the extractor types as DURATION/SET (``dates.timex_type``) are
dropped, and a prediction overlapping a gold DURATION/SET (and no gold DATE/TIME) is
ignored, neither right nor wrong. Published anchors (HeidelTime relaxed F1 90.3, value F1
77.6) are over all four types on TE3-platinum, a different and harder test set.
"""

from __future__ import annotations

import datetime
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..article.offsets import mark_segment
from ..nlp import one_blas_thread
from ..schema import DateRef
from ..stages.dates import find_dates
from .result import BenchResult, Row, prf
from .timeml_support import search_dates_baseline, strip_preposition, timex_type

DATA_DIR = "tempeval3"
CORPUS = "TBAQ-cleaned"
SCORED_TYPES = ("DATE", "TIME")
PIPE_BATCH_SIZE = 32
SYSTEM = "extractor"
BASELINE = "dateparser search_dates"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class Timex:
    """One gold TIMEX3, with offsets into the stripped text."""

    start_char: int
    end_char: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDoc:
    doc_id: str
    text: str
    dct: datetime.date
    timexes: tuple[Timex, ...]


def available(root: Path) -> bool:
    """Whether the TimeML files are there."""
    return any((root / DATA_DIR / CORPUS).glob("*/*.tml"))


def tml_paths(root: Path) -> list[Path]:
    """The TimeML files, sorted (TimeBank and AQUAINT)."""
    return sorted((root / DATA_DIR / CORPUS).glob("*/*.tml"))


def load_timeml(source: Path | str) -> TimeMLDoc:
    """A TimeML document: stripped ``<TEXT>``, its DCT and every TIMEX3 in the text."""
    tree = ET.parse(source)
    root = tree.getroot()
    dct_value = next(
        (
            timex.get("value", "")
            for timex in root.iter("TIMEX3")
            if timex.get("functionInDocument") == "CREATION_TIME"
        ),
        "",
    )
    doc_id = root.findtext("DOCID") or Path(source).stem
    try:
        dct = datetime.date.fromisoformat(dct_value[:10])
    except ValueError as err:
        raise ValueError(f"{source}: no usable document creation time ({dct_value!r})") from err
    text_element = root.find("TEXT")
    if text_element is None:
        raise ValueError(f"{source}: no <TEXT> element")
    parts: list[str] = []
    timexes: list[Timex] = []
    _walk(text_element, parts, timexes)
    return TimeMLDoc(doc_id=doc_id.strip(), text="".join(parts), dct=dct, timexes=tuple(timexes))


def _walk(element: ET.Element, parts: list[str], timexes: list[Timex]) -> None:
    """Append the element's text to ``parts``, recording TIMEX3 offsets as they pass."""
    start = sum(map(len, parts))
    parts.append(element.text or "")
    for child in element:
        _walk(child, parts, timexes)
        parts.append(child.tail or "")
    if element.tag == "TIMEX3" and element.get("functionInDocument") != "CREATION_TIME":
        end = start + len("".join(element.itertext()))
        text = "".join(element.itertext())
        timexes.append(Timex(start, end, text, element.get("type", ""), element.get("value", "")))


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(start_char, text) of each blank-line separated paragraph."""
    found, start = [], 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        if text[start : brk.start()].strip():
            found.append((start, text[start : brk.start()]))
        start = brk.end()
    if text[start:].strip():
        found.append((start, text[start:]))
    return found


@dataclass
class Score:
    """Counts for one system over the corpus."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    values: int = 0
    ignored: int = 0

    def rows(self, system: str) -> list[Row]:
        rows = []
        for measure, tp in (("span strict", self.strict), ("span relaxed", self.relaxed)):
            p, r, f = prf(tp, self.predicted - tp, self.gold - tp)
            rows.append(
                Row(system=system, measure=measure, precision=p, recall=r, f1=f, support=self.gold)
            )
        p, r, f = prf(self.values, self.predicted - self.values, self.gold - self.values)
        accuracy = self.values / self.relaxed if self.relaxed else 0.0
        rows.append(
            Row(
                system=system,
                measure="value",
                precision=p,
                recall=r,
                f1=f,
                accuracy=accuracy,
                support=self.gold,
            )
        )
        return rows


def score_document(
    doc: TimeMLDoc, predicted: Iterable[DateRef], score: Score, details: list[str] | None = None
) -> None:
    """Add one document's matches to ``score`` (and its misses to ``details``)."""
    gold = [timex for timex in doc.timexes if timex.type in SCORED_TYPES]
    other = [timex for timex in doc.timexes if timex.type not in SCORED_TYPES]
    kept: list[DateRef] = []
    for date in predicted:
        date = strip_preposition(date)
        if timex_type(date.text) not in SCORED_TYPES:
            continue
        if not any(_overlap(date, g) for g in gold) and any(_overlap(date, o) for o in other):
            score.ignored += 1
            continue
        kept.append(date)
    score.gold += len(gold)
    score.predicted += len(kept)
    gold_spans = {(g.start_char, g.end_char) for g in gold}
    score.strict += len({(d.start_char, d.end_char) for d in kept} & gold_spans)
    pairs = _match(gold, kept)
    score.relaxed += len(pairs)
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(d) for _, d in pairs}
    for g, d in pairs:
        if canonical_value(d.value) == canonical_value(g.value):
            score.values += 1
        elif details is not None:
            details.append(
                f"{doc.doc_id} VALUE {g.text!r} gold {g.value} got {d.value}"
                f" ({d.text!r}, DCT {doc.dct})"
            )
    if details is None:
        return
    for g in gold:
        if id(g) not in matched_gold:
            details.append(
                f"{doc.doc_id} MISS {g.type} {g.text!r} {g.value} in {_context(doc.text, g)!r}"
            )
    for d in kept:
        if id(d) not in matched_pred:
            details.append(f"{doc.doc_id} FALSE {d.text!r} {d.value} in {_context(doc.text, d)!r}")
    for g, d in pairs:
        if (g.start_char, g.end_char) != (d.start_char, d.end_char):
            details.append(f"{doc.doc_id} BOUNDARY gold {g.text!r} got {d.text!r}")


def canonical_value(value: str | None) -> str | None:
    """One spelling per TimeML value: TimeBank writes the same value several ways ("2000-W6"
    and "2000-W06"; "1949-XX" and "1949"; the decade "199X" and "199")."""
    if value is None:
        return None
    value = re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
    value = re.sub(r"(?:-XX)+$", "", value)
    return re.sub(r"^(\d{2,3})X+$", r"\1", value)


def _overlap(a: DateRef | Timex, b: DateRef | Timex) -> int:
    return max(0, min(a.end_char, b.end_char) - max(a.start_char, b.start_char))


def _match(gold: list[Timex], predicted: list[DateRef]) -> list[tuple[Timex, DateRef]]:
    """One-to-one pairs of overlapping spans, greedily by overlap length."""
    candidates = sorted(
        (
            (_overlap(g, d), i, j)
            for i, g in enumerate(gold)
            for j, d in enumerate(predicted)
            if _overlap(g, d)
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((gold[i], predicted[j]))
    return pairs


def _context(text: str, span: DateRef | Timex, width: int = 40) -> str:
    return " ".join(text[max(0, span.start_char - width) : span.end_char + width].split())


def extractor_dates(extractor, docs: list[TimeMLDoc]) -> list[list[DateRef]]:
    """``find_dates`` on every paragraph of every document with the extractor's pipeline and
    resources, offsets into the document."""
    units = [
        (index, start, text)
        for index, doc in enumerate(docs)
        for start, text in paragraphs(doc.text)
    ]
    found: list[list[DateRef]] = [[] for _ in docs]
    with one_blas_thread():
        parsed = list(
            extractor.nlp.pipe((text for _, _, text in units), batch_size=PIPE_BATCH_SIZE)
        )
    for (index, start, _), paragraph_doc in zip(units, parsed, strict=True):
        found[index] += find_dates(
            mark_segment(paragraph_doc, start),
            published=docs[index].dct,
            resources=extractor.resources,
        )
    return found


def baseline_dates(doc: TimeMLDoc) -> list[DateRef]:
    """dateparser's ``search_dates`` per paragraph, relative to the DCT."""
    found: list[DateRef] = []
    for start, text in paragraphs(doc.text):
        for date in search_dates_baseline(text, published=doc.dct):
            found.append(
                date.model_copy(
                    update={
                        "start_char": date.start_char + start,
                        "end_char": date.end_char + start,
                    }
                )
            )
    return found


def run(
    root: Path, *, extractor, limit: int | None = None, detail: bool = False, baseline: bool = True
) -> BenchResult:
    """Score ``find_dates`` (and the dateparser baseline) on TBAQ-cleaned."""
    began = time.perf_counter()
    paths = tml_paths(root)[:limit] if limit else tml_paths(root)
    docs = [load_timeml(path) for path in paths]
    systems: list[tuple[str, Callable[[], list[list[DateRef]]]]] = [
        (SYSTEM, lambda: extractor_dates(extractor, docs))
    ]
    if baseline:
        systems.append((BASELINE, lambda: [baseline_dates(doc) for doc in docs]))
    rows: list[Row] = []
    details: list[str] = []
    timings = []
    ignored = {}
    for system, predict in systems:
        started = time.perf_counter()
        predictions = predict()
        timings.append(f"{system} {time.perf_counter() - started:.1f} s")
        score = Score()
        for doc, predicted in zip(docs, predictions, strict=True):
            score_document(doc, predicted, score, details if detail and system == SYSTEM else None)
        rows += score.rows(system)
        ignored[system] = score.ignored
    rows.sort(key=lambda row: ["span strict", "span relaxed", "value"].index(row.measure))
    gold_types: dict[str, int] = {}
    for doc in docs:
        for timex in doc.timexes:
            gold_types[timex.type] = gold_types.get(timex.type, 0) + 1
    gold_counts = ", ".join(f"{k} {v}" for k, v in sorted(gold_types.items()))
    notes = [
        f"Gold: TIMEX3 of type DATE/TIME in <TEXT>, DCT excluded ({gold_counts});"
        " DURATION/SET not scored: predictions overlapping only them ignored "
        f"({', '.join(f'{k} {v}' for k, v in ignored.items())}).",
        "Spans without a leading preposition (TimeML); relaxed = any overlap, one-to-one."
        " Value: TimeML string on relaxed matches (spelling variants W6=W06, 1949-XX=1949,"
        " 199X=199 made equal), resolved against each document's DCT;"
        " value P/R/F1 = correct values over predicted/gold (TE3 attribute F1), acc = over"
        " matches.",
        "Anchor: HeidelTime relaxed F1 90.3, value F1 77.6 on TE3-platinum over all TIMEX3 types"
        " (not the same test set or types). Time: " + ", ".join(timings) + ".",
    ]
    return BenchResult(
        name="tempeval3",
        documents=len(docs),
        seconds=time.perf_counter() - began,
        rows=rows,
        notes=notes,
        details=details,
    )
