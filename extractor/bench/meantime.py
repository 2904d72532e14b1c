"""MEANTIME (NewsReader, Wikinews): numbers, dates and speakers of speech events.

The corpus is token-level XML: ``<token t_id sentence>`` elements, then ``<Markables>``
(``VALUE`` typed MONEY/PERCENT/QUANTITY, ``TIMEX3`` with TimeML values, entity and event
mentions, each a list of ``token_anchor``) and ``<Relations>`` (``REFERS_TO`` from mentions
to entity/event instances, ``HAS_PARTICIPANT`` with PropBank roles).

Text: the tokens of a sentence joined with single spaces, sentences joined with a
newline; the title (sentence 0) and the dateline (sentence 1) are paragraphs of their
own (a blank line after each). Offsets are computed on that text. Published date: the
TIMEX3 with ``functionInDocument="CREATION_TIME"``.

Measures (no target, "report"):

- number recall: a gold VALUE is found when a claim's quantity span overlaps it; by type.
- dates: ``find_dates`` on every paragraph, scored as in ``tempeval3`` (DATE/TIME, DCT and
  DURATION/SET excluded, relaxed overlap, value accuracy on matches).
- speakers: for every VALUE in a sentence holding a speech event mention (an EVENT
  instance of class SPEECH_COGNITIVE) with an Arg0 participant, the claim at that number
  should name that participant: its speaker mention overlaps a mention of the same entity,
  or the names contain one another. The sentence stands in for the speech's content
  (MEANTIME does not mark content spans).
"""

from __future__ import annotations

import datetime
import re
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from .result import BenchResult, Row, prf
from .tempeval3 import Score, TimeMLDoc, Timex, extractor_dates, score_document

DATA_DIR = "meantime"
NUMBER_TYPES = ("MONEY", "PERCENT", "QUANTITY")
SYSTEM = "extractor"


@dataclass(frozen=True)
class Mention:
    start_char: int
    end_char: int
    text: str
    sentence: int


@dataclass
class MeantimeDoc:
    doc_id: str
    text: str
    published: datetime.date | None
    annotated_end: int = 0  # MEANTIME annotates only the first sentences of each article
    numbers: list[tuple[str, Mention]] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    # (number mention, speaker names, speaker mentions) for numbers in speech sentences
    speeches: list[tuple[Mention, set[str], list[Mention]]] = field(default_factory=list)


TokenChars = dict[str, tuple[int, int, int]]
Speech = tuple[Mention, set[str], list[Mention]]


def available(root: Path) -> bool:
    """Whether the MEANTIME XML files are there."""
    return any((root / DATA_DIR).glob("corpus_*/*.xml"))


def xml_paths(root: Path) -> list[Path]:
    """The MEANTIME XML files, sorted."""
    return sorted((root / DATA_DIR).glob("corpus_*/*.xml"))


def load_meantime(source: Path | str) -> MeantimeDoc:
    """One MEANTIME document: reconstructed text and its gold, offsets into that text."""
    root = ET.parse(source).getroot()
    text, token_chars = _token_text(root.findall("token"))
    markables = root.find("Markables")
    markables = markables if markables is not None else ET.Element("Markables")
    doc = MeantimeDoc(doc_id=root.get("doc_name") or Path(source).stem, text=text, published=None)
    mentions = _read_markables(markables, token_chars, doc)
    doc.annotated_end = _annotated_end(markables, token_chars)
    relations = root.find("Relations")
    relations = relations if relations is not None else ET.Element("Relations")
    doc.speeches = _speeches(markables, relations, mentions, doc.numbers)
    return doc


def _token_text(tokens: list[ET.Element]) -> tuple[str, TokenChars]:
    """The text rebuilt from the tokens, and each token id's (start_char, end_char, sentence)."""
    parts: list[str] = []
    token_chars: TokenChars = {}
    previous_sentence = None
    position = 0
    for token in tokens:
        sentence = int(token.get("sentence", "0"))
        if previous_sentence is not None:
            separator = (
                " "
                if sentence == previous_sentence
                else ("\n\n" if previous_sentence < 2 else "\n")
            )
            parts.append(separator)
            position += len(separator)
        text = token.text or ""
        token_chars[token.get("t_id", "")] = (position, position + len(text), sentence)
        parts.append(text)
        position += len(text)
        previous_sentence = sentence
    return "".join(parts), token_chars


