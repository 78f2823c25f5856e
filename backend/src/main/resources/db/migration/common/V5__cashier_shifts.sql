-- A cashier's shift: the sales and refunds the cashier makes while it is open are attributed
-- to it, and closing it answers the shift's report. open_account_id is the cashier's account
-- while the shift is open and NULL once closed: the unique constraint lets each cashier have
-- at most one open shift (NULLs never collide), on H2 and PostgreSQL alike.
CREATE TABLE shifts (
    id               VARCHAR(32) PRIMARY KEY,
    account_id       VARCHAR(32) NOT NULL REFERENCES accounts (id),
    open_account_id  VARCHAR(32) UNIQUE,
    opened_at        BIGINT      NOT NULL,
    closed_at        BIGINT
);
CREATE INDEX shifts_account ON shifts (account_id, opened_at);

ALTER TABLE payments ADD COLUMN shift_id VARCHAR(32);
ALTER TABLE payments ADD CONSTRAINT payments_shift FOREIGN KEY (shift_id) REFERENCES shifts (id);
CREATE INDEX payments_shift_id ON payments (shift_id);

ALTER TABLE refunds ADD COLUMN shift_id VARCHAR(32);
ALTER TABLE refunds ADD CONSTRAINT refunds_shift FOREIGN KEY (shift_id) REFERENCES shifts (id);
CREATE INDEX refunds_shift_id ON refunds (shift_id);
