package io.bilheteria.api.vouchers;

import java.util.List;

/** An offline counter's scans, sent when it is back online, in any order. */
public record RedeemBatch(String counterId, List<OfflineRedemption> redemptions) {
}
