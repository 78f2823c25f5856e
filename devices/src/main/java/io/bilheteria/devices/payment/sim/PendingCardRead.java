package io.bilheteria.devices.payment.sim;

/** A card read waiting for a card: what the on-screen pad shows. */
public record PendingCardRead(long amountCents, String currency) {
}
