package io.bilheteria.api.problems;

/** The {@code type} URIs of the problem documents the backend answers with; clients switch on them. */
public final class ProblemTypes {
    private static final String BASE = "https://bilheteria.dev/problems/";

    public static final String INVALID_REQUEST = BASE + "invalid-request";
    public static final String INVALID_CARD = BASE + "invalid-card";
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    public static final String ACCOUNT_LOCKED = BASE + "account-locked";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String QUEUE_TOKEN_REQUIRED = BASE + "queue-token-required";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String METHOD_NOT_ALLOWED = BASE + "method-not-allowed";
    public static final String SEATS_UNAVAILABLE = BASE + "seats-unavailable";
    public static final String HOLD_EXPIRED = BASE + "hold-expired";
    public static final String OUT_OF_STOCK = BASE + "out-of-stock";
    /** The session's share of half-price (meia-entrada) tickets is sold; the detail says how many are left. */
    public static final String HALF_PRICE_LIMIT = BASE + "half-price-limit";
    public static final String CONFLICT = BASE + "conflict";
    public static final String EMAIL_TAKEN = BASE + "email-taken";
    public static final String PAYMENT_DECLINED = BASE + "payment-declined";
    public static final String PAYMENT_IN_PROGRESS = BASE + "payment-in-progress";
    /** A cashier paid or refunded without an open shift (409): open one and try again. */
    public static final String SHIFT_REQUIRED = BASE + "shift-required";
    public static final String IDEMPOTENCY_KEY_REUSED = BASE + "idempotency-key-reused";
    public static final String PAYLOAD_TOO_LARGE = BASE + "payload-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = BASE + "unsupported-media-type";
    public static final String ACQUIRER_UNAVAILABLE = BASE + "acquirer-unavailable";
    public static final String UNAVAILABLE = BASE + "unavailable";
    public static final String INTERNAL = BASE + "internal-error";

    private ProblemTypes() {
    }
}
