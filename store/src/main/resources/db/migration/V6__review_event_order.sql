-- The order of a claim's review decisions, explicitly. The latest decision at a time was the
-- row SQLite inserted last (its rowid), which PostgreSQL does not have: seq numbers each
-- claim's decisions 1, 2, ... in the order they were made, and breaks ties of "at".
-- Existing rows are numbered by time; two rows of one claim in the same millisecond (only a
-- script could make them) put the "recorded" row first, as record() always wrote it first.
-- Portable SQL (SQLite and PostgreSQL).
ALTER TABLE review_event ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE review_event SET seq = 1 + (
    SELECT COUNT(*) FROM review_event r
    WHERE r.claim_id = review_event.claim_id
      AND (r.at < review_event.at
           OR (r.at = review_event.at AND r.note = 'recorded'
               AND (review_event.note IS NULL OR review_event.note <> 'recorded'))));
