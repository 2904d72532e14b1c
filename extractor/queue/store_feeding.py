"""Feeding the queue: each claim record becomes a new item, or an appearance of a known one.

A record joins the item with its identity (speaker, what, property) and a matching number;
a new item is linked to the items whose numbers on the same topic conflict with it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from ..schema import Claim
from .conflicts import claims_conflict
from .dedup import Numbers, appearance_key, identity_key, quantities_match, speaker_key, topic_key
from .models import AddSummary
from .ranking import RANKING
from .store_connection import utc_now
from .store_scoring import QueueScorer, article_rows
from .store_tables import DOC_INDEX

BATCH_RECORDS = 200  # records per write transaction: short transactions let feeders interleave


class QueueFeeder(QueueScorer):
    """Adds claim records in short write transactions: items, appearances, conflict links."""

    _doc_index_made = False

    def add_claims(
        self, claims: Iterable[Claim], *, summary: AddSummary | None = None
    ) -> AddSummary:
        """Add claim records: new items, new appearances of known items, conflict links.

        Idempotent: a record whose appearance (article + offsets) is already queued
        changes nothing.
        """
        summary = summary if summary is not None else AddSummary()
        if not self._doc_index_made:  # a queue made before the index gets it once
            self._write(lambda: self._execute(DOC_INDEX))
            self._doc_index_made = True
        batch: list[Claim] = []
        as_of_moved = False
        for claim in claims:
            batch.append(claim)
            if len(batch) >= BATCH_RECORDS:
                as_of_moved |= self._add_batch(batch, summary)
                batch = []
        if batch:
            as_of_moved |= self._add_batch(batch, summary)
        if as_of_moved or self._read(lambda: self._meta("ranking")) != RANKING:
            # Recency is relative to the newest date in the queue: when that moved, every
            # score moves (once per feed, not per batch); so does every score of a queue
            # ranked by an earlier formula or model.
            self._write(self._rescore_all)
        return summary

    def _rescore_all(self) -> None:
        self._refresh(None, as_of=self._meta("as_of"))
        self._set_meta("ranking", RANKING)

    def _add_batch(self, claims: list[Claim], summary: AddSummary) -> bool:
        def work() -> tuple[AddSummary, bool]:
            local = AddSummary()
            touched: set[int] = set()
            now = utc_now()
            for claim in claims:
                local.records += 1
                key = appearance_key(claim)
                if self._execute(
                    "SELECT 1 FROM queue_appearances WHERE appearance_key = ?", (key,)
                ).fetchone():
                    local.duplicates += 1
                    continue
                item_id = self._matching_item(claim)
                if item_id is None:
                    item_id = self._insert_item(claim, now)
                    local.new_items += 1
                    linked = self._link_conflicts(item_id, claim)
                    local.conflicts += len(linked)
                    touched.update(linked)  # their conflicts signal changed: rescored too
                else:
                    local.merged += 1
                self._insert_appearance(item_id, key, claim, now)
                touched.add(item_id)
            # A feed may bring more of an article already queued: who asks in it may
            # change, and with it the score of its other items.
            touched.update(self._items_of_articles({claim.doc_id for claim in claims}))
            as_of = self._meta("as_of")
            newest = max([c.published[:10] for c in claims if c.published] + [as_of or ""]) or None
            moved = bool(newest and newest != as_of)
            if moved:
                self._set_meta("as_of", newest)
            self._refresh(sorted(touched), as_of=newest)
            return local, moved

        # Counted only once committed: a retried transaction starts its counts afresh.
        local, moved = self._write(work)
        for name, value in local.as_dict().items():
            setattr(summary, name, getattr(summary, name) + value)
        return moved

    def _items_of_articles(self, doc_ids: set[str | None]) -> set[int]:
        """The items appearing in these articles, when the model reads who asks in them."""
        from ..checkworthy.score import reads_askers

        if not reads_askers():
            return set()
        return {int(item_id) for (item_id,) in article_rows(self._execute, "item_id", doc_ids)}

    def _matching_item(self, claim: Claim) -> int | None:
        numbers = Numbers.of(claim)
        rows = self._execute(
            "SELECT id, value, low, high, bound FROM queue_items"
            " WHERE identity_key = ? ORDER BY id",
            (identity_key(claim),),
        ).fetchall()
        for item_id, value, low, high, bound in rows:
            if quantities_match(numbers, Numbers(value, low, high, bound)):
                return int(item_id)
        return None

    def _insert_item(self, claim: Claim, now: str) -> int:
        q, about, speaker = claim.quantity, claim.about, claim.speaker
        row = self._execute(
            "INSERT INTO queue_items (identity_key, topic_key, speaker, speaker_norm, speaker_kind,"
            " speaker_mention, entity, qualifiers, property, about, value, low, high, bound, unit,"
            " quantity_text, sentence, quote, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                identity_key(claim),
                topic_key(claim),
                speaker.name if speaker else None,
                speaker_key(speaker.name, speaker.kind) if speaker else "",
                speaker.kind if speaker else None,
                speaker.mention.text if speaker else None,
                about.entity,
                json.dumps(list(about.qualifiers)),
                about.property,
                about.text,
                q.value,
                q.low,
                q.high,
                q.bound,
                q.unit,
                q.text,
                claim.sentence.text,
                claim.quote,
                now,
                now,
            ),
        ).fetchone()
        return int(row[0])

    def _link_conflicts(self, item_id: int, claim: Claim) -> list[int]:
        """Link a new item to the items on its topic whose records conflict with its record
        (``conflicts.claims_conflict``); the ids linked."""
        topic = topic_key(claim)
        if topic is None or claim.speaker is None:
            return []
        # Each item is compared as its first record (the one that made it).
        rows = self._execute(
            "SELECT i.id, a.record FROM queue_items i JOIN queue_appearances a"
            " ON a.id = (SELECT min(f.id) FROM queue_appearances f WHERE f.item_id = i.id)"
            " WHERE i.topic_key = ? AND i.id <> ? AND i.speaker IS NOT NULL ORDER BY i.id",
            (topic, item_id),
        ).fetchall()
        linked = []
        for other_id, record in rows:
            if not claims_conflict(claim, Claim.model_validate_json(record)):
                continue
            # One article's numbers on one topic are about different things ("three of nine
            # primaries"), never a contradiction: only numbers from other articles conflict.
            if (
                claim.doc_id is not None
                and self._execute(
                    "SELECT 1 FROM queue_appearances WHERE item_id = ? AND doc_id = ?",
                    (other_id, claim.doc_id),
                ).fetchone()
            ):
                continue
            first, second = sorted((int(other_id), item_id))
            self._execute(
                "INSERT INTO queue_conflicts (item_a, item_b) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (first, second),
            )
            linked.append(int(other_id))
        return linked

    def _insert_appearance(self, item_id: int, key: str, claim: Claim, now: str) -> None:
        self._execute(
            "INSERT INTO queue_appearances (item_id, appearance_key, doc_id, url, title, source,"
            " published, sentence, quantity_text, quote, record, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (appearance_key) DO NOTHING",
            (
                item_id,
                key,
                claim.doc_id,
                claim.url,
                claim.title,
                claim.source,
                claim.published,
                claim.sentence.text,
                claim.quantity.text,
                claim.quote,
                claim.model_dump_json(),
                now,
            ),
        )
