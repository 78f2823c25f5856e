package io.bilheteria.boxoffice.counter;

import java.time.Instant;

/**
 * A product this counter handed over offline that it should not have, learnt once it could
 * tell the backend: another counter had told it of a hand-over of the voucher first (both were
 * offline), its order had been refunded, or the backend knows no such voucher. Staff decide what
 * to do; nothing is undone automatically.
 */
public record VoucherConflict(Kind kind, String scanId, String voucherId, String productName,
                              Instant handedOverAt, Instant firstHandedOverAt, String firstCounterId) {

    public enum Kind {
        /** Another counter's hand-over reached the backend first: see firstHandedOverAt and firstCounterId. */
        HANDED_OVER_ELSEWHERE_FIRST,
        /** Its order was refunded before it was handed over here. */
        REVOKED,
        /** Signed with the backend's key, yet the backend knows no such voucher (or refused the scan). */
        UNKNOWN_TO_THE_BACKEND
    }
}
