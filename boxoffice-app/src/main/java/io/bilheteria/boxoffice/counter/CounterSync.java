package io.bilheteria.boxoffice.counter;

import io.bilheteria.api.vouchers.OfflineRedemption;
import io.bilheteria.api.vouchers.RedeemBatch;
import io.bilheteria.api.vouchers.RedeemBatchResult;
import io.bilheteria.api.vouchers.RedeemResult;
import io.bilheteria.api.vouchers.RedeemResultType;
import io.bilheteria.boxoffice.counter.VoucherJournal.SyncedVoucherScan;
import io.bilheteria.boxoffice.counter.VoucherJournal.VoucherScan;
import io.bilheteria.boxoffice.offline.BackgroundSync;
import io.bilheteria.boxoffice.offline.SigningKey;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.InvalidRequestException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counter's round with the backend, which a {@link BackgroundSync} runs in the background:
 * sends the hand-overs decided offline (the backend keeps the first hand-over of a voucher and
 * answers a later one as a conflict), checks the signing key once, and keeps the product names
 * current for the next time the backend is away.
 */
record CounterSync(BilheteriaClient client, VoucherJournal journal, SigningKey key, ProductNames products,
                   Clock clock) implements BackgroundSync.Round {
    private static final Logger log = LoggerFactory.getLogger(CounterSync.class);

    /** Returns how far the backend's clock is ahead of the counter's, as its answer to the last batch tells. */
    @Override
    public Duration run(Duration offsetBefore) throws IOException {
        Duration offset = push(offsetBefore);
        // scans read the verifier from the key each time, so a new key needs no more than this
        key.checkOnce(client);
        products.refreshIfDue(client, clock.instant());
        return offset;
    }

    /** Sends the offline hand-overs grouped by the counter id they were made under (a workstation may be renamed). */
    private Duration push(Duration offsetBefore) {
        Map<String, List<OfflineRedemption>> byCounter = new LinkedHashMap<>();
        for (VoucherScan scan : journal.unsynced()) {
            byCounter.computeIfAbsent(scan.counterId(), id -> new ArrayList<>())
                    .add(new OfflineRedemption(scan.scanId(), scan.text(), scan.scannedAt()));
        }
        Duration offset = offsetBefore;
        for (Map.Entry<String, List<OfflineRedemption>> counter : byCounter.entrySet()) {
            for (List<OfflineRedemption> batch : BackgroundSync.batches(counter.getValue())) {
                Instant asked = clock.instant();
                RedeemBatchResult answered = send(counter.getKey(), batch);
                if (answered.syncedAt() != null) {
                    offset = Duration.between(asked, answered.syncedAt());
                }
            }
        }
        return offset;
    }

    private RedeemBatchResult send(String counterId, List<OfflineRedemption> batch) {
        RedeemBatchResult answered;
        try {
            answered = client.redeemVouchers(new RedeemBatch(counterId, batch));
        } catch (InvalidRequestException refused) {
            if (batch.size() > 1) {
                // find the one hand-over the backend will not take, so it cannot hold back the others
                List<RedeemBatchResult.Outcome> outcomes = new ArrayList<>();
                batch.forEach(one -> outcomes.addAll(send(counterId, List.of(one)).outcomes()));
                return new RedeemBatchResult(null, outcomes);
            }
            log.warn("the backend refused hand-over {}: {}; it is kept in the journal but not sent again",
                    batch.get(0).scanId(), refused.getMessage());
            answered = new RedeemBatchResult(null, List.of(new RedeemBatchResult.Outcome(batch.get(0).scanId(),
                    new RedeemResult(RedeemResultType.INVALID, null, null, null, null, true))));
        }
        journal.markSynced(answered.outcomes().stream().map(o -> new SyncedVoucherScan(o.scanId(),
                o.result().result(), o.result().redeemedAt(), o.result().counterId(), o.result().conflict())).toList());
        return answered;
    }
}
