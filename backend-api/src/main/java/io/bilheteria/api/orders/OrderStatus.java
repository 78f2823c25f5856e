package io.bilheteria.api.orders;

/** PARTIALLY_REFUNDED: some of a paid order's tickets were given back, the others still enter. */
public enum OrderStatus {
    PENDING_PAYMENT, PAID, PARTIALLY_REFUNDED, REFUNDED, EXPIRED
}
