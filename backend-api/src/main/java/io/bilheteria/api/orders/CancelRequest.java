package io.bilheteria.api.orders;

import java.util.List;

/**
 * The optional body of {@code POST /orders/{id}/cancel}: the tickets to refund. Without a body,
 * or without {@code ticketIds}, the whole order is refunded.
 */
public record CancelRequest(List<String> ticketIds) {
}
