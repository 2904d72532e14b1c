"""Score predicted claims against hand-labelled gold (the "Scoring" section of CLAIM-SPEC.md).

A predicted claim matches a gold claim when their quantity spans overlap, one-to-one and
greedy by overlap length. Detection is scored as precision, recall and F1 over matched
pairs; each field is then scored on the matched pairs whose gold claim is not optional.
Gold fields may list alternatives (``["Russia", "Moscow"]``); ``null`` in such a list
means that "none" is also right.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import inflect
from pydantic import BaseModel, ConfigDict, ValidationError, computed_field
from rich.table import Table

from .errors import GoldError, InputError
from .schema import Bound, Claim, DateRef, QuoteType, Span, SpeakerKind

# A gold text field: one acceptable value or a list of them (None in the list: "none" is right).
Alternatives = str | None | list[str | None]

# "relative error under 0.5%": CLAIM-SPEC.md, Scoring.
VALUE_TOLERANCE = 0.005


# --- gold records -------------------------------------------------------------------------


class _GoldRecord(BaseModel):
    # Unknown keys are errors: a misspelt "optinal" would otherwise silently change scores.
    model_config = ConfigDict(frozen=True, extra="forbid")


class GoldQuantity(Span):
    """The labelled number; ``bound`` and ``unit`` may list alternatives."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    bound: Bound | list[Bound] = "exact"
    unit: Alternatives = None


class GoldAbout(_GoldRecord):
    """What the number is about; ``entity`` and ``property`` may list alternatives."""

    text: str | None = None
    entity: Alternatives = None
    qualifiers: list[str] = []
    property: Alternatives = None


class GoldSpeaker(_GoldRecord):
    """The labelled speaker; ``name`` may list alternatives."""

    name: Alternatives
    mention: Span
    kind: SpeakerKind = "unknown"


class GoldVia(Span):
    """The labelled medium; ``name`` may list alternatives."""

    name: Alternatives


class GoldClaim(_GoldRecord):
    """One labelled claim; ``optional`` claims count neither as misses nor as false positives."""

    sentence: Span | None = None
    quantity: GoldQuantity
    about: GoldAbout = GoldAbout()
    speaker: GoldSpeaker | None = None
    cue: Span | None = None
    via: GoldVia | None = None
    quote: QuoteType | list[QuoteType] = "none"
    dates: list[DateRef] = []
    optional: bool = False
    note: str | None = None


class NotClaim(Span):
    """A labelled span that must not be predicted as a claim, and why."""

    why: str | None = None


class GoldDoc(_GoldRecord):
    """A gold file with its article text loaded."""

    doc_id: str
    text: str
    published: str | None = None
    claims: list[GoldClaim] = []
    not_claims: list[NotClaim] = []


class _GoldFile(BaseModel):
    # Top-level metadata ("annotator_note", ...) is free-form; claims are checked strictly.
    model_config = ConfigDict(extra="ignore")

    doc_id: str | None = None
    article: str
    published: str | None = None
    claims: list[GoldClaim]
    not_claims: list[NotClaim] = []


# --- the score ------------------------------------------------------------------------------


def _ratio(numerator: float, denominator: float) -> float:
    """Return numerator / denominator, or 0.0 when there is nothing to divide by."""
    return numerator / denominator if denominator else 0.0


class SpanRef(BaseModel):
    """A quantity span in one document, for the detail view."""

    doc_id: str
    text: str
    start_char: int
    end_char: int


class FieldError(SpanRef):
    """A matched pair whose field values disagree (the span is the gold quantity)."""

    field: str
    gold: Any
    predicted: Any


class NotClaimHit(SpanRef):
    """A prediction overlapping a span the gold marks as not a claim."""

    why: str | None = None


class FieldScore(BaseModel):
    """Correct matched pairs out of those scored for one field."""

    correct: int = 0
    total: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float:
        """Share of scored pairs that are correct (0.0 when none were scored)."""
        return _ratio(self.correct, self.total)


