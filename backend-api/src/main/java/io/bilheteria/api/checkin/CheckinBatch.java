package io.bilheteria.api.checkin;

import java.util.List;

/** A gate's scans sent together when it can reach the backend, at most {@link #MAX_SCANS}. */
public record CheckinBatch(String gateId, List<OfflineScan> scans) {
    /** Keeps a batch of full-length codes under the API's 64 KiB request body limit. */
    public static final int MAX_SCANS = 200;
}
