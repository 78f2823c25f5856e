package io.bilheteria.api.checkin;

import java.time.Instant;
import java.util.List;

/**
 * The gate's download of a session's tickets. Without {@code since}: every ticket ever
 * issued for it. With {@code since}: only tickets changed since that cursor (sold, cancelled,
 * scanned), possibly repeating some already sent, so a gate applies them as upserts. Pass
 * {@code cursor} back as {@code since} on the next call; it is opaque.
 */
public record SessionTickets(String sessionId, String cursor, Instant serverTime, boolean changesOnly,
                             List<GateTicket> tickets) {
}
