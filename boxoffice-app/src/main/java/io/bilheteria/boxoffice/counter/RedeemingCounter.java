package io.bilheteria.boxoffice.counter;

import io.bilheteria.boxoffice.offline.ScanningStation;

/**
 * A concession counter as its screen uses it: scan, sync, and what the counter knows now.
 * {@link ConcessionCounter} is the real one, with its journal and its sync; the screen's
 * view-model tests give one of their own, so they need neither a disk nor a backend. Thread-safe.
 */
public interface RedeemingCounter extends ScanningStation<VoucherVerdict, HandoverCounts, VoucherConflict> {

    /** See {@link ConcessionCounter#scan}: a decision of the counter's own is journalled before it returns. */
    @Override
    VoucherVerdict scan(String text);

    String counterId();
}
