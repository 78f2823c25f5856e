package io.bilheteria.devices.payment;

import java.util.Objects;

/**
 * A card as the terminal read it, with the fields the backend's payment call takes. It is
 * passed on to the backend and dropped: {@link #toString()} shows only the last four digits,
 * so the full number cannot reach a log by accident.
 *
 * @param number the card number, digits only
 * @param expYear four digits, e.g. 2030
 */
public record CardData(String number, String holder, int expMonth, int expYear, String cvv) {

    public CardData {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(cvv, "cvv");
        if (!number.matches("\\d{12,19}")) {
            throw new IllegalArgumentException("a card number is 12 to 19 digits");
        }
        if (expMonth < 1 || expMonth > 12) {
            throw new IllegalArgumentException("the expiry month is 1 to 12");
        }
        if (expYear < 2000 || expYear > 9999) {
            throw new IllegalArgumentException("the expiry year has four digits");
        }
        if (!cvv.matches("\\d{3,4}")) {
            throw new IllegalArgumentException("a CVV is 3 or 4 digits");
        }
    }

    /** The digits that may be shown and stored. */
    public String last4() {
        return number.substring(number.length() - 4);
    }

    @Override
    public String toString() {
        return "CardData[**** " + last4() + "]";
    }
}
