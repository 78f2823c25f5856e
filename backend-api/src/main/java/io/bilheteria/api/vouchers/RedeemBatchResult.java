package io.bilheteria.api.vouchers;

import java.time.Instant;
import java.util.List;

/** One answer per scan of the batch, in the batch's order, each naming its {@code scanId}. */
public record RedeemBatchResult(Instant syncedAt, List<Outcome> outcomes) {

    public record Outcome(String scanId, RedeemResult result) {
    }
}
