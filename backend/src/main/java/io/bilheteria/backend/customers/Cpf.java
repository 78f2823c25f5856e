package io.bilheteria.backend.customers;

import java.util.Optional;

/** The Brazilian taxpayer number: 11 digits, the last two check digits over the first nine. */
public final class Cpf {
    private Cpf() {
    }

    /** The 11 digits of a valid CPF (dots and dash allowed in the input), or empty. */
    public static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[.\\-\\s]", "");
        if (!digits.matches("\\d{11}") || digits.chars().distinct().count() == 1) {
            return Optional.empty();
        }
        if (checkDigit(digits, 9) != digits.charAt(9) - '0' || checkDigit(digits, 10) != digits.charAt(10) - '0') {
            return Optional.empty();
        }
        return Optional.of(digits);
    }

    private static int checkDigit(String digits, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (digits.charAt(i) - '0') * (length + 1 - i);
        }
        int rest = (sum * 10) % 11;
        return rest == 10 ? 0 : rest;
    }
}
