-- How many times an order's tickets were collected (printed) at a kiosk: an order bought online
-- prints as it is the first time; any later printing, or the first of an order printed when it
-- was sold, issues new codes so that the earlier paper is refused (the reprint rule).
ALTER TABLE orders ADD COLUMN collected_count INTEGER NOT NULL DEFAULT 0;
