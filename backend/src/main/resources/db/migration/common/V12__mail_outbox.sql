-- Mail to send, written in the transaction of what it tells (a sale's receipt): no sale goes
-- without its mail and no mail tells of a sale that was rolled back. MailSender delivers it;
-- lease_until keeps two backend processes from sending one message at the same time, and one
-- row per kind and subject keeps a message from being queued twice.
CREATE TABLE mail_outbox (
    id               VARCHAR(32)  PRIMARY KEY,
    kind             VARCHAR(20)  NOT NULL,
    subject_id       VARCHAR(32)  NOT NULL,
    recipient        VARCHAR(200) NOT NULL,
    status           VARCHAR(10)  NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at  BIGINT       NOT NULL,
    lease_until      BIGINT       NOT NULL DEFAULT 0,
    last_error       VARCHAR(500),
    created_at       BIGINT       NOT NULL,
    sent_at          BIGINT,
    UNIQUE (kind, subject_id)
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);

-- Orders given up on are looked for at every sweep, to offer their buyer other sessions.
CREATE INDEX orders_status_created ON orders (status, created_at);
