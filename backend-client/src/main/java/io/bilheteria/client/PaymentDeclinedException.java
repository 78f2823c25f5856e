package io.bilheteria.client;

import io.bilheteria.api.problems.Problem;

/** The acquirer declined the card (402); the order stays payable with another card. */
public class PaymentDeclinedException extends ApiException {

    public PaymentDeclinedException(int status, Problem problem) {
        super(status, problem);
    }

    /** The acquirer's reason (e.g. insufficient funds), or null when it gave none. */
    public String declineReason() {
        return problem().declineReason();
    }
}
