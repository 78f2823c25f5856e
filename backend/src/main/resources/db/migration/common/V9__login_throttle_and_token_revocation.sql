-- Failed logins are counted per username, whether or not an account has it, so that a
-- throttled real account and an unknown name answer alike; the count is shared by every
-- backend on this database. It replaces the per-account lock, which anyone could turn on.
CREATE TABLE login_failures (
    username         VARCHAR(200) PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    last_failure_at  BIGINT       NOT NULL
);
CREATE INDEX login_failures_last_failure_at ON login_failures (last_failure_at);

-- The addresses each username signed in from: a desk that signed in before is not held back
-- by failures that other addresses caused, and an address where staff or a terminal account
-- signed in is a venue's terminal.
CREATE TABLE login_addresses (
    username         VARCHAR(200) NOT NULL,
    address          VARCHAR(64)  NOT NULL,
    last_success_at  BIGINT       NOT NULL,
    PRIMARY KEY (username, address)
);
CREATE INDEX login_addresses_address ON login_addresses (address);
CREATE INDEX login_addresses_last_success_at ON login_addresses (last_success_at);

ALTER TABLE accounts DROP COLUMN failed_logins;
ALTER TABLE accounts DROP COLUMN locked_until;

-- Raised by every revocation (a logout, a disabled account or partner): each backend reads it
-- at most once a second and forgets the tokens it resolved before it changed.
CREATE TABLE token_revocations (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    epoch  BIGINT  NOT NULL
);
INSERT INTO token_revocations (id, epoch) VALUES (1, 0);