class Score(BaseModel):
    """Detection counts, per-field accuracy and the cases behind them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    fields: dict[str, FieldScore] = {}
    misses: list[SpanRef] = []
    false_positives: list[SpanRef] = []
    field_errors: list[FieldError] = []
    not_claim_hits: list[NotClaimHit] = []
    unscored_doc_ids: list[str] = []  # predicted documents that have no gold

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        """Matched predictions out of all counted predictions."""
        return _ratio(self.tp, self.tp + self.fp)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        """Matched gold claims out of all non-optional gold claims."""
        return _ratio(self.tp, self.tp + self.fn)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return _ratio(2 * self.precision * self.recall, self.precision + self.recall)


# --- loading --------------------------------------------------------------------------------


def _read_utf8(path: Path, error: type[GoldError | InputError], what: str) -> str:
    """Read a file as UTF-8 without newline translation, so character offsets stay exact."""
    try:
        return path.read_bytes().decode("utf-8")
    except OSError as err:
        raise error(f"{path}: cannot read {what}: {err.strerror or err}") from err
    except UnicodeDecodeError as err:
        raise error(f"{path}: {what} is not UTF-8 (byte {err.start}: {err.reason})") from err


def _json_error(path: Path, err: json.JSONDecodeError, lineno: int | None = None) -> str:
    """Describe a JSON syntax error with file, line and column."""
    return f"{path}: invalid JSON at line {lineno or err.lineno}, column {err.colno}: {err.msg}"


def _describe(err: ValidationError) -> str:
    """Summarise a pydantic error as 'location: message' items."""
    return "; ".join(
        f"{'.'.join(str(part) for part in issue['loc']) or '(top level)'}: {issue['msg']}"
        for issue in err.errors()
    )


def _labelled_spans(
    claims: list[GoldClaim], not_claims: list[NotClaim]
) -> Iterator[tuple[str, Span]]:
    """Yield every labelled span with a label saying where it sits in the gold file."""
    for i, claim in enumerate(claims):
        where = f"claims[{i}]"
        if claim.sentence is not None:
            yield f"{where}.sentence", claim.sentence
        yield f"{where}.quantity", claim.quantity
        if claim.speaker is not None:
            yield f"{where}.speaker.mention", claim.speaker.mention
        if claim.cue is not None:
            yield f"{where}.cue", claim.cue
        if claim.via is not None:
            yield f"{where}.via", claim.via
        for j, date in enumerate(claim.dates):
            yield f"{where}.dates[{j}]", date
    for i, not_claim in enumerate(not_claims):
        yield f"not_claims[{i}]", not_claim


def _check_span(path: Path, label: str, span: Span, text: str) -> None:
    """Raise GoldError unless the span's text equals the article slice it names."""
    if not 0 <= span.start_char <= span.end_char <= len(text):
        raise GoldError(
            f"{path}: {label} offsets [{span.start_char}:{span.end_char}] lie outside the "
            f"article (length {len(text)})"
        )
    actual = text[span.start_char : span.end_char]
    if span.text != actual:
        raise GoldError(
            f"{path}: {label} text {span.text!r} does not equal "
            f"article[{span.start_char}:{span.end_char}] {actual!r}"
        )


def load_gold(path: Path) -> GoldDoc:
    """Load a gold file and its article, checking every labelled span against the text."""
    try:
        data = json.loads(_read_utf8(path, GoldError, "gold file"))
    except json.JSONDecodeError as err:
        raise GoldError(_json_error(path, err)) from err
    try:
        gold = _GoldFile.model_validate(data)
    except ValidationError as err:
        raise GoldError(f"{path}: malformed gold: {_describe(err)}") from err
    text = _read_utf8(path.parent / gold.article, GoldError, f"the article named by {path}")
    for label, span in _labelled_spans(gold.claims, gold.not_claims):
        _check_span(path, label, span, text)
    return GoldDoc(
        doc_id=gold.doc_id or path.stem,
        text=text,
        published=gold.published,
        claims=gold.claims,
        not_claims=gold.not_claims,
    )


