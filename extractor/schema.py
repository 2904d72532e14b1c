"""The claim record: the one place where output fields are defined.

Field names and meanings follow ``CLAIM-SPEC.md`` (a contract with downstream users):
fields may be added here, never renamed or given another meaning. Records hold plain
data only (character offsets, numbers, strings), so they cross process boundaries and
serialise to JSON unchanged.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, field_serializer

Bound = Literal["exact", "approx", "lower", "upper", "range"]
QuoteType = Literal["direct", "indirect", "none"]
SpeakerKind = Literal["person", "organization", "place", "group", "unknown"]
DateRole = Literal["stated", "reference", "event"]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Record):
    """A slice of the input: ``text == input[start_char:end_char]``."""

    start_char: int
    end_char: int
    text: str


class Quantity(Span):
    """The asserted number, normalised.

    ``value`` is null for a range (then ``low`` and ``high`` are both set).
    ``unit`` is null for plain counts, else a normalised unit ("percent", "USD", ...).
    """

    value: float | None
    low: float | None = None
    high: float | None = None
    bound: Bound = "exact"
    unit: str | None = None

    @field_serializer("value", "low", "high")
    def _plain_number(self, number: float | None) -> float | int | None:
        """100000, not 100000.0: integral values are written as JSON integers."""
        if number is not None and float(number).is_integer() and abs(number) < 2**53:
            return int(number)
        return number


class About(_Record):
    """What the number is about."""

    text: str
    entity: str | None = None
    qualifiers: list[str] = []
    property: str | None = None


class Speaker(_Record):
    """Who makes the claim; ``name`` is the fullest form the article gives."""

    name: str
    mention: Span
    kind: SpeakerKind = "unknown"


class Via(Span):
    """The medium, outlet, document or intermediary the statement came through."""

    name: str


class DateRef(Span):
    """A date expression, normalised TimeML-style ("2022-09", "XXXX-09", "2022-W45")."""

    value: str | None
    role: DateRole = "event"


class Claim(_Record):
    """One numeric claim: who said what number about what, citing whom, and when."""

    doc_id: str | None = None
    sentence: Span
    quantity: Quantity
    about: About
    speaker: Speaker | None = None
    cue: Span | None = None
    via: Via | None = None
    quote: QuoteType = "none"
    dates: list[DateRef] = []
    published: str | None = None
    # Article metadata carried by batch runs (JSON Lines, WARC, HTML): null for one file.
    url: str | None = None
    title: str | None = None
    source: str | None = None