def _mention(element: ET.Element, token_chars: TokenChars, text: str) -> Mention | None:
    """The span from the element's first to its last token anchor, or None without anchors."""
    anchors = [
        token_chars[a.get("t_id", "")]
        for a in element.findall("token_anchor")
        if a.get("t_id") in token_chars
    ]
    if not anchors:
        return None
    start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
    return Mention(start, end, text[start:end], anchors[0][2])


def _read_markables(
    markables: ET.Element, token_chars: TokenChars, doc: MeantimeDoc
) -> dict[str, Mention]:
    """Set ``doc``'s published date, numbers and timexes; return every mention by its id."""
    mentions: dict[str, Mention] = {}
    published = None
    for element in markables:
        m_id = element.get("m_id", "")
        span = _mention(element, token_chars, doc.text)
        if element.tag == "TIMEX3" and element.get("functionInDocument") == "CREATION_TIME":
            if span is not None:
                # The dateline is the DCT: like TempEval-3's, it is not scored (ignored if found).
                doc.timexes.append(
                    Timex(span.start_char, span.end_char, span.text, "CREATION_TIME", "")
                )
            try:
                published = datetime.date.fromisoformat(element.get("value", "")[:10])
            except ValueError:
                published = None
            continue
        if span is None:
            continue
        mentions[m_id] = span
        if element.tag == "VALUE" and element.get("type") in NUMBER_TYPES:
            doc.numbers.append((element.get("type", ""), span))
        elif element.tag == "TIMEX3":
            doc.timexes.append(
                Timex(
                    span.start_char,
                    span.end_char,
                    span.text,
                    element.get("type", ""),
                    element.get("value", ""),
                )
            )
    doc.published = published
    return mentions


def _annotated_end(markables: ET.Element, token_chars: TokenChars) -> int:
    """Where the last sentence holding any markable ends (MEANTIME annotates the first ones)."""
    anchored = [
        token_chars[a.get("t_id", "")]
        for a in markables.iter("token_anchor")
        if a.get("t_id") in token_chars
    ]
    last_sentence = max((a[2] for a in anchored), default=-1)
    return max(
        (end for _, end, sentence in token_chars.values() if sentence <= last_sentence), default=0
    )


def _instances(relations: ET.Element) -> dict[str, str]:
    """Mention id -> the id of the entity or event instance it REFERS_TO."""
    instance_of: dict[str, str] = {}
    for link in relations.findall("REFERS_TO"):
        target = link.find("target")
        for source_element in link.findall("source"):
            if target is not None:
                instance_of[source_element.get("m_id", "")] = target.get("m_id", "")
    return instance_of


def _speeches(
    markables: ET.Element,
    relations: ET.Element,
    mentions: dict[str, Mention],
    numbers: list[tuple[str, Mention]],
) -> list[Speech]:
    """Each number in the sentence of a speech event with an Arg0, and that Arg0's names."""
    instance_class = {e.get("m_id", ""): e.get("class", "") for e in markables if e.tag == "EVENT"}
    instance_name = {
        e.get("m_id", ""): e.get("TAG_DESCRIPTOR", "") for e in markables if e.tag == "ENTITY"
    }
    instance_of = _instances(relations)
    mentions_of: dict[str, list[Mention]] = {}
    for mention_id, instance in instance_of.items():
        if mention_id in mentions:
            mentions_of.setdefault(instance, []).append(mentions[mention_id])
    speeches: list[Speech] = []
    for link in relations.findall("HAS_PARTICIPANT"):
        if link.get("sem_role") != "Arg0":
            continue
        source_element, target = link.find("source"), link.find("target")
        if source_element is None or target is None:
            continue
        event_id, speaker_id = source_element.get("m_id", ""), target.get("m_id", "")
        if instance_class.get(instance_of.get(event_id, "")) != "SPEECH_COGNITIVE":
            continue
        event, speaker = mentions.get(event_id), mentions.get(speaker_id)
        if event is None or speaker is None:
            continue
        instance = instance_of.get(speaker_id, "")
        speaker_mentions = mentions_of.get(instance, []) + [speaker]
        names = {m.text for m in speaker_mentions} | (
            {instance_name[instance]} if instance in instance_name else set()
        )
        for _, number in numbers:
            if number.sentence == event.sentence:
                speeches.append((number, names, speaker_mentions))
    return speeches


