-- Whether a ticket's first scan was made online, stamped by the backend's own clock. An offline
-- scan uploaded later never takes the place of an online one, whatever time it claims to have
-- been made at: only offline scans compete by the times their gates' clocks wrote.
ALTER TABLE tickets ADD COLUMN first_scan_online BOOLEAN NOT NULL DEFAULT FALSE;
-- First scans stored before: online when an online check-in (no scan id) at that gate and time made it.
UPDATE tickets SET first_scan_online = TRUE WHERE first_scan_at IS NOT NULL AND EXISTS (
    SELECT 1 FROM checkins c WHERE c.ticket_id = tickets.id AND c.scan_id IS NULL AND c.result = 'ACCEPTED'
        AND c.scanned_at = tickets.first_scan_at AND c.gate_id = tickets.first_gate_id);

-- How the ticket signing key's private half is kept: NULL for plain text (every key before this
-- version; the backend seals it at its next start), 'AES-256-GCM' when sealed with the
-- key-encryption key, which lives outside the database.
ALTER TABLE signing_keys ADD COLUMN private_key_sealing VARCHAR(20);
