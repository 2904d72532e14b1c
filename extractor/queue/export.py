"""Export queue items for the tools fact-checkers use: JSON Lines, CSV, schema.org JSON-LD.

JSON-LD: each item is a schema.org ``Claim`` (author = the speaker as a ``Person`` or an
``Organization``; ``appearance`` = one ``CreativeWork`` per article with its url,
datePublished, headline, publisher and the sentence as text). The Claim is ``about`` a
``Thing`` (what is counted) and a ``QuantitativeValue`` (the number: value, minValue,
maxValue, unitText), whose ``additionalProperty`` ``PropertyValue`` entries carry value,
low, high, bound, unit, entity, qualifiers, property, quote type and score, so nothing the
extractor found is lost (schema.org gives ``additionalProperty`` to QuantitativeValue, not
to Claim). A ``checked`` item is exported as a ``ClaimReview`` of that Claim: ``author``
the fact-checking organisation, ``url`` the first appearance's, ``datePublished`` when it
was marked checked, ``reviewRating`` the checker's rating, ``reviewBody`` the note.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .models import QueueItem
from .ratings import BEST_RATING, WORST_RATING, scale_value

FORMATS = ("jsonl", "csv", "jsonld")
SCHEMA_CONTEXT = "https://schema.org"
ITEM_URN = "urn:extract-claim-queue:item:"
DEFAULT_PUBLISHER = "claim-extractor queue"  # the ClaimReview's author without --publisher
CSV_COLUMNS = (
    "id",
    "score",
    "status",
    "speaker",
    "speaker_kind",
    "quantity",
    "value",
    "low",
    "high",
    "bound",
    "unit",
    "entity",
    "qualifiers",
    "property",
    "about",
    "sentence",
    "quote",
    "outlets",
    "appearances",
    "first_published",
    "last_published",
    "urls",
    "conflicts",
    "rating",
    "note",
)
# Columns whose cells we write from numbers: "-5" there is a number, never a formula.
NUMERIC_COLUMNS = frozenset(
    {"id", "score", "value", "low", "high", "outlets", "appearances", "conflicts"}
)
# A spreadsheet runs a cell starting with one of these as a formula (OWASP, CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Escaped in JSON-LD text so that the document can sit in <script type="application/ld+json">
# ("</script>" in a sentence would close the block); still JSON, parsing to the same data.
_SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def item_record(item: QueueItem) -> dict[str, Any]:
    """An item as plain JSON: its fields, appearances (with full claim records), conflict ids."""
    return {
        "id": item.id,
        "score": item.score,
        "status": item.status,
        "note": item.note,
        "rating": item.rating,
        "speaker": item.speaker,
        "speaker_kind": item.speaker_kind,
        "quantity": {
            "text": item.quantity_text,
            "value": item.value,
            "low": item.low,
            "high": item.high,
            "bound": item.bound,
            "unit": item.unit,
        },
        "about": {
            "text": item.about,
            "entity": item.entity,
            "qualifiers": item.qualifiers,
            "property": item.property,
        },
        "sentence": item.sentence,
        "quote": item.quote,
        "outlets": item.outlets,
        "first_published": item.first_published,
        "last_published": item.last_published,
        "appearances": [
            appearance.claim.model_dump(mode="json") for appearance in item.appearances
        ],
        "conflicts": [other.id for other in item.conflicts],
    }


def _csv_row(item: QueueItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "score": item.score,
        "status": item.status,
        "speaker": item.speaker or "",
        "speaker_kind": item.speaker_kind or "",
        "quantity": item.quantity_text,
        "value": _num(item.value),
        "low": _num(item.low),
        "high": _num(item.high),
        "bound": item.bound,
        "unit": item.unit or "",
        "entity": item.entity or "",
        "qualifiers": " | ".join(item.qualifiers),
        "property": item.property or "",
        "about": item.about,
        "sentence": item.sentence,
        "quote": item.quote,
        "outlets": item.outlets,
        "appearances": item.appearance_count,
        "first_published": item.first_published or "",
        "last_published": item.last_published or "",
        "urls": " | ".join(a.url for a in item.appearances if a.url),
        "conflicts": " | ".join(str(other.id) for other in item.conflicts),
        "rating": item.rating or "",
        "note": item.note or "",
    }


def neutralise_formula(cell: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, prefixed with ' (OWASP's advice)."""
    if isinstance(cell, str) and cell.startswith(FORMULA_PREFIXES):
        return "'" + cell
    return cell


def _safe_csv_row(item: QueueItem) -> dict[str, Any]:
    return {
        name: cell if name in NUMERIC_COLUMNS else neutralise_formula(cell)
        for name, cell in _csv_row(item).items()
    }


def script_safe_json(record: Any) -> str:
    """JSON text with <, >, & (and U+2028/9) as \\u escapes: safe inside a <script> block."""
    return json.dumps(record, ensure_ascii=False).translate(_SCRIPT_SAFE)


def _num(number: float | None) -> str:
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() else repr(number)


