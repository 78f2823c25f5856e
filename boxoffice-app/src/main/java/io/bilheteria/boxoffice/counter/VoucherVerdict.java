package io.bilheteria.boxoffice.counter;

import io.bilheteria.api.vouchers.RedeemResultType;
import java.time.Instant;

/**
 * What the counter shows for one scanned voucher: hand the product over ({@code REDEEMED}), or
 * why not. {@code productName} is known from the backend's answer, or offline from the
 * products the counter downloaded; {@code handedOverAt} and {@code handedOverBy} say when and at
 * which counter the product was handed over (this scan's when REDEEMED, the first when
 * ALREADY_REDEEMED). {@code decidedHere}: the counter decided by itself, by the signature and its
 * journal (the backend did not answer, or the code is plainly no voucher, or the journal already
 * knows the voucher was handed over or refunded), rather than by asking the backend.
 */
public record VoucherVerdict(RedeemResultType result, Reason reason, String scanId, Instant scannedAt,
                             String voucherId, String productName, Instant handedOverAt, String handedOverBy,
                             boolean decidedHere) {

    /** Why, for the line under the big word. */
    public enum Reason {
        /** A valid voucher handed over now. */
        HANDED_OVER,
        /** Handed over before: see handedOverAt and handedOverBy. */
        HANDED_OVER_BEFORE,
        /** Its order was refunded. */
        REFUNDED,
        /** A ticket's code: it goes to the gate, not to the counter. */
        A_TICKET,
        /** Not a voucher code at all (another barcode, a misread). */
        NOT_A_VOUCHER,
        /** Shaped like a voucher but not signed by the backend: forged or altered. */
        FORGED_OR_ALTERED,
        /** Signed, but the backend knows no such voucher. */
        UNKNOWN
    }

    public boolean handsOver() {
        return result == RedeemResultType.REDEEMED;
    }
}
