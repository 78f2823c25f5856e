package io.bilheteria.api.orders;

/** A priced line of an order: a seat or a product. */
public record OrderItem(String kind, String refId, String description, int quantity, long unitPriceCents) {
}
