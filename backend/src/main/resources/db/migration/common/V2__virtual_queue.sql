-- The virtual queue of ONLINE sales: customers join, wait their turn, and are admitted
-- at the session's rate with a short-lived token that holding seats online requires.
ALTER TABLE sessions ADD COLUMN queue_admit_per_minute INTEGER NOT NULL DEFAULT 60;

CREATE TABLE queue_entries (
    id                VARCHAR(32) PRIMARY KEY,
    session_id        VARCHAR(32) NOT NULL REFERENCES sessions (id),
    account_id        VARCHAR(32) NOT NULL REFERENCES accounts (id),
    joined_at         BIGINT      NOT NULL,
    admitted_at       BIGINT,
    token_hash        VARCHAR(64),
    token_expires_at  BIGINT
);
CREATE INDEX queue_entries_waiting ON queue_entries (session_id, admitted_at, joined_at);
CREATE INDEX queue_entries_token ON queue_entries (token_hash);
