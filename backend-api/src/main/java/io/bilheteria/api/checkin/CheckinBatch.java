package io.bilheteria.api.checkin;

import java.util.List;

/**
 * A gate's scans sent together when it can reach the backend, at most {@link #MAX_SCANS}, all
 * made while the gate admitted {@code sessionIds}: a ticket for another session is WRONG_SESSION.
 */
public record CheckinBatch(String gateId, List<String> sessionIds, List<OfflineScan> scans) {
    /** Keeps a batch of full-length codes under the API's 64 KiB request body limit. */
    public static final int MAX_SCANS = 200;
    /** Sessions one gate admits at once: a door, not a venue's whole season. */
    public static final int MAX_SESSIONS = 20;
}
