-- PostgreSQL only: its column types are narrower than SQLite's for the same declarations.
-- REAL is a 4-byte float in PostgreSQL (8 bytes in SQLite): a confidence of 0.8 would come
-- back as 0.800000011920929. VARCHAR(n) is enforced by PostgreSQL and ignored by SQLite: a
-- document id from a long file name would be refused on one store and kept on the other.
-- Both are widened so that every knowledge base moves between the two unchanged (migrate).
ALTER TABLE claim ALTER COLUMN confidence TYPE DOUBLE PRECISION;
ALTER TABLE entity ALTER COLUMN id TYPE TEXT, ALTER COLUMN kind TYPE TEXT;
ALTER TABLE alias ALTER COLUMN norm TYPE TEXT, ALTER COLUMN entity_id TYPE TEXT, ALTER COLUMN lang TYPE TEXT,
    ALTER COLUMN kind TYPE TEXT;
ALTER TABLE claim ALTER COLUMN id TYPE TEXT, ALTER COLUMN type TYPE TEXT, ALTER COLUMN subject TYPE TEXT,
    ALTER COLUMN object TYPE TEXT, ALTER COLUMN status TYPE TEXT, ALTER COLUMN source_kind TYPE TEXT,
    ALTER COLUMN method TYPE TEXT, ALTER COLUMN rule TYPE TEXT, ALTER COLUMN review TYPE TEXT;
ALTER TABLE claim_entity ALTER COLUMN claim_id TYPE TEXT, ALTER COLUMN entity_id TYPE TEXT;
ALTER TABLE review_event ALTER COLUMN claim_id TYPE TEXT, ALTER COLUMN state TYPE TEXT;
ALTER TABLE document ALTER COLUMN id TYPE TEXT, ALTER COLUMN published TYPE TEXT, ALTER COLUMN language TYPE TEXT,
    ALTER COLUMN raw_sha256 TYPE TEXT, ALTER COLUMN text_sha256 TYPE TEXT, ALTER COLUMN duplicate_of TYPE TEXT;
