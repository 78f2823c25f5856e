package io.bilheteria.devices.payment.sim;

import io.bilheteria.devices.payment.CardData;
import java.time.Year;

/**
 * The test cards the backend's sandbox acquirer answers to by number, so a kiosk without a
 * terminal can try every payment outcome. {@link #label()} is English; apps translate by constant.
 */
public enum SandboxCard {
    APPROVES("4111111111111111", "Approved"),
    DECLINES("4000000000000002", "Declined"),
    INSUFFICIENT_FUNDS("4000000000009995", "Insufficient funds"),
    ACQUIRER_TIMEOUT("4000000000000119", "Acquirer timeout");

    private static final String HOLDER = "ANA SOUZA";
    private static final String CVV = "123";

    private final String number;
    private final String label;

    SandboxCard(String number, String label) {
        this.number = number;
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String last4() {
        return number.substring(number.length() - 4);
    }

    /** The card with an expiry a few years ahead, so only its number decides the outcome. */
    public CardData card() {
        return new CardData(number, HOLDER, 12, Year.now().getValue() + 4, CVV);
    }
}
