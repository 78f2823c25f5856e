package io.bilheteria.backend.checkin;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.checkin.SessionTickets;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

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
    private final GateTicketRepository tickets;
    private final Clock clock;

    SessionTicketFeed(Transactions tx, Clock clock) {
        this.tickets = new GateTicketRepository(tx);
        this.clock = clock;
    }

    SessionTickets tickets(Principal caller, String sessionId, String since) {
        Long sinceMillis = cursor(since);
        long now = clock.millis();
        String partnerId = tickets.sessionPartner(sessionId)
                .orElseThrow(() -> DomainException.notFound("Session " + sessionId));
        if (caller.is(Role.PARTNER) && !partnerId.equals(caller.partnerId())) {
            // as for orders: another partner's session is not there at all for this caller
            throw DomainException.notFound("Session " + sessionId);
        }
        return new SessionTickets(sessionId, Long.toString(now - REDELIVERY.toMillis()), Instant.ofEpochMilli(now),
                sinceMillis != null, tickets.tickets(sessionId, sinceMillis));
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
