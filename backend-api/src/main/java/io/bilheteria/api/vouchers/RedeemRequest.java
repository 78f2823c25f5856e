package io.bilheteria.api.vouchers;

/** A voucher scanned at a counter online; {@code counterId} names the counter (defaults to the account). */
public record RedeemRequest(String code, String counterId) {
}
