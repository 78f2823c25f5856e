package io.bilheteria.devices.payment;

import java.util.Objects;

/** How a card read ended. */
public sealed interface CardReadResult {

    /** The customer presented a card; send it to the backend's payment call. */
    record Presented(CardData card) implements CardReadResult {
        public Presented {
            Objects.requireNonNull(card, "card");
        }
    }

    /** The customer or the app cancelled before a card was read. */
    record Cancelled() implements CardReadResult {
    }

    /** No card came before the read's time limit. */
    record TimedOut() implements CardReadResult {
    }
}
