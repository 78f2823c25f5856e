package io.bilheteria.api.orders;

public enum OrderStatus {
    PENDING_PAYMENT, PAID, REFUNDED, EXPIRED
}
