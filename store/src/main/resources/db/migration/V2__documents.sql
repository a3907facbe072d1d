-- Source documents as ingested: the raw bytes' hash, the text Tika extracted and the normalised
-- text with its offset map back, so that every quote can be found in both.
-- Portable SQL (SQLite and PostgreSQL): text and integers only.

CREATE TABLE document (
    id             VARCHAR(200) PRIMARY KEY,   -- file name without extension (+ hash suffix on a clash)
    source         TEXT         NOT NULL,      -- the path, URL or "-" it was read from
    title          TEXT,
    author         TEXT,
    publisher      TEXT,
    published      VARCHAR(10),                -- ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown
    language       VARCHAR(8),                 -- ISO 639-1 of the main language
    chars          INTEGER      NOT NULL,      -- length of the normalised text
    raw_sha256     VARCHAR(64)  NOT NULL,
    text_sha256    VARCHAR(64)  NOT NULL,      -- hash of the normalised text
    extracted      TEXT         NOT NULL,
    normalised     TEXT         NOT NULL,
    offset_map     TEXT         NOT NULL,      -- run-length encoded, see OffsetMapCodec
    refs           TEXT         NOT NULL,      -- JSON array of footnotes and URL lines taken out of the body
    minhash        TEXT         NOT NULL,      -- near-duplicate signature, base64 of 32-bit ints
    duplicate_of   VARCHAR(200) REFERENCES document(id),
    ingested_at    BIGINT       NOT NULL       -- epoch milliseconds
);
CREATE UNIQUE INDEX document_raw ON document(raw_sha256);
CREATE INDEX document_text ON document(text_sha256);
