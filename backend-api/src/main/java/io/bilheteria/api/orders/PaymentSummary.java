package io.bilheteria.api.orders;

/** What is kept of a card payment: never the full number. */
public record PaymentSummary(String brand, String last4, String authorizationCode) {
}
