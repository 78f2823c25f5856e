package io.bilheteria.api.queue;

import java.time.Instant;

/**
 * A customer's place in a session's virtual queue. Once {@code admitted}, the
 * {@code admissionToken} goes in the {@code X-Queue-Token} header of {@code POST /holds}
 * until {@code tokenExpiresAt}.
 */
public record QueuePosition(String entryId, String sessionId, int position, boolean admitted, String admissionToken,
                            Instant tokenExpiresAt) {
}
