package io.bilheteria.api.checkin;

import java.time.Instant;

/**
 * The backend's answer to one scan of a batch, the same types as a single check-in.
 * {@code conflict} is true when another gate scanned the ticket first (by scan time): this
 * gate, if it let the holder in offline, admitted a ticket that was already used.
 */
public record ScanOutcome(String scanId, CheckinResultType result, String ticketId, Instant firstScanAt,
                          String firstGateId, boolean conflict) {
}
