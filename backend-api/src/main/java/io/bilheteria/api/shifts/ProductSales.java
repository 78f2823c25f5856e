package io.bilheteria.api.shifts;

/** One product sold in a shift: how many, for how much. */
public record ProductSales(String productId, String name, int quantity, long totalCents) {
}
