package io.bilheteria.api.orders;

public record OrderCreated(String orderId, String code, OrderStatus status, long totalCents, String currency) {
}
