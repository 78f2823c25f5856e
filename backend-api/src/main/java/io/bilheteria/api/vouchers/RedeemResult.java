package io.bilheteria.api.vouchers;

import java.time.Instant;

/**
 * The answer to one scan. {@code redeemedAt}/{@code counterId}: the redemption that counts (this
 * one when REDEEMED, the earlier one when ALREADY_REDEEMED). {@code conflict}: an offline scan
 * that also handed the product over, found out when its counter synced (the one to look into).
 */
public record RedeemResult(RedeemResultType result, String voucherId, String productName, Instant redeemedAt,
                           String counterId, boolean conflict) {
}
