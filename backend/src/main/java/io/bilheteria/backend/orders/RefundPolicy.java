package io.bilheteria.backend.orders;

import io.bilheteria.backend.common.DomainException;

/**
 * When a sale can still be given back. The one rule, for whole and partial refunds alike:
 * nothing is refunded once the session has started (the holder may already be inside).
 */
final class RefundPolicy {
    private RefundPolicy() {
    }

    static void check(long sessionStartsAt, long now) {
        if (sessionStartsAt <= now) {
            throw DomainException.conflict("The session has already started; it can no longer be refunded");
        }
    }
}
