package io.bilheteria.backend.common;

/**
 * A refusal the caller can act on. The web layer turns each kind into one problem
 * document; services stay free of HTTP.
 */
public class DomainException extends RuntimeException {
    private final Kind kind;

    public enum Kind {
        INVALID_REQUEST, INVALID_CARD, UNAUTHORIZED, ACCOUNT_LOCKED, FORBIDDEN, QUEUE_TOKEN_REQUIRED,
        NOT_FOUND, SEATS_UNAVAILABLE, HOLD_EXPIRED, OUT_OF_STOCK, CONFLICT, EMAIL_TAKEN,
        PAYMENT_DECLINED, PAYMENT_IN_PROGRESS, SHIFT_REQUIRED, IDEMPOTENCY_KEY_REUSED, ACQUIRER_UNAVAILABLE,
        HALF_PRICE_LIMIT;

        /**
         * A refusal that describes a moment, not the outcome (a payment still running, no shift
         * open yet): a request repeated with the same Idempotency-Key is tried again, not answered
         * from the record.
         */
        public boolean momentary() {
            return this == PAYMENT_IN_PROGRESS || this == SHIFT_REQUIRED;
        }
    }

    public DomainException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static DomainException invalid(String detail) {
        return new DomainException(Kind.INVALID_REQUEST, detail);
    }

    public static DomainException notFound(String what) {
        // "what" may carry an id from the URL: never echo an arbitrarily long one back
        String shown = what.length() > 100 ? what.substring(0, 100) + "..." : what;
        return new DomainException(Kind.NOT_FOUND, shown + " not found");
    }

    public static DomainException forbidden(String detail) {
        return new DomainException(Kind.FORBIDDEN, detail);
    }

    public static DomainException conflict(String detail) {
        return new DomainException(Kind.CONFLICT, detail);
    }
}
