package io.bilheteria.api.orders;

import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.products.Product;
import java.util.List;

/**
 * What to offer after a sale: the event's products not in the order and in stock, and the event's
 * other sessions still on sale with seats, the likeliest first (by the buyer's own history).
 */
public record Suggestions(List<Product> products, List<SessionSummary> sessions) {

    public Suggestions {
        products = List.copyOf(products);
        sessions = List.copyOf(sessions);
    }
}
