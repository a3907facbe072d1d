-- Accounts for the server: users with a role and a password hash, API tokens stored only as
-- hashes, and who made each review decision. Portable SQL (SQLite and PostgreSQL): no
-- AUTOINCREMENT, no vendor functions. ("user" is a reserved word in PostgreSQL, hence account.)

CREATE TABLE account (
    name          VARCHAR(100) PRIMARY KEY,
    role          VARCHAR(20)  NOT NULL,      -- reader | reviewer | admin
    password_hash TEXT         NOT NULL,      -- bcrypt, as written by the server's Passwords
    created_at    BIGINT       NOT NULL       -- epoch milliseconds
);

CREATE TABLE api_token (
    token_sha256  VARCHAR(64)  PRIMARY KEY,   -- SHA-256 of the token; the token itself is shown once and never stored
    account_name  VARCHAR(100) NOT NULL REFERENCES account(name),
    created_at    BIGINT       NOT NULL
);
CREATE INDEX api_token_account ON api_token(account_name);

-- Who decided: an account name, or null for decisions made on the command line before accounts.
ALTER TABLE review_event ADD COLUMN reviewer VARCHAR(100);
