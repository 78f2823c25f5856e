package io.bilheteria.boxoffice.offline;

import java.time.Duration;
import java.time.Instant;

/**
 * How current a station's knowledge is. {@code online} is the outcome of the last attempt;
 * {@code lastSyncAt} the end of the last complete one (null if none since opening);
 * {@code pendingScans} the scans not yet acknowledged by the backend; {@code clockOffset}
 * how far the backend's clock is ahead of this station's (a large value means scan times and
 * so "first scan wins" are off); {@code lastError} a plain message, null when all is well.
 */
public record SyncState(boolean online, Instant lastSyncAt, int pendingScans, Duration clockOffset, String lastError) {
}
