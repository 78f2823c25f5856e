package io.bilheteria.api.orders;

import java.util.List;
import java.util.Map;

/**
 * Turns a hold into an order awaiting payment. {@code email} is where a guest
 * (no customer account) wants the receipt. {@code ticketTypes} maps seat ids of the hold to
 * {@link TicketType}; a seat left out (or the whole map absent) is FULL.
 */
public record OrderRequest(String holdId, String customerId, List<ProductLine> products, String email,
                           Map<String, TicketType> ticketTypes) {

    public OrderRequest(String holdId, String customerId, List<ProductLine> products, String email) {
        this(holdId, customerId, products, email, null);
    }

    public static OrderRequest of(String holdId) {
        return new OrderRequest(holdId, null, List.of(), null);
    }
}
