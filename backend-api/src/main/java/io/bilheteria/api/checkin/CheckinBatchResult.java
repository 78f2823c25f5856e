package io.bilheteria.api.checkin;

import java.time.Instant;
import java.util.List;

/** One outcome per scan, in the order sent; {@code serverTime} lets a gate see how far off its clock is. */
public record CheckinBatchResult(Instant serverTime, List<ScanOutcome> results) {
}
