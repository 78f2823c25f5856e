package io.bilheteria.boxoffice.counter;

import io.bilheteria.api.vouchers.RedeemResultType;
import io.bilheteria.boxoffice.offline.OfflineJournal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The counter's durable record of every scan (see {@link OfflineJournal}), written before its
 * verdict is shown: a counter restarted mid-show still knows what it handed over, and still
 * sends what it handed over offline. Only those hand-overs are sent: the backend decided the
 * scans it answered, and an offline refusal changes nothing there. Thread-safe.
 */
final class VoucherJournal extends OfflineJournal<VoucherJournal.VoucherScan, VoucherJournal.SyncedVoucherScan> {

    /**
     * One scan as the counter decided it ({@code decidedHere}), or as the backend answered it.
     * {@code firstAt} and {@code firstCounterId}: the hand-over that counts (this one when
     * REDEEMED). {@code productId} and {@code productName} when known.
     */
    record VoucherScan(String scanId, String counterId, Instant scannedAt, String text, RedeemResultType result,
                       VoucherVerdict.Reason reason, String voucherId, String productId, String productName,
                       Instant firstAt, String firstCounterId, boolean decidedHere) implements OfflineJournal.Entry {

        /** A hand-over the backend has not decided: it must be told of it. */
        boolean handedOverOffline() {
            return decidedHere && result == RedeemResultType.REDEEMED;
        }
    }

    /** The backend's answer to a hand-over sent from the journal. */
    record SyncedVoucherScan(String scanId, RedeemResultType result, Instant redeemedAt, String counterId,
                             boolean conflict) implements OfflineJournal.Entry {
    }

    private VoucherJournal(Path file) throws IOException {
        super(file, VoucherScan.class, SyncedVoucherScan.class, VoucherScan::handedOverOffline, "counter");
    }

    /** @throws IOException when the file cannot be read or written, or another counter process has it open */
    static VoucherJournal open(Path file) throws IOException {
        return new VoucherJournal(file);
    }
}
