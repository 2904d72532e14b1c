"""PolNeAR (Newell et al., LREC 2018): speakers and cues of numeric claims in US political news.

The data is brat standoff: ``{half}/text/NAME.txt`` and ``{half}/attributions/NAME_ANNO.ann``
with ``Source``, ``Cue`` and ``Content`` spans (fragments joined by ``;``) tied together by
``E`` relations; ``metadata.tsv`` gives each article's publication date. A few articles
were annotated by several annotators: the first annotation file in name order is used.

What is scored (all over the extractor's own claims, so the quantity stage decides what a
number is):

- **numeric attribution**: a gold attribution whose Content contains the quantity of some
  predicted claim (the quantity span lies inside one Content fragment), plus every gold
  Content that contains a digit but no predicted claim (counted as missed). Recall is
  found / (found + missed). Digits in dates ("Sept. 11") make the missed count an upper
  bound.
- **speaker** and **cue**, per claim inside a gold Content, against its innermost Content
  (the smallest containing it: "X said the Post reported 5 ..." is scored against the
  Post; outer attributions of nested ones are not scored twice). Attributions without a
  Source (``Attribution-no-source``) are left out of the speaker measure.
  A predicted speaker is right when (1) its mention overlaps a gold Source fragment, or
  (2) its normalised name (case, leading article, possessive and punctuation removed)
  occurs as a whole-word sequence in the normalised Source text, or (3) the Source text
  contains a capitalised word of length > 1 that is also a word of our name ("Clinton"
  in "the Clinton campaign" for "Hillary Clinton"). A cue is right when its span overlaps
  a gold Cue fragment.
- **precision proxy**: claims we attribute to a speaker that lie in no gold Content at
  all (PolNeAR annotates every attribution, so these are likely false attributions).
- the quote-type distribution of our claims, inside and outside gold Contents.

``run`` scores the dev half; ``run_half(root, "train", ...)`` the tuning half.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..schema import Claim, Speaker
from .result import BenchResult, Row

DATA_DIR = "polnear"
DEFAULT_HALF = "dev"
SYSTEM = "extractor"
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[\w’'-]+")
_ANCHORS = (
    "anchors: Citron source F1 82.0 (PARC 3.0, Newell-style attribution); "
    "Gender Gap Tracker speaker match 86.5. Target: speaker >= 90 on numeric attributions (dev)."
)

Fragments = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    content: Fragments
    source: Fragments | None
    cue: Fragments | None

    @property
    def length(self) -> int:
        return sum(end - start for start, end in self.content)

    def contains(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.content)


@dataclass
class _Tally:
    attributions_found: int = 0
    attributions_missed: int = 0
    speaker_right: int = 0
    speaker_scored: int = 0
    speaker_none: int = 0
    cue_right: int = 0
    cue_scored: int = 0
    no_source: int = 0
    attributed: int = 0
    attributed_outside: int = 0
    quotes_inside: Counter = field(default_factory=Counter)
    quotes_outside: Counter = field(default_factory=Counter)
    details: list[str] = field(default_factory=list)


def available(root: Path) -> bool:
    """Whether the dev half is present under ``root``."""
    return (Path(root) / DATA_DIR / DEFAULT_HALF / "text").is_dir()


def run(root: Path, *, extractor, limit: int | None = None, detail: bool = False) -> BenchResult:
    """Score the extractor on the PolNeAR dev half."""
    return run_half(root, DEFAULT_HALF, extractor=extractor, limit=limit, detail=detail)


def run_half(
    root: Path, half: str, *, extractor, limit: int | None = None, detail: bool = False
) -> BenchResult:
    """Score the extractor on one PolNeAR half ("train" for tuning, "dev" for reporting)."""
    base = Path(root) / DATA_DIR
    published = load_publication_dates(base / "metadata.tsv")
    documents = load_half(base / half)
    if limit is not None:
        documents = documents[:limit]
    tally = _Tally()
    started = time.perf_counter()
    for name, text, gold in documents:
        claims = extractor(text, published=published.get(name), doc_id=name)
        score_document(text, gold, claims, tally, detail=detail)
    seconds = time.perf_counter() - started
    return _result(f"polnear ({half})", len(documents), seconds, tally)


def load_publication_dates(path: Path) -> dict[str, str]:
    """Article name -> ISO publication date, from ``metadata.tsv`` (empty when absent)."""
    if not path.is_file():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    name_at, date_at = header.index("filename"), header.index("publication_date")
    rows = (line.split("\t") for line in lines[1:] if line.strip())
    return {row[name_at]: row[date_at] for row in rows if len(row) > max(name_at, date_at)}


def load_half(folder: Path) -> list[tuple[str, str, list[GoldAttribution]]]:
    """``(name, text, attributions)`` for every article with an annotation file, by name."""
    annotations: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]  # "name_ef2d.ann" annotates "name.txt"
        annotations.setdefault(name, ann)
    documents = []
    for name, ann in sorted(annotations.items()):
        text_path = folder / "text" / f"{name}.txt"
        if not text_path.is_file():
            continue
        with text_path.open(encoding="utf-8", newline="") as handle:  # offsets count "\r" too
            text = handle.read()
        documents.append((name, text, parse_ann(ann.read_text(encoding="utf-8"))))
    return documents


def parse_ann(ann: str) -> list[GoldAttribution]:
    """The attributions of a brat ``.ann`` file: E relations over Source/Cue/Content spans."""
    spans: dict[str, Fragments] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _, _, offsets = fields[1].partition(" ")
            spans[fields[0]] = tuple(
                (int(start), int(end))
                for start, end in (
                    fragment.split() for fragment in offsets.split(";") if fragment.strip()
                )
            )
        elif line.startswith("E") and len(fields) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in fields[1].split() if ":" in arg))
    attributions = []
    for relation in relations:
        content = spans.get(relation.get("Content", ""))
        if not content:
            continue
        attributions.append(
            GoldAttribution(
                content=content,
                source=spans.get(relation.get("Source", "")),
                cue=spans.get(relation.get("Cue", "")),
            )
        )
    return attributions


def score_document(
    text: str,
    gold: list[GoldAttribution],
    claims: list[Claim],
    tally: _Tally,
    *,
    detail: bool = False,
) -> None:
    """Add one article's counts to ``tally``."""
    innermost: dict[int, GoldAttribution] = {}
    for index, claim in enumerate(claims):
        containing = [
            g for g in gold if g.contains(claim.quantity.start_char, claim.quantity.end_char)
        ]
        if containing:
            innermost[index] = min(containing, key=lambda g: g.length)
            tally.quotes_inside[claim.quote] += 1
        else:
            tally.quotes_outside[claim.quote] += 1
            if claim.speaker is not None:
                tally.attributed_outside += 1
                if detail:
                    tally.details.append(f"ATTRIBUTED OUTSIDE GOLD: {_claim_line(claim)}")
        if claim.speaker is not None:
            tally.attributed += 1
    for attribution in gold:
        inside = [
            c for c in claims if attribution.contains(c.quantity.start_char, c.quantity.end_char)
        ]
        if inside:
            tally.attributions_found += 1
        elif any(_DIGIT.search(text[s:e]) for s, e in attribution.content):
            tally.attributions_missed += 1
            if detail:
                tally.details.append(
                    f"NUMBER MISSED: {_fragments_text(text, attribution.content)[:200]!r}"
                )
    for index, attribution in innermost.items():
        claim = claims[index]
        cue_right = (
            attribution.cue is not None
            and claim.cue is not None
            and overlaps((claim.cue.start_char, claim.cue.end_char), attribution.cue)
        )
        if attribution.cue is not None:
            tally.cue_scored += 1
            tally.cue_right += cue_right
        if attribution.source is None:
            tally.no_source += 1
            continue
        tally.speaker_scored += 1
        right = speaker_matches(text, claim, attribution.source)
        tally.speaker_right += right
        tally.speaker_none += claim.speaker is None
        if detail and not (right and (cue_right or attribution.cue is None)):
            tally.details.append(
                f"{'SPEAKER' if not right else 'CUE'} MISS: {_claim_line(claim)}\n"
                f"    gold source={_fragments_text(text, attribution.source)!r} "
                f"cue={_fragments_text(text, attribution.cue or ())!r}"
            )


