package io.bilheteria.api.vouchers;

import java.time.Instant;

/**
 * One unit of a product sold (two popcorns are two vouchers), to be handed over at the concession
 * counter once: {@code code} is its signed QR text ({@code BV1...}), {@code status} VALID or REVOKED
 * (the order was refunded), {@code redeemedAt} when a counter handed it over, null before.
 */
public record Voucher(String voucherId, String productId, String productName, String code, String status,
                      Instant redeemedAt) {
}
