package io.bilheteria.api.checkin;

import java.time.Instant;

/**
 * The backend's answer to one scan of a batch, the same types as a single check-in.
 * {@code conflict} is true when this scan's ticket had already gone in first elsewhere: another
 * gate scanned it earlier, or a gate scanned it online before this offline scan was sent (an
 * online first scan is never rewritten, whatever time an offline scan claims). This gate, if it
 * let the holder in offline, admitted a ticket that was already used. {@code ticketSessionId}
 * and {@code ticketStartsAt}: the session the ticket is for, whenever the code is a real ticket.
 */
public record ScanOutcome(String scanId, CheckinResultType result, String ticketId, Instant firstScanAt,
                          String firstGateId, boolean conflict, String ticketSessionId, Instant ticketStartsAt) {
}
