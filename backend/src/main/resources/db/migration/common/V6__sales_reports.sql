-- Sales reports sum the paid orders of one session or event (a sold-out stadium is 60,000
-- orders): read them straight off an index instead of scanning every order.
CREATE INDEX orders_session_status ON orders (session_id, status);
CREATE INDEX orders_partner_status ON orders (partner_id, status);
