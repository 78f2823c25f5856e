package io.bilheteria.api.orders;

import java.time.Instant;

/** One line of an order search at the box office: enough to tell the customer's orders apart. */
public record OrderSummary(String orderId, String code, OrderStatus status, long totalCents, String currency,
                           Instant createdAt, String eventTitle, Instant sessionStartsAt, int ticketCount,
                           String customerName, String email) {
}