def speaker_matches(text: str, claim: Claim, source: Fragments) -> bool:
    """Whether the predicted speaker is the gold Source (the three rules in the module doc)."""
    return speaker_is_source(text, claim.speaker, source)


def speaker_is_source(text: str, speaker: Speaker | None, source: Fragments) -> bool:
    """Whether a speaker is the gold Source (the three rules in the module doc); the
    speaker ranker is trained with this same rule."""
    if speaker is None:
        return False
    mention = speaker.mention
    if overlaps((mention.start_char, mention.end_char), source):
        return True
    source_text = _fragments_text(text, source)
    source_words = _normalised_words(source_text)
    name_words = _normalised_words(speaker.name)
    if name_words and _contains_run(source_words, name_words):
        return True
    capitalised = {w.lower() for w in _WORD.findall(source_text) if len(w) > 1 and w[0].isupper()}
    capitalised -= {"the", "a", "an"}
    return bool(capitalised & set(name_words))


def _normalised_words(text: str) -> list[str]:
    words = [re.sub(r"[’']s$", "", w.lower()) for w in _WORD.findall(text)]
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return words


def _contains_run(words: list[str], run: list[str]) -> bool:
    return any(words[i : i + len(run)] == run for i in range(len(words) - len(run) + 1))


def overlaps(span: tuple[int, int], fragments: Fragments) -> bool:
    return any(span[0] < end and start < span[1] for start, end in fragments)


