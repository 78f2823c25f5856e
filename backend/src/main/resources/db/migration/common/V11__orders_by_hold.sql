-- An order is found by its hold when it is created again (the cart changed) and paid:
-- without this index both read every order of the database.
CREATE INDEX orders_hold ON orders (hold_id);
