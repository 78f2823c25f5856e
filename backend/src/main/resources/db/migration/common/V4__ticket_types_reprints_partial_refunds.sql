-- Post-sale at the box office. Each seat is sold FULL (inteira) or HALF (meia-entrada, which
-- the gate must check a document for), so a seat line and its ticket carry the type and the
-- price paid: a partial refund gives back exactly what that ticket cost.
ALTER TABLE order_items ADD COLUMN ticket_type VARCHAR(8);
UPDATE order_items SET ticket_type = 'FULL' WHERE kind = 'SEAT';

ALTER TABLE tickets ADD COLUMN ticket_type VARCHAR(8) NOT NULL DEFAULT 'FULL';
ALTER TABLE tickets ADD COLUMN price_cents BIGINT;
UPDATE tickets SET price_cents = (SELECT MIN(i.unit_price_cents) FROM order_items i
    WHERE i.order_id = tickets.order_id AND i.kind = 'SEAT' AND i.ref_id = CAST(tickets.spot_id AS VARCHAR(32)));
UPDATE tickets SET price_cents = 0 WHERE price_cents IS NULL;
ALTER TABLE tickets ALTER COLUMN price_cents SET NOT NULL;
-- a reprint signs the ticket again with version + 1: the older paper no longer enters
ALTER TABLE tickets ADD COLUMN reprint_count INTEGER NOT NULL DEFAULT 0;

-- what has been given back so far; the order is REFUNDED once it reaches total_cents
ALTER TABLE orders ADD COLUMN refunded_cents BIGINT NOT NULL DEFAULT 0;
UPDATE orders SET refunded_cents = total_cents WHERE status = 'REFUNDED';
