package io.bilheteria.api.holds;

import java.time.Instant;
import java.util.List;

/** Seats reserved for one buyer until {@code expiresAt}. */
public record Hold(String holdId, String sessionId, List<String> seatIds, Instant expiresAt) {
}
