package io.bilheteria.api.orders;

import java.util.List;

/**
 * Turns a hold into an order awaiting payment. {@code email} is where a guest
 * (no customer account) wants the receipt.
 */
public record OrderRequest(String holdId, String customerId, List<ProductLine> products, String email) {

    public static OrderRequest of(String holdId) {
        return new OrderRequest(holdId, null, List.of(), null);
    }
}
