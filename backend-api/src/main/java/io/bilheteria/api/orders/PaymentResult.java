package io.bilheteria.api.orders;

import java.util.List;

public record PaymentResult(String orderId, OrderStatus status, List<Ticket> tickets) {
}
