package io.bilheteria.ui.sale;

import io.bilheteria.api.orders.Ticket;
import java.util.List;

/** What became of one card presented at the terminal. */
public sealed interface PaymentOutcome {
    /** Paid: the tickets exist and can be printed. */
    record Paid(List<Ticket> tickets) implements PaymentOutcome {
    }

    /** The card was refused; the seats stay held, the customer may try another card. */
    record Declined(String reason) implements PaymentOutcome {
    }

    /** The acquirer did not answer; nothing was charged and the customer may try again. */
    record TryAgain() implements PaymentOutcome {
    }

    /** The hold ran out before the payment: nothing was charged, the seats are gone. */
    record HoldLost() implements PaymentOutcome {
    }

    /**
     * The backend could not be reached mid-payment, so the outcome is unknown for now. The
     * sale is settled by {@link Sale#settleInterrupted()} once the backend answers:
     * completed if the payment went through, otherwise the hold is released.
     */
    record Interrupted(String orderCode) implements PaymentOutcome {
    }
}
