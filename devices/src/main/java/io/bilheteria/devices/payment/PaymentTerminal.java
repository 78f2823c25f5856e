package io.bilheteria.devices.payment;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The card terminal port (PIN pad). It reads one card at a time for an amount the customer
 * sees on the pad; charging the card is the backend's job, not the terminal's.
 */
public interface PaymentTerminal {

    /**
     * Asks the customer to present a card for this amount. Returns at once; the future completes
     * with the card, a cancellation or a time-out, on a device thread, never on the caller's
     * thread, so apps move the result to their UI thread themselves. It completes exceptionally
     * only when the terminal itself fails. Cancelling the future abandons the read like
     * {@link #cancelRead()}.
     *
     * @param amountCents the amount in the currency's minor unit
     * @param currency ISO 4217 code, such as {@code BRL}
     * @param timeout how long to wait for a card before completing with {@link CardReadResult.TimedOut}
     * @throws IllegalStateException when a read is already pending
     */
    CompletableFuture<CardReadResult> readCard(long amountCents, String currency, Duration timeout);

    /** Ends the pending read with {@link CardReadResult.Cancelled}; does nothing when no read is pending. */
    void cancelRead();

    /**
     * Whether the app presents the card in the customer's place, because this terminal has no card
     * reader (the simulator): the app then offers the sandbox cards on its own keys or buttons and
     * hands the one chosen to {@link #presentFromApp}. A real terminal reads the customer's card.
     */
    default boolean takesCardsFromApp() {
        return false;
    }

    /**
     * Ends the pending read with this card, on a terminal that {@linkplain #takesCardsFromApp() takes
     * cards from the app}; as with a card read by a pad, the result arrives on a device thread.
     *
     * @return false when no read is waiting for a card, and always on a terminal with a reader of its own
     */
    default boolean presentFromApp(CardData card) {
        return false;
    }
}
