"""The queue's records: items, their appearances, filters and summaries (plain data)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..schema import Claim

STATUSES = ("new", "in_review", "checked", "dismissed")


def parse_status(text: str) -> str:
    """ "in review", "In-Review" and "in_review" are one status; anything else is an error."""
    from .errors import BadStatusError

    status = text.strip().lower().replace("-", "_").replace(" ", "_")
    if status not in STATUSES:
        raise BadStatusError(f"unknown status {text!r}: use one of {', '.join(STATUSES)}")
    return status


@dataclass(frozen=True)
class Appearance:
    """One place a claim was printed."""

    key: str
    doc_id: str | None
    url: str | None
    title: str | None
    source: str | None
    published: str | None
    sentence: str
    quantity_text: str
    quote: str
    claim: Claim


@dataclass(frozen=True)
class QueueItem:
    """One claim however many outlets print it, with its place in the checking workflow."""

    id: int
    speaker: str | None
    speaker_kind: str | None
    speaker_mention: str | None
    entity: str | None
    qualifiers: list[str]
    property: str | None
    about: str
    value: float | None
    low: float | None
    high: float | None
    bound: str
    unit: str | None
    quantity_text: str
    sentence: str
    quote: str
    status: str
    note: str | None
    rating: str | None
    score: float
    outlets: int
    appearance_count: int
    first_published: str | None
    last_published: str | None
    updated_at: str
    conflict_count: int = 0
    appearances: list[Appearance] = field(default_factory=list)
    conflicts: list[QueueItem] = field(default_factory=list)
    # Who asks in the articles of its appearances (the check-worthiness model's asker
    # rule): filled with the appearances by ``get_item``, read by "why is this here".
    askers: dict[str, frozenset[str]] = field(default_factory=dict)

    def number_text(self) -> str:
        """The quantity as a checker reads it.

        "~100,000", ">100,000", "15,000,000-30,000,000 USD".
        """
        if self.bound == "range":
            text = f"{_fmt(self.low)}-{_fmt(self.high)}"
        else:
            prefix = {"approx": "~", "lower": ">", "upper": "<"}.get(self.bound, "")
            text = prefix + _fmt(self.value)
        return f"{text} {self.unit}" if self.unit else text


def _fmt(number: float | None) -> str:
    if number is None:
        return "?"
    if float(number).is_integer():
        return f"{int(number):,}"
    return f"{number:,.6g}"


@dataclass(frozen=True)
class ItemFilter:
    """``queue list`` filters; None means no filter. Dates are ``YYYY-MM-DD``, inclusive."""

    status: str | None = None
    speaker: str | None = None
    since: str | None = None
    until: str | None = None
    min_score: float | None = None
    search: str | None = None
    limit: int | None = 50


@dataclass
class AddSummary:
    """What feeding the queue did: every record read is counted once in one bucket."""

    records: int = 0  # claim records read
    new_items: int = 0  # records that started a new item
    merged: int = 0  # records that became another appearance of an existing item
    duplicates: int = 0  # appearances already in the queue (the same article fed again)
    conflicts: int = 0  # conflict links made between items
    skipped: int = 0  # malformed lines, skipped with a warning

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class QueueStats:
    items: int
    appearances: int
    merged_appearances: int  # appearances - items: printings folded into an existing item
    conflicts: int
    by_status: dict[str, int]
    as_of: str | None
