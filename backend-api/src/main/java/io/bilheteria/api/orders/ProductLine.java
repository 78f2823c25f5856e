package io.bilheteria.api.orders;

public record ProductLine(String productId, int quantity) {
}
