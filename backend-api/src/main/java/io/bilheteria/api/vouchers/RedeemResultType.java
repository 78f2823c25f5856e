package io.bilheteria.api.vouchers;

/** What a concession counter does with a scanned voucher: hand it over, or say why not. */
public enum RedeemResultType {
    /** Hand the product over: this scan redeemed it. */
    REDEEMED,
    /** Handed over before ({@code redeemedAt}, {@code counterId} say when and where). */
    ALREADY_REDEEMED,
    /** Its order was refunded. */
    REVOKED,
    /** Not a voucher of ours: unsigned, altered, or unknown. */
    INVALID
}
