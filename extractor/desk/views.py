"""An item as the desk shows it (page and API): record, version, history, ranking, highlights."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..queue import Appearance, ClaimQueue, QueueItem
from ..queue.export import item_record
from ..queue.history import HistoryEntry, get_item_with_version, item_history, read_rows
from ..queue.ranking import ScorePart, item_features, score_parts
from ..queue.ratings import RATING_SCALE
from .highlight import Piece, sentence_pieces

# ClaimReview's reviewRating: a value 1-5 and the name a reader sees (alternateName).
RATINGS = RATING_SCALE


@dataclass(frozen=True)
class AppearanceView:
    appearance: Appearance
    pieces: list[Piece]


@dataclass(frozen=True)
class ItemView:
    item: QueueItem
    version: int
    history: list[HistoryEntry]
    features: list[ScorePart]
    appearances: list[AppearanceView]

    @property
    def claimed_by(self) -> str | None:
        if self.item.status == "in_review" and self.history:
            return self.history[-1].user_name
        return None

    @property
    def rating_value(self) -> int | None:
        for entry in reversed(self.history):
            if entry.rating_value is not None:
                return entry.rating_value
        return None


def as_of(queue: ClaimQueue) -> str | None:
    """The queue's newest publication day: what recency is measured against."""
    rows = read_rows(queue, "SELECT value FROM queue_meta WHERE key = ?", ("as_of",))
    return rows[0][0] if rows else None


def features_of(item: QueueItem, *, newest: str | None) -> list[ScorePart]:
    """Why the item ranks where it does: each feature's value, weight, points and reason
    (ranking.py), as `queue show` prints them."""
    return score_parts(item_features(item), as_of=newest)


def item_view(queue: ClaimQueue, item_id: int) -> ItemView:
    """Everything the item page shows; UnknownItemError for an unknown id."""
    item, version = get_item_with_version(queue, item_id)
    return ItemView(
        item=item,
        version=version,
        history=item_history(queue, item_id),
        features=features_of(item, newest=as_of(queue)),
        appearances=[AppearanceView(a, sentence_pieces(a.claim)) for a in item.appearances],
    )


def summary_json(item: QueueItem, *, claimed_by: str | None = None) -> dict[str, Any]:
    """An item in the API's list: what the list page shows."""
    return {
        "id": item.id,
        "score": item.score,
        "status": item.status,
        "claimed_by": claimed_by,
        "speaker": item.speaker,
        "number": item.number_text(),
        "value": item.value,
        "low": item.low,
        "high": item.high,
        "unit": item.unit,
        "entity": item.entity,
        "about": item.about,
        "sentence": item.sentence,
        "outlets": item.outlets,
        "appearances": item.appearance_count,
        "conflicts": item.conflict_count,
        "first_published": item.first_published,
        "last_published": item.last_published,
        "rating": item.rating,
        "note": item.note,
    }


def item_json(view: ItemView) -> dict[str, Any]:
    """An item in full for the API: the export's JSON record plus version, history, ranking."""
    record = item_record(view.item)
    record.update(
        version=view.version,
        claimed_by=view.claimed_by,
        rating_value=view.rating_value,
        ranking={
            row.name: {
                "value": row.value,
                "weight": row.weight,
                "points": round(row.points, 4),
                "reason": row.reason,
            }
            for row in view.features
        },
        history=[
            {
                "version": entry.version,
                "status": entry.status,
                "note": entry.note,
                "rating": entry.rating,
                "rating_value": entry.rating_value,
                "user": entry.user_name,
                "at": entry.changed_at,
            }
            for entry in view.history
        ],
    )
    return record
