-- A call holds its Idempotency-Key for a short lease; a retry after the lease takes the call
-- over (its holder died or lost the database mid-call) instead of waiting for it for ever.
ALTER TABLE idempotency_records ADD COLUMN lease_until BIGINT NOT NULL DEFAULT 0;

-- The old fingerprints hashed whole request bodies, card number and CVV included: a CVV could
-- be recovered from them by trying all thousand. They go; payments stay idempotent through
-- the payments table, which knows each key's attempt.
DELETE FROM idempotency_records;

-- The reconciler and the hold sweeper look for payments left in flight.
CREATE INDEX payments_status ON payments (status, updated_at);

-- /health proves the store takes writes, not only that it answers.
CREATE TABLE store_probe (
    id          INTEGER PRIMARY KEY,
    written_at  BIGINT  NOT NULL
);
INSERT INTO store_probe (id, written_at) VALUES (1, 0);
