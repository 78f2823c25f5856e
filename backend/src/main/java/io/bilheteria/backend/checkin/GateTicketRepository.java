package io.bilheteria.backend.checkin;

import io.bilheteria.api.checkin.GateTicket;
import io.bilheteria.api.checkin.TicketStatus;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.backend.storage.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a gate downloads of a session's tickets. */
final class GateTicketRepository {
    private final Transactions tx;

    GateTicketRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The partner whose event the session is of; empty when there is no such session. */
    Optional<String> sessionPartner(String sessionId) {
        return tx.withHandle(h -> h.createQuery("SELECT e.partner_id FROM sessions s JOIN events e ON e.id = s.event_id "
                        + "WHERE s.id = :s")
                .bind("s", sessionId).mapTo(String.class).findOne());
    }

    /** The session's tickets, or only those changed at or after {@code since} when it is given, in order of change. */
    List<GateTicket> tickets(String sessionId, Long since) {
        return tx.withHandle(h -> {
            var query = h.createQuery("SELECT t.id, t.spot_id, t.version, t.status, sec.name, "
                            + "sp.row_label, sp.seat_number, t.first_scan_at, t.first_gate_id, t.ticket_type FROM tickets t "
                            + "JOIN spots sp ON sp.id = t.spot_id JOIN sections sec ON sec.id = sp.section_id "
                            + "WHERE t.session_id = :s" + (since == null ? "" : " AND t.updated_at >= :since")
                            + " ORDER BY t.updated_at, t.id")
                    .bind("s", sessionId);
            if (since != null) {
                query.bind("since", since);
            }
            return query.map((rs, ctx) -> {
                Long firstAt = rs.getObject(8, Long.class);
                return new GateTicket(rs.getString(1), Long.toString(rs.getLong(2)), rs.getInt(3),
                        TicketStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getInt(7),
                        firstAt == null ? null : Instant.ofEpochMilli(firstAt), rs.getString(9),
                        TicketType.valueOf(rs.getString(10)));
            }).list();
        });
    }
}
