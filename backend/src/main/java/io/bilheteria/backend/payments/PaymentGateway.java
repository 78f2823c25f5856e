package io.bilheteria.backend.payments;

import io.bilheteria.api.orders.Card;
import java.util.Optional;

/**
 * The port to a card acquirer. The idempotency key is passed through, so an acquirer
 * that sees the same key twice charges once.
 */
public interface PaymentGateway {

    Authorization authorize(Card card, long amountCents, String currency, String idempotencyKey);

    /** Gives back an authorisation: a sale that could not be completed, or a refund. */
    void refund(String authorizationCode, long amountCents, String idempotencyKey);

    /**
     * Reverses whatever was authorised under {@code idempotencyKey}, if anything: for a
     * payment whose outcome we never recorded because the process died mid-charge.
     */
    void reverse(String idempotencyKey);

    /**
     * What was answered under {@code idempotencyKey}, if the acquirer saw it: for a payment whose
     * caller died before recording the answer, so it can be finished or given back.
     */
    Optional<Authorization> lookup(String idempotencyKey);

    sealed interface Authorization permits Approved, Declined {
    }

    record Approved(String authorizationCode) implements Authorization {
    }

    record Declined(String reason) implements Authorization {
    }

    /** The acquirer did not answer in time; nothing may be assumed charged. */
    final class AcquirerUnavailableException extends RuntimeException {
        public AcquirerUnavailableException(String message) {
            super(message);
        }
    }
}
