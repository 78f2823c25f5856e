package io.bilheteria.boxoffice.gate;

import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.boxoffice.offline.OfflineJournal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The gate's durable record of every scan and of what the backend answered to it (see
 * {@link OfflineJournal}): a gate that loses power or is restarted mid-shift still knows whom
 * it let in and still sends those scans. Every scan is sent, refusals too, so the backend
 * keeps the gate's whole shift. Thread-safe.
 */
public final class ScanJournal extends OfflineJournal<ScanJournal.ScanRecord, ScanJournal.SyncedScan> {

    /** One scan as the gate decided it. {@code shift} names the session choice it was made under. */
    public record ScanRecord(String scanId, String gateId, String shift, Instant scannedAt, String text,
                             Verdict.Result result, String ticketId, String sessionId) implements OfflineJournal.Entry {
    }

    /** The backend's answer to a scan, once it was sent. */
    public record SyncedScan(String scanId, CheckinResultType result, Instant firstScanAt, String firstGateId,
                             boolean conflict) implements OfflineJournal.Entry {
    }

    private ScanJournal(Path file) throws IOException {
        super(file, ScanRecord.class, SyncedScan.class, scan -> true, "gate");
    }

    /**
     * Opens (creating if needed) the journal and reads it back.
     *
     * @throws IOException when the file cannot be read or written, or another gate process has it open
     */
    public static ScanJournal open(Path file) throws IOException {
        return new ScanJournal(file);
    }
}
