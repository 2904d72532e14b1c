"""Scoring queue items: recount their outlets, dates and strongest quote, then rank them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from .ranking import RankFeatures, check_worthiness, claim_score, strongest_quote
from .store_connection import QueueConnection

# Only records whose cue is a paragraph label (":") can make a speaker an asker: the rest
# are not parsed to find them.
LABEL_CUE_JSON = '"text":":"'


def _outlet(source: str | None, url: str | None, sentence: str) -> str:
    """Who printed an appearance: the source name, else the URL's host, else the article.

    Without either, doc ids are file names ("a/story.txt" and "b/story.txt" are both
    "story"; one article saved twice has two names): the article is then known by what it
    says, the sentence (and url), so one article under two file names is one outlet.
    """
    if source:
        return source.strip().lower()
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    return "text:" + hashlib.sha1(f"{url or ''}\x1f{sentence}".encode()).hexdigest()


def askers_in(execute, doc_ids: Iterable[str | None]) -> dict[str, frozenset[str]]:
    """Who asks in each of these articles, by the check-worthiness model's asker rule,
    read from all of the article's queued records (``execute``: the queue's SQL)."""
    from ..checkworthy.score import article_askers, as_claim, reads_askers

    if not reads_askers():
        return {}
    rows = article_rows(execute, "record", doc_ids)
    return article_askers(as_claim(record) for (record,) in rows if LABEL_CUE_JSON in record)


def article_rows(execute, columns: str, doc_ids: Iterable[str | None]) -> list[tuple]:
    """``columns`` of every queued appearance in these articles (``doc_id``; none: none)."""
    wanted = sorted({doc for doc in doc_ids if doc})
    rows: list[tuple] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows += execute(
            f"SELECT {columns} FROM queue_appearances"
            f" WHERE doc_id IN ({', '.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
    return rows


class QueueScorer(QueueConnection):
    """Keeps every item's counts and check-worthiness score in step with its appearances."""

    def _askers(self, doc_ids: Iterable[str | None]) -> dict[str, frozenset[str]]:
        return askers_in(self._execute, doc_ids)

    def rescore(self) -> None:
        """Recompute every item's counts and score (after a change of ranking weights)."""
        self._write(lambda: self._refresh(None, as_of=self._meta("as_of")))

    def _refresh(self, item_ids: list[int] | None, *, as_of: str | None) -> None:
        """Recount outlets and dates and recompute the score of these items (None: all)."""
        if item_ids is not None and not item_ids:
            return
        chunks = (
            [None]
            if item_ids is None
            else [item_ids[i : i + 500] for i in range(0, len(item_ids), 500)]
        )
        for chunk in chunks:
            where, params = (
                ("", [])
                if chunk is None
                else (f" WHERE {{}} IN ({', '.join('?' * len(chunk))})", chunk)
            )
            items = self._execute(
                "SELECT id, (SELECT count(*) FROM queue_conflicts c"
                " WHERE c.item_a = queue_items.id OR c.item_b = queue_items.id)"
                " FROM queue_items" + where.format("id"),
                params,
            ).fetchall()
            seen: dict[int, list[tuple[Any, ...]]] = {}
            for item_id, *rest in self._execute(
                "SELECT item_id, source, url, sentence, published, quote, record, doc_id"
                " FROM queue_appearances" + where.format("item_id"),
                params,
            ).fetchall():
                seen.setdefault(int(item_id), []).append(tuple(rest))
            askers = self._askers({row[6] for rows in seen.values() for row in rows})
            updates = []
            for item_id, conflicts in items:
                rows = seen.get(int(item_id), [])
                outlets = len({_outlet(source, url, text) for source, url, text, *_ in rows})
                dates = sorted(published[:10] for _, _, _, published, *_ in rows if published)
                quote = strongest_quote([row[4] for row in rows])
                last = dates[-1] if dates else None
                features = RankFeatures(
                    claim=claim_score([row[5] for row in rows], askers=askers),
                    outlets=outlets,
                    last_published=last,
                    conflicts=int(conflicts),
                )
                updates.append(
                    (
                        check_worthiness(features, as_of=as_of),
                        outlets,
                        len(rows),
                        dates[0] if dates else None,
                        last,
                        quote,
                        int(item_id),
                    )
                )
            self._execute_many(
                "UPDATE queue_items SET score = ?, outlets = ?, appearance_count = ?,"
                " first_published = ?, last_published = ?, quote = ? WHERE id = ?",
                updates,
            )
