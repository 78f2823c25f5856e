-- A voucher for each product unit sold, redeemed once at a concession counter. redeemed_by is the
-- counter that handed the product over first (by scan time, offline scans included).
CREATE TABLE vouchers (
    id           VARCHAR(32)  PRIMARY KEY,
    order_id     VARCHAR(32)  NOT NULL REFERENCES orders (id),
    product_id   VARCHAR(32)  NOT NULL REFERENCES products (id),
    code         VARCHAR(400) NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    redeemed_at  BIGINT,
    redeemed_by  VARCHAR(100),
    created_at   BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
CREATE INDEX vouchers_order ON vouchers (order_id);

-- The answer given to each scan an offline counter sent, so a batch sent again is answered the same.
CREATE TABLE voucher_scans (
    counter_id   VARCHAR(100) NOT NULL,
    scan_id      VARCHAR(100) NOT NULL,
    voucher_id   VARCHAR(32),
    result       VARCHAR(20)  NOT NULL,
    conflict     BOOLEAN      NOT NULL,
    redeemed_at  BIGINT,
    redeemed_by  VARCHAR(100),
    recorded_at  BIGINT       NOT NULL,
    PRIMARY KEY (counter_id, scan_id)
);