def _normal(name: str) -> str:
    name = re.sub(r"(?:'s|’s)$", "", name.lower())
    name = re.sub(r"^the\s+", "", name)
    return " ".join(re.sub(r"[^\w\s]", " ", name).split())


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return min(a_end, b_end) > max(a_start, b_start)


def _speaker_right(claim, names: set[str], speaker_mentions: list[Mention]) -> bool:
    if claim.speaker is None:
        return False
    mention = claim.speaker.mention
    if any(
        _overlaps(mention.start_char, mention.end_char, m.start_char, m.end_char)
        for m in speaker_mentions
    ):
        return True
    predicted = _normal(claim.speaker.name)
    return bool(predicted) and any(
        predicted in _normal(name) or (_normal(name) and _normal(name) in predicted)
        for name in names
    )


@dataclass
class _Tally:
    """Counts over all documents for the number and speaker rows."""

    found: dict[str, int] = field(default_factory=lambda: {kind: 0 for kind in NUMBER_TYPES})
    total: dict[str, int] = field(default_factory=lambda: {kind: 0 for kind in NUMBER_TYPES})
    claims_total: int = 0
    claims_on_gold: int = 0
    speech_total: int = 0
    speech_found: int = 0
    speaker_right: int = 0


def run(root: Path, *, extractor, limit: int | None = None, detail: bool = False) -> BenchResult:
    """Number recall, date values and speakers of the full extractor on MEANTIME."""
    began = time.perf_counter()
    paths = xml_paths(root)[:limit] if limit else xml_paths(root)
    docs = [load_meantime(path) for path in paths]
    details: list[str] = []
    tally = _Tally()
    for doc in docs:
        claims = [
            claim
            for claim in extractor(doc.text, published=doc.published, doc_id=doc.doc_id)
            if claim.quantity.start_char < doc.annotated_end
        ]
        _tally_numbers(doc, claims, tally, details if detail else None)
        _tally_speeches(doc, claims, tally, details if detail else None)
    rows = _number_rows(tally)
    rows += _date_rows(extractor, docs, details if detail else None)
    rows += _speech_rows(tally)
    notes = _notes(tally)
    return BenchResult(
        name="meantime",
        documents=len(docs),
        seconds=time.perf_counter() - began,
        rows=rows,
        notes=notes,
        details=details,
    )


def _tally_numbers(
    doc: MeantimeDoc, claims: list, tally: _Tally, details: list[str] | None
) -> None:
    """Count claims overlapping a gold VALUE and gold VALUEs found (misses to ``details``)."""
    tally.claims_total += len(claims)
    for claim in claims:
        q = claim.quantity
        if any(
            _overlaps(q.start_char, q.end_char, m.start_char, m.end_char) for _, m in doc.numbers
        ):
            tally.claims_on_gold += 1
    for kind, number in doc.numbers:
        tally.total[kind] += 1
        if _claim_at(claims, number) is not None:
            tally.found[kind] += 1
        elif details is not None:
            details.append(
                f"{doc.doc_id} NUMBER MISS {kind} {number.text!r} in {_context(doc.text, number)!r}"
            )


def _tally_speeches(
    doc: MeantimeDoc, claims: list, tally: _Tally, details: list[str] | None
) -> None:
    """Count speech numbers found and their speakers right (wrong ones to ``details``)."""
    for number, names, speaker_mentions in doc.speeches:
        tally.speech_total += 1
        claim = _claim_at(claims, number)
        if claim is None:
            continue
        tally.speech_found += 1
        if _speaker_right(claim, names, speaker_mentions):
            tally.speaker_right += 1
        elif details is not None:
            got = claim.speaker.name if claim.speaker else None
            details.append(f"{doc.doc_id} SPEAKER {number.text!r} gold {sorted(names)} got {got!r}")


