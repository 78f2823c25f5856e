package io.bilheteria.backend.checkin;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.checkin.GateTicket;
import io.bilheteria.api.checkin.SessionTickets;
import io.bilheteria.api.checkin.TicketStatus;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a gate downloads to decide offline: every ticket of a session, then only the ones
 * changed since a cursor. A ticket's {@code updated_at} is set by each sale, cancellation
 * and scan. The cursor is the download's time minus {@link #REDELIVERY}: a change stamped
 * just before a download but committed just after it (or stamped by another backend process
 * whose clock is a little behind) is then still sent next time. Gates apply the tickets as
 * upserts, so what is sent twice costs bytes, never correctness. A plain sequence would not
 * do better: its numbers are also taken before the commit, in no commit order.
 */
final class SessionTicketFeed {
    /** Longer than any transaction that changes tickets, plus the clock drift between backend hosts. */
    static final Duration REDELIVERY = Duration.ofSeconds(30);
    private final Transactions tx;
    private final Clock clock;

    SessionTicketFeed(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    SessionTickets tickets(Principal caller, String sessionId, String since) {
        Long sinceMillis = cursor(since);
        long now = clock.millis();
        return tx.withHandle(h -> {
            String partnerId = h.createQuery("SELECT e.partner_id FROM sessions s JOIN events e ON e.id = s.event_id "
                            + "WHERE s.id = :s")
                    .bind("s", sessionId).mapTo(String.class).findOne()
                    .orElseThrow(() -> DomainException.notFound("Session " + sessionId));
            if (caller.is(Role.PARTNER) && !partnerId.equals(caller.partnerId())) {
                // as for orders: another partner's session is not there at all for this caller
                throw DomainException.notFound("Session " + sessionId);
            }
            var query = h.createQuery("SELECT t.id, t.spot_id, t.version, t.status, sec.name, "
                            + "sp.row_label, sp.seat_number, t.first_scan_at, t.first_gate_id, t.ticket_type FROM tickets t "
                            + "JOIN spots sp ON sp.id = t.spot_id JOIN sections sec ON sec.id = sp.section_id "
                            + "WHERE t.session_id = :s" + (sinceMillis == null ? "" : " AND t.updated_at >= :since")
                            + " ORDER BY t.updated_at, t.id")
                    .bind("s", sessionId);
            if (sinceMillis != null) {
                query.bind("since", sinceMillis);
            }
            List<GateTicket> tickets = query.map((rs, ctx) -> {
                Long firstAt = rs.getObject(8, Long.class);
                return new GateTicket(rs.getString(1), Long.toString(rs.getLong(2)), rs.getInt(3),
                        TicketStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getInt(7),
                        firstAt == null ? null : Instant.ofEpochMilli(firstAt), rs.getString(9),
                        TicketType.valueOf(rs.getString(10)));
            }).list();
            return new SessionTickets(sessionId, Long.toString(now - REDELIVERY.toMillis()), Instant.ofEpochMilli(now),
                    sinceMillis != null, tickets);
        });
    }

    private static Long cursor(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(since.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException notACursor) {
            // answered below
        }
        throw DomainException.invalid("'since' must be the cursor of an earlier download of this session");
    }
}
