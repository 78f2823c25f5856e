-- A customer registered by a cashier at the box office has an account (their email, their
-- orders) but no password yet: nobody can log in to it.
ALTER TABLE accounts ALTER COLUMN password_hash DROP NOT NULL;
