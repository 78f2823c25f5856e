-- Meia-entrada (Lei 12.933/2013): at most half_price_cap_percent of a session's seats are sold
-- at half price (40 % unless its partner says otherwise). half_price_sold counts the half-price
-- tickets sold and not refunded; the sale that would pass the cap is refused by a conditional
-- update of this row, so parallel buyers can never exceed it.
ALTER TABLE sessions ADD COLUMN half_price_cap_percent INTEGER NOT NULL DEFAULT 40;
ALTER TABLE sessions ADD COLUMN half_price_sold INTEGER NOT NULL DEFAULT 0;
UPDATE sessions SET half_price_sold = (SELECT COUNT(*) FROM tickets t
    WHERE t.session_id = sessions.id AND t.ticket_type = 'HALF' AND t.status = 'VALID');
