-- Gates that work offline: they download a session's tickets and then only what changed
-- (updated_at, set by every sale, cancellation and scan of a ticket), and send their
-- offline scans in batches that may be replayed (scan_id, unique per gate) and keep the
-- answer each scan got, so a replay answers the same and records nothing twice.
ALTER TABLE tickets ADD COLUMN updated_at BIGINT;
UPDATE tickets SET updated_at = COALESCE(first_scan_at, created_at);
ALTER TABLE tickets ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX tickets_session_updated ON tickets (session_id, updated_at);

ALTER TABLE checkins ADD COLUMN scan_id VARCHAR(64);
ALTER TABLE checkins ADD COLUMN first_scan_at BIGINT;
ALTER TABLE checkins ADD COLUMN first_gate_id VARCHAR(100);
ALTER TABLE checkins ADD COLUMN conflict BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE checkins ADD COLUMN received_at BIGINT;
-- single check-ins have no scan_id: NULLs never collide in a unique constraint on either database
ALTER TABLE checkins ADD CONSTRAINT checkins_gate_scan UNIQUE (gate_id, scan_id);
