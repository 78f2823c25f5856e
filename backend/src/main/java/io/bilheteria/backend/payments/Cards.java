package io.bilheteria.backend.payments;

import io.bilheteria.api.orders.Card;
import io.bilheteria.backend.common.DomainException;
import java.time.YearMonth;

/** Checks a card before it goes anywhere: Luhn, brand, expiry format, CVV. */
public final class Cards {
    private Cards() {
    }

    /** The digits of a well-formed card; a 400 (never a call to the acquirer) otherwise. */
    public static String validDigits(Card card) {
        if (card == null || card.number() == null) {
            throw invalid("'card.number' is required");
        }
        String digits = card.number().replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{12,19}") || !luhn(digits)) {
            throw invalid("The card number is not valid");
        }
        if (card.expMonth() < 1 || card.expMonth() > 12 || card.expYear() < 2000 || card.expYear() > 2100) {
            throw invalid("The card's expiry date is not valid");
        }
        String cvv = card.cvv();
        if (cvv == null || !cvv.matches("\\d{3,4}")) {
            throw invalid("The card's security code must be 3 or 4 digits");
        }
        if (card.holder() == null || card.holder().isBlank() || card.holder().length() > 100) {
            throw invalid("'card.holder' is required");
        }
        return digits;
    }

    public static boolean expired(Card card, YearMonth now) {
        return YearMonth.of(card.expYear(), card.expMonth()).isBefore(now);
    }

    public static boolean luhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    public static String brand(String digits) {
        // Elo's ranges include numbers starting with 4: they are told apart before Visa's
        if (digits.startsWith("636368") || digits.startsWith("438935") || digits.startsWith("504175")
                || digits.startsWith("451416") || digits.startsWith("6363")) {
            return "ELO";
        }
        if (digits.startsWith("4")) {
            return "VISA";
        }
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return "MASTERCARD";
        }
        if (two == 34 || two == 37) {
            return "AMEX";
        }
        if (digits.startsWith("606282") || digits.startsWith("3841")) {
            return "HIPERCARD";
        }
        return "OTHER";
    }

    public static String last4(String digits) {
        return digits.substring(digits.length() - 4);
    }

    private static DomainException invalid(String detail) {
        return new DomainException(DomainException.Kind.INVALID_CARD, detail);
    }
}