def _parse_json_lines(path: Path, raw: str) -> Iterator[tuple[str, Any]]:
    """Yield (where, record) for each non-blank line of a JSON Lines file."""
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if line.strip():
            try:
                yield f"line {lineno}", json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(_json_error(path, err, lineno)) from err


def _parse_predictions(path: Path, raw: str) -> list[tuple[str, Any]]:
    """Parse a JSON array, a {"claims": [...]} object or JSON Lines into (where, record)."""
    if not raw.strip():
        return []
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        # "Extra data" after a complete first value is how JSON Lines looks to json.loads.
        if err.msg != "Extra data":
            raise InputError(_json_error(path, err)) from err
        return list(_parse_json_lines(path, raw))
    if isinstance(data, dict) and "claims" in data:
        data = data["claims"]
    if isinstance(data, dict):  # JSON Lines with a single record
        return [("line 1", data)]
    if not isinstance(data, list):
        raise InputError(f"{path}: expected claim records, got a JSON {type(data).__name__}")
    return [(f"record {i}", record) for i, record in enumerate(data)]


def load_predictions(path: Path) -> dict[str, list[Claim]]:
    """Load predicted claims (JSON array, {"claims": [...]} or JSON Lines), grouped by doc_id."""
    grouped: dict[str, list[Claim]] = {}
    for where, record in _parse_predictions(path, _read_utf8(path, InputError, "predictions")):
        try:
            claim = Claim.model_validate(record)
        except ValidationError as err:
            raise InputError(f"{path}: {where} is not a claim record: {_describe(err)}") from err
        if claim.doc_id is None:
            raise InputError(f"{path}: {where} has no doc_id, so it cannot be matched to gold")
        grouped.setdefault(claim.doc_id, []).append(claim)
    return grouped


# --- normalisation --------------------------------------------------------------------------

_INFLECT = inflect.engine()
_POSSESSIVE = re.compile(r"['’]s\b")
_LEADING_THE = re.compile(r"^the\s+")


def _exact_key(text: str) -> str:
    """Compare as written (closed vocabularies: bound, quote)."""
    return text


def _text_key(text: str) -> str:
    """Case-fold and collapse whitespace."""
    return " ".join(text.casefold().split())


@lru_cache(maxsize=4096)
def _lemma_key(text: str) -> str:
    """Case-fold, strip and singularise ("Soldiers" -> "soldier")."""
    key = _text_key(text)
    # inflect rejects "" and returns False for a word that is already singular.
    return (key and _INFLECT.singular_noun(key)) or key