def _fragments_text(text: str, fragments: Fragments) -> str:
    return " … ".join(text[start:end] for start, end in fragments)


def _claim_line(claim: Claim) -> str:
    speaker = f"{claim.speaker.name!r} ({claim.speaker.mention.text!r})" if claim.speaker else None
    cue = claim.cue.text if claim.cue else None
    return (
        f"{claim.doc_id} [{claim.quantity.text}] speaker={speaker} cue={cue!r}"
        f" quote={claim.quote}\n"
        f"    {claim.sentence.text.strip()[:300]!r}"
    )


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _result(name: str, documents: int, seconds: float, tally: _Tally) -> BenchResult:
    """The rows, notes and details of a run."""
    return BenchResult(
        name=name,
        documents=documents,
        seconds=seconds,
        rows=_attribution_rows(tally) + _quote_rows(tally),
        notes=_notes(tally),
        details=tally.details,
    )


def _attribution_rows(tally: _Tally) -> list[Row]:
    """Numbers found in numeric attributions, speaker and cue accuracy, the precision proxy."""
    numeric = tally.attributions_found + tally.attributions_missed
    in_gold = tally.attributed - tally.attributed_outside
    return [
        Row(
            system=SYSTEM,
            measure="numeric attribution: number found",
            recall=_ratio(tally.attributions_found, numeric),
            support=numeric,
        ),
        Row(
            system=SYSTEM,
            measure="speaker (claims in gold Content with Source)",
            accuracy=_ratio(tally.speaker_right, tally.speaker_scored),
            support=tally.speaker_scored,
        ),
        Row(
            system=SYSTEM,
            measure="cue (claims in gold Content with Cue)",
            accuracy=_ratio(tally.cue_right, tally.cue_scored),
            support=tally.cue_scored,
        ),
        Row(
            system=SYSTEM,
            measure="attributed claims inside a gold Content",
            precision=_ratio(in_gold, tally.attributed),
            support=tally.attributed,
        ),
    ]


def _quote_rows(tally: _Tally) -> list[Row]:
    """The share of each quote type, among claims inside gold Contents and outside them."""
    rows = []
    for quote in ("direct", "indirect", "none"):
        inside = sum(tally.quotes_inside.values())
        rows.append(
            Row(
                system=SYSTEM,
                measure=f"quote={quote} share, claims in gold Content",
                accuracy=_ratio(tally.quotes_inside[quote], inside),
                support=inside,
            )
        )
    for quote in ("direct", "indirect", "none"):
        outside = sum(tally.quotes_outside.values())
        rows.append(
            Row(
                system=SYSTEM,
                measure=f"quote={quote} share, claims outside",
                accuracy=_ratio(tally.quotes_outside[quote], outside),
                support=outside,
            )
        )
    return rows


def _notes(tally: _Tally) -> list[str]:
    """The anchors, and the counts behind the attribution, speaker and proxy rows."""
    return [
        _ANCHORS,
        f"numeric attributions: {tally.attributions_found} found, {tally.attributions_missed}"
        " with a digit but no claim (upper bound: includes dates). Speaker/cue are per claim"
        " against the innermost gold Content.",
        f"speaker: {tally.speaker_scored - tally.speaker_right} wrong, of which"
        f" {tally.speaker_none} unattributed; {tally.no_source} claims in Source-less"
        " attributions not scored.",
        f"{tally.attributed_outside} attributed claims lie in no gold Content (potential false"
        " attributions).",
    ]
