-- Facts about the knowledge base itself, by name. "curated" holds the fingerprint of the curated
-- data last loaded in full: it is written in the same transaction as the data, so a KB whose
-- set-up was interrupted has no such row and the next command completes it.
-- Portable SQL (SQLite and PostgreSQL).
CREATE TABLE kb_meta (
    name   VARCHAR(100) PRIMARY KEY,
    value  TEXT         NOT NULL
);
