package io.bilheteria.backend.common;

/** Small guards that turn missing or malformed fields into a clear 400. */
public final class Validation {
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
}
