package io.bilheteria.backend.common;

import java.time.Duration;

/** Another call with the same Idempotency-Key holds it for a while yet; answered 409 with Retry-After. */
public final class CallInProgressException extends DomainException {
    private final Duration retryAfter;

    public CallInProgressException(Duration retryAfter) {
        super(Kind.PAYMENT_IN_PROGRESS, "A request with this Idempotency-Key is still being processed; send it again in "
                + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
