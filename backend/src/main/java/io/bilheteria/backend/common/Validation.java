package io.bilheteria.backend.common;

/** Small guards that turn missing or malformed fields into a clear 400. */
public final class Validation {
    static final long MAX_CENTS = 100_000_000L;

    private Validation() {
    }

    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("'" + field + "' is required");
        }
        return value.trim();
    }

    public static String maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw DomainException.invalid("'" + field + "' is longer than " + max + " characters");
        }
        return value;
    }

    /** An amount of money in cents: from 0 up to a million in the currency's units. */
    public static long cents(Long value, String field) {
        if (value == null || value < 0 || value > MAX_CENTS) {
            throw DomainException.invalid("'" + field + "' must be between 0 and " + MAX_CENTS);
        }
        return value;
    }
}