def _number_rows(tally: _Tally) -> list[Row]:
    """Number recall per VALUE type, then over all of them."""
    rows = []
    for kind in NUMBER_TYPES:
        rows.append(
            Row(
                system=SYSTEM,
                measure=f"number recall {kind}",
                recall=_ratio(tally.found[kind], tally.total[kind]),
                support=tally.total[kind],
            )
        )
    all_found, all_total = sum(tally.found.values()), sum(tally.total.values())
    rows.append(
        Row(
            system=SYSTEM,
            measure="number recall all",
            recall=_ratio(all_found, all_total),
            support=all_total,
        )
    )
    return rows


def _date_rows(extractor, docs: list[MeantimeDoc], details: list[str] | None) -> list[Row]:
    """``find_dates`` on every paragraph, scored as tempeval3 over the annotated part."""
    timeml_docs = [
        TimeMLDoc(doc_id=d.doc_id, text=d.text, dct=d.published, timexes=tuple(d.timexes))
        for d in docs
        if d.published is not None
    ]
    annotated_end = {d.doc_id: d.annotated_end for d in docs}
    # extractor_dates gives one list per document, so the zips below are of equal lengths.
    found_dates = extractor_dates(extractor, timeml_docs)
    predictions = [
        [date for date in found if date.start_char < annotated_end[timeml_doc.doc_id]]
        for timeml_doc, found in zip(timeml_docs, found_dates, strict=True)
    ]
    score = Score()
    for timeml_doc, predicted in zip(timeml_docs, predictions, strict=True):
        score_document(timeml_doc, predicted, score, details)
    return [row.model_copy(update={"measure": f"date {row.measure}"}) for row in score.rows(SYSTEM)]


def _speech_rows(tally: _Tally) -> list[Row]:
    """How many speech numbers we found, and how often with the right speaker."""
    return [
        Row(
            system=SYSTEM,
            measure="speech numbers found",
            recall=_ratio(tally.speech_found, tally.speech_total),
            support=tally.speech_total,
        ),
        Row(
            system=SYSTEM,
            measure="speaker of speech numbers",
            accuracy=_ratio(tally.speaker_right, tally.speech_found),
            support=tally.speech_found,
        ),
    ]


def _notes(tally: _Tally) -> list[str]:
    """How the text, numbers, dates and speakers were scored, with the overlap figure."""
    claims_on_gold, claims_total = tally.claims_on_gold, tally.claims_total
    precision, _, _ = prf(claims_on_gold, claims_total - claims_on_gold, 0)
    return [
        "Text: tokens joined by spaces, sentences by newlines (title and dateline their own"
        " paragraphs); published = the CREATION_TIME TIMEX3. MEANTIME annotates only the first"
        " sentences of each article: predictions after the last sentence with any markable are"
        " not scored.",
        f"Numbers: a gold VALUE ({'/'.join(NUMBER_TYPES)}) is found when a claim's quantity"
        f" overlaps it; {claims_on_gold} of {claims_total} claims ({100 * precision:.1f}%)"
        " overlap a gold VALUE (MEANTIME leaves plain counts and years unmarked, so this is not"
        " precision).",
        "Dates: find_dates on every paragraph, scored as tempeval3 (DATE/TIME only, relaxed"
        " overlap).",
        "Speakers: numbers in a sentence with a SPEECH_COGNITIVE event mention that has an Arg0;"
        " right when our speaker mention overlaps a mention of that entity or the names contain"
        " one another; accuracy over the numbers we found.",
    ]


def _claim_at(claims, number: Mention):
    """The claim whose quantity overlaps the number most, or None."""
    best, best_overlap = None, 0
    for claim in claims:
        q = claim.quantity
        overlap = min(q.end_char, number.end_char) - max(q.start_char, number.start_char)
        if overlap > best_overlap:
            best, best_overlap = claim, overlap
    return best


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _context(text: str, span: Mention, width: int = 40) -> str:
    return " ".join(text[max(0, span.start_char - width) : span.end_char + width].split())
