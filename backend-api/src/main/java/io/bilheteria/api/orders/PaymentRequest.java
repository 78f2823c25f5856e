package io.bilheteria.api.orders;

public record PaymentRequest(Card card) {
}
