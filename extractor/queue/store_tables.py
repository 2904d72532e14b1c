"""The queue's database layout: the format stamp, the tables (DDL) and the columns read back.

One DDL serves both backends: ``{id_type}`` and ``{real}`` are filled in per backend
(SQLite ``INTEGER PRIMARY KEY``/``REAL``, PostgreSQL ``BIGSERIAL PRIMARY KEY``/``DOUBLE
PRECISION``).
"""

from __future__ import annotations

FORMAT_NAME = "extract-claim-queue"
FORMAT_VERSION = "1"

ITEM_COLUMNS = (
    "id",
    "speaker",
    "speaker_kind",
    "speaker_mention",
    "entity",
    "qualifiers",
    "property",
    "about",
    "value",
    "low",
    "high",
    "bound",
    "unit",
    "quantity_text",
    "sentence",
    "quote",
    "status",
    "note",
    "rating",
    "score",
    "outlets",
    "appearance_count",
    "first_published",
    "last_published",
    "updated_at",
)
# The columns of QueueItem, in order; the last is computed.
ITEM_SELECT = ", ".join(ITEM_COLUMNS) + (
    ", (SELECT count(*) FROM queue_conflicts c"
    " WHERE c.item_a = queue_items.id OR c.item_b = queue_items.id)"
)
APPEARANCE_COLUMNS = (
    "appearance_key",
    "doc_id",
    "url",
    "title",
    "source",
    "published",
    "sentence",
    "quantity_text",
    "quote",
    "record",
)

# Who asks in an article is read from all of its records (``store_scoring.askers_in``).
DOC_INDEX = "CREATE INDEX IF NOT EXISTS queue_appearances_doc ON queue_appearances (doc_id)"
TABLES_SQL = """
CREATE TABLE IF NOT EXISTS queue_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS queue_items (
    id {id_type},
    identity_key TEXT NOT NULL,
    topic_key TEXT,
    speaker TEXT, speaker_norm TEXT NOT NULL, speaker_kind TEXT, speaker_mention TEXT,
    entity TEXT, qualifiers TEXT NOT NULL, property TEXT, about TEXT NOT NULL,
    value {real}, low {real}, high {real}, bound TEXT NOT NULL, unit TEXT,
    quantity_text TEXT NOT NULL, sentence TEXT NOT NULL, quote TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new', note TEXT, rating TEXT,
    score {real} NOT NULL DEFAULT 0, outlets INTEGER NOT NULL DEFAULT 0,
    appearance_count INTEGER NOT NULL DEFAULT 0,
    first_published TEXT, last_published TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS queue_items_identity ON queue_items (identity_key);
CREATE INDEX IF NOT EXISTS queue_items_topic ON queue_items (topic_key);
CREATE INDEX IF NOT EXISTS queue_items_score ON queue_items (score);
CREATE TABLE IF NOT EXISTS queue_appearances (
    id {id_type},
    item_id INTEGER NOT NULL REFERENCES queue_items (id),
    appearance_key TEXT NOT NULL UNIQUE,
    doc_id TEXT, url TEXT, title TEXT, source TEXT, published TEXT,
    sentence TEXT NOT NULL, quantity_text TEXT NOT NULL, quote TEXT NOT NULL,
    record TEXT NOT NULL, added_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS queue_appearances_item ON queue_appearances (item_id);
{doc_index};
CREATE TABLE IF NOT EXISTS queue_conflicts (
    item_a INTEGER NOT NULL REFERENCES queue_items (id),
    item_b INTEGER NOT NULL REFERENCES queue_items (id),
    PRIMARY KEY (item_a, item_b)
);
"""