def _property(name: str, value: Any) -> dict[str, Any]:
    return {"@type": "PropertyValue", "name": name, "value": value}


def claim_jsonld(item: QueueItem) -> dict[str, Any]:
    """A schema.org ``Claim`` (no @context: it is given once, at the top of the document)."""
    claim: dict[str, Any] = {"@type": "Claim", "@id": f"{ITEM_URN}{item.id}", "text": item.sentence}
    if item.speaker:
        claim["author"] = {
            "@type": "Person" if item.speaker_kind == "person" else "Organization",
            "name": item.speaker,
        }
    if item.first_published:
        claim["datePublished"] = item.first_published
    appearances = [_creative_work(appearance) for appearance in item.appearances]
    if appearances:
        claim["appearance"] = appearances
        claim["firstAppearance"] = appearances[0]
    things: list[dict[str, Any]] = []
    if item.about:
        things.append({"@type": "Thing", "name": item.about})
    things.append(_quantitative_value(item))
    claim["about"] = things
    return claim


def _quantitative_value(item: QueueItem) -> dict[str, Any]:
    """The number as a ``QuantitativeValue`` the Claim is ``about``; every field the
    extractor found rides along as its ``additionalProperty`` (a property schema.org gives
    QuantitativeValue, not Claim)."""
    value: dict[str, Any] = {"@type": "QuantitativeValue", "name": item.quantity_text}
    for name, number in (("value", item.value), ("minValue", item.low), ("maxValue", item.high)):
        if number is not None:
            value[name] = number
    if item.unit:
        value["unitText"] = item.unit
    numbers = {
        "value": item.value,
        "low": item.low,
        "high": item.high,
        "bound": item.bound,
        "unit": item.unit,
        "entity": item.entity,
        "property": item.property,
        "quote": item.quote,
        "checkWorthiness": item.score,
    }
    value["additionalProperty"] = [
        _property(name, number) for name, number in numbers.items() if number is not None
    ] + [_property("qualifier", qualifier) for qualifier in item.qualifiers]
    return value


def _creative_work(appearance: Any) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "text": appearance.sentence}
    if appearance.url:
        work["url"] = appearance.url
    if appearance.published:
        work["datePublished"] = appearance.published
    if appearance.title:
        work["headline"] = appearance.title
    if appearance.source:
        work["publisher"] = {"@type": "Organization", "name": appearance.source}
    if appearance.doc_id:
        work["identifier"] = appearance.doc_id
    return work


def item_jsonld(
    item: QueueItem, *, publisher: str = DEFAULT_PUBLISHER, rating_value: int | None = None
) -> dict[str, Any]:
    """A ``Claim``, or for a checked item a ``ClaimReview`` whose itemReviewed is the Claim.

    Its ``reviewRating`` carries the checker's rating as ``alternateName`` and, on the 1-5
    scale, as ``ratingValue``: ``rating_value`` when the caller knows it (the desk records
    it), else the value of a rating named on the scale (ratings.py).

    The review's author is the fact-checking organisation (``publisher``), its url the
    claim's first appearance, its datePublished when the item was marked checked.
    """
    claim = claim_jsonld(item)
    if item.status != "checked":
        return claim
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": item.rating or "unrated"}
    value = rating_value if rating_value is not None else scale_value(item.rating)
    if value is not None:
        rating |= {"ratingValue": value, "bestRating": BEST_RATING, "worstRating": WORST_RATING}
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "@id": f"{ITEM_URN}{item.id}:review",
        "author": {"@type": "Organization", "name": publisher},
        "claimReviewed": item.sentence,
        "reviewRating": rating,
        "itemReviewed": claim,
        "datePublished": item.updated_at,
        "dateModified": item.updated_at[:10],
    }
    url = next((appearance.url for appearance in item.appearances if appearance.url), None)
    if url:
        review["url"] = url
    if item.note:
        review["reviewBody"] = item.note
    return review


def render(
    items: Iterable[QueueItem],
    *,
    fmt: str,
    publisher: str = DEFAULT_PUBLISHER,
    rating_values: Callable[[int], int | None] | None = None,
) -> Iterator[str]:
    """The export as text chunks (streamed: a large queue is never held as one string);
    ``rating_values`` gives a checked item's recorded 1-5 rating value by id."""
    if fmt == "jsonl":
        for item in items:
            yield json.dumps(item_record(item), ensure_ascii=False) + "\n"
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for item in items:
            writer.writerow(_safe_csv_row(item))
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()
    elif fmt == "jsonld":
        yield '{"@context": "' + SCHEMA_CONTEXT + '", "@graph": [\n'
        for index, item in enumerate(items):
            yield ("" if index == 0 else ",\n") + script_safe_json(
                item_jsonld(
                    item,
                    publisher=publisher,
                    rating_value=rating_values(item.id) if rating_values else None,
                )
            )
        yield "\n]}\n"
    else:
        from .errors import QueueError

        raise QueueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