def _name_key(text: str) -> str:
    """Normalise a name: case, possessive, punctuation, spaces and a leading "the"."""
    text = _POSSESSIVE.sub("", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return _LEADING_THE.sub("", _text_key(text))


# --- field comparison -----------------------------------------------------------------------


def _any_alternative(key: Callable[[str], str]) -> Callable[[Any, str | None], bool]:
    """Build a comparison: the prediction equals any gold alternative under ``key``."""

    def matches(gold: Any, predicted: str | None) -> bool:
        options = gold if isinstance(gold, list) else [gold]
        wanted = None if predicted is None else key(predicted)
        return any((None if option is None else key(option)) == wanted for option in options)

    return matches


def _close(gold: float | None, predicted: float | None) -> bool:
    """Both absent, or relative error under VALUE_TOLERANCE (exactly zero for a gold zero)."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if gold == 0:
        return predicted == 0
    return abs(predicted - gold) / abs(gold) < VALUE_TOLERANCE


def _numbers(quantity: GoldQuantity | Claim) -> dict[str, float | None]:
    """The value, low and high of a quantity."""
    return {"value": quantity.value, "low": quantity.low, "high": quantity.high}


def _numbers_match(gold: dict[str, float | None], predicted: dict[str, float | None]) -> bool:
    """Value, low and high all agree, so a range scored as its midpoint is wrong."""
    return all(_close(gold[name], predicted[name]) for name in ("value", "low", "high"))


def _same_qualifiers(gold: list[str], predicted: list[str]) -> bool:
    """Set equality after case-folding."""
    return {q.casefold() for q in gold} == {q.casefold() for q in predicted}


def _dates_found(gold: list[str | None], predicted: list[str | None]) -> bool:
    """Every gold date value is among the predicted ones."""
    return set(gold) <= set(predicted)


class _Field(NamedTuple):
    """How to read one field from a gold and a predicted claim, and when they agree."""

    gold: Callable[[GoldClaim], Any]
    predicted: Callable[[Claim], Any]
    matches: Callable[[Any, Any], bool]
    applies: Callable[[GoldClaim], bool] = lambda gold: True


_FIELDS: dict[str, _Field] = {
    "value": _Field(lambda g: _numbers(g.quantity), lambda p: _numbers(p.quantity), _numbers_match),
    "bound": _Field(
        lambda g: g.quantity.bound, lambda p: p.quantity.bound, _any_alternative(_exact_key)
    ),
    "unit": _Field(
        lambda g: g.quantity.unit, lambda p: p.quantity.unit, _any_alternative(_text_key)
    ),
    "entity": _Field(
        lambda g: g.about.entity, lambda p: p.about.entity, _any_alternative(_lemma_key)
    ),
    "speaker": _Field(
        lambda g: g.speaker.name if g.speaker else None,
        lambda p: p.speaker.name if p.speaker else None,
        _any_alternative(_name_key),
    ),
    "via": _Field(
        lambda g: g.via.name if g.via else None,
        lambda p: p.via.name if p.via else None,
        _any_alternative(_name_key),
    ),
    "quote": _Field(lambda g: g.quote, lambda p: p.quote, _any_alternative(_exact_key)),
    "qualifiers": _Field(
        lambda g: g.about.qualifiers, lambda p: p.about.qualifiers, _same_qualifiers
    ),
    "property": _Field(
        lambda g: g.about.property, lambda p: p.about.property, _any_alternative(_text_key)
    ),
    # Scored per claim, only where the gold has dates: otherwise there is nothing to find.
    "dates": _Field(
        lambda g: [date.value for date in g.dates],
        lambda p: [date.value for date in p.dates],
        _dates_found,
        applies=lambda g: bool(g.dates),
    ),
}


# --- scoring --------------------------------------------------------------------------------


def _overlap(a: Span, b: Span) -> int:
    """Number of characters two spans share."""
    return max(0, min(a.end_char, b.end_char) - max(a.start_char, b.start_char))


def _match(gold: list[GoldClaim], predicted: list[Claim]) -> list[tuple[int, int]]:
    """Pair gold and predicted claims one-to-one: largest overlap first, ties by position."""
    candidates = sorted(
        (-overlap, g.quantity.start_char, p.quantity.start_char, gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if (overlap := _overlap(g.quantity, p.quantity)) > 0
    )
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    for *_, gi, pi in candidates:
        if gi not in used_gold and pi not in used_predicted:
            pairs.append((gi, pi))
            used_gold.add(gi)
            used_predicted.add(pi)
    return pairs


def _located(doc_id: str, span: Span) -> dict[str, Any]:
    """The SpanRef fields that locate a span in one document."""
    return {
        "doc_id": doc_id,
        "text": span.text,
        "start_char": span.start_char,
        "end_char": span.end_char,
    }


def _score_pair(doc_id: str, gold: GoldClaim, claim: Claim, result: Score) -> None:
    """Add the field scores of one matched, non-optional pair to ``result``."""
    for name, field in _FIELDS.items():
        if not field.applies(gold):
            continue
        gold_value, predicted_value = field.gold(gold), field.predicted(claim)
        result.fields[name].total += 1
        if field.matches(gold_value, predicted_value):
            result.fields[name].correct += 1
        else:
            result.field_errors.append(
                FieldError(
                    **_located(doc_id, gold.quantity),
                    field=name,
                    gold=gold_value,
                    predicted=predicted_value,
                )
            )


def _score_doc(doc: GoldDoc, predicted: list[Claim], result: Score) -> None:
    """Add one document's counts and cases to ``result``."""
    pairs = _match(doc.claims, predicted)
    matched_gold = {gi for gi, _ in pairs}
    matched_predicted = {pi for _, pi in pairs}
    for gi, gold in enumerate(doc.claims):
        if gi not in matched_gold and not gold.optional:
            result.fn += 1
            result.misses.append(SpanRef(**_located(doc.doc_id, gold.quantity)))
    for pi, claim in enumerate(predicted):
        if pi not in matched_predicted:
            result.fp += 1
            result.false_positives.append(SpanRef(**_located(doc.doc_id, claim.quantity)))
        result.not_claim_hits.extend(
            NotClaimHit(**_located(doc.doc_id, claim.quantity), why=not_claim.why)
            for not_claim in doc.not_claims
            if _overlap(claim.quantity, not_claim)
        )
    for gi, pi in pairs:
        gold = doc.claims[gi]
        if not gold.optional:  # a prediction matching an optional claim is simply ignored
            result.tp += 1
            _score_pair(doc.doc_id, gold, predicted[pi], result)


def score(gold: list[GoldDoc], predicted: dict[str, list[Claim]]) -> Score:
    """Match predictions to gold by quantity overlap and score detection and each field."""
    counts = Counter(doc.doc_id for doc in gold)
    duplicates = sorted(doc_id for doc_id, count in counts.items() if count > 1)
    if duplicates:
        raise GoldError(f"several gold files have doc_id {', '.join(duplicates)}")
    result = Score(
        fields={name: FieldScore() for name in _FIELDS},
        unscored_doc_ids=sorted(set(predicted) - set(counts)),
    )
    for doc in gold:
        _score_doc(doc, predicted.get(doc.doc_id, []), result)
    return result


def score_files(gold_paths: list[Path], pred_path: Path) -> Score:
    """Load gold files and a predictions file and score them."""
    return score([load_gold(path) for path in gold_paths], load_predictions(pred_path))


# --- rendering ------------------------------------------------------------------------------


def _percent(part: int, whole: int) -> str:
    """Format part / whole as a percentage, or a dash when there is nothing to score."""
    return f"{part / whole:.1%}" if whole else "–"


def render_table(score: Score) -> Table:
    """A table with the detection scores and one row per field."""
    predictions, gold = score.tp + score.fp, score.tp + score.fn
    table = Table(
        title="Claim scores",
        caption=(
            f"{len(score.not_claim_hits)} prediction(s) overlap spans the gold marks as not "
            f"claims; {len(score.unscored_doc_ids)} predicted document(s) have no gold"
        ),
    )
    table.add_column("metric")
    for header in ("correct", "total", "score"):
        table.add_column(header, justify="right")
    table.add_row("precision", str(score.tp), str(predictions), _percent(score.tp, predictions))
    table.add_row("recall", str(score.tp), str(gold), _percent(score.tp, gold))
    table.add_row("F1", "", "", f"{score.f1:.1%}" if predictions or gold else "–")
    table.add_section()
    for name, field in score.fields.items():
        accuracy = _percent(field.correct, field.total)
        table.add_row(name, str(field.correct), str(field.total), accuracy)
    return table


def _where(ref: SpanRef) -> str:
    """Doc id, offsets and text of a span."""
    return f"{ref.doc_id} [{ref.start_char}:{ref.end_char}] {ref.text!r}"


def render_detail(score: Score) -> list[str]:
    """One line per miss, false positive, not-claim hit, field error and unscored document."""
    return [
        *(f"miss            {_where(ref)}" for ref in score.misses),
        *(f"false positive  {_where(ref)}" for ref in score.false_positives),
        *(f"not-claim hit   {_where(hit)}: {hit.why}" for hit in score.not_claim_hits),
        *(
            f"field error     {_where(err)} {err.field}: gold {err.gold!r}, "
            f"predicted {err.predicted!r}"
            for err in score.field_errors
        ),
        *(f"no gold         {doc_id}" for doc_id in score.unscored_doc_ids),
    ]
