-- The knowledge base: entities with their aliases, and claims with valid and recorded time.
-- Portable SQL (SQLite and PostgreSQL): text, integer, real; no vendor functions.

CREATE TABLE entity (
    id          VARCHAR(200) PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    label       TEXT         NOT NULL,
    data        TEXT         NOT NULL      -- JSON: aliases and external codes
);

CREATE TABLE alias (
    norm        VARCHAR(300) NOT NULL,     -- Names.normalise(text)
    entity_id   VARCHAR(200) NOT NULL REFERENCES entity(id),
    text        TEXT         NOT NULL,
    lang        VARCHAR(5),
    kind        VARCHAR(20)  NOT NULL,
    PRIMARY KEY (norm, entity_id, kind)
);
CREATE INDEX alias_entity ON alias(entity_id);

CREATE TABLE claim (
    id           VARCHAR(40)  PRIMARY KEY,  -- content-derived, see ClaimIds
    type         VARCHAR(20)  NOT NULL,
    subject      VARCHAR(200),              -- membership subject, office person, trade/investment first party
    object       VARCHAR(200),              -- membership object, office "of", event org
    status       VARCHAR(20),               -- membership status, office role, event kind
    body         TEXT         NOT NULL,     -- JSON in the exchange format (ClaimJson.body)
    source_kind  VARCHAR(20)  NOT NULL,     -- document | curated | dataset
    source_ref   TEXT,                      -- document id, curated file, dataset name
    provenance   TEXT         NOT NULL,     -- JSON
    method       VARCHAR(20)  NOT NULL,     -- curated | imported | extracted
    rule         VARCHAR(200),
    confidence   REAL         NOT NULL,
    review       VARCHAR(20)  NOT NULL,
    recorded_at  BIGINT       NOT NULL,     -- epoch milliseconds: when the KB learned the claim
    retracted_at BIGINT                     -- when it stopped holding it (null: still held)
);
CREATE INDEX claim_by_object  ON claim(type, object);
CREATE INDEX claim_by_subject ON claim(type, subject);
CREATE INDEX claim_by_source  ON claim(source_kind, source_ref);

-- Every entity a claim is about (participants, trade partners ...), for --about look-ups.
CREATE TABLE claim_entity (
    claim_id   VARCHAR(40)  NOT NULL REFERENCES claim(id),
    entity_id  VARCHAR(200) NOT NULL,
    PRIMARY KEY (entity_id, claim_id)
);

-- The history of review decisions, so that answers "as known at" a time see the state of then.
CREATE TABLE review_event (
    claim_id   VARCHAR(40)  NOT NULL REFERENCES claim(id),
    state      VARCHAR(20)  NOT NULL,
    at         BIGINT       NOT NULL,
    note       TEXT
);
CREATE INDEX review_event_claim ON review_event(claim_id, at);
