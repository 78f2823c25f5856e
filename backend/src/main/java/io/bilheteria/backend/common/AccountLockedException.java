package io.bilheteria.backend.common;

import java.time.Duration;

public final class AccountLockedException extends DomainException {
    private final Duration retryAfter;

    public AccountLockedException(Duration retryAfter) {
        super(Kind.ACCOUNT_LOCKED, "Too many failed logins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
