package io.bilheteria.backend.partners;

import io.bilheteria.api.auth.Role;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import org.jdbi.v3.core.Handle;

/**
 * Finds the event behind an id and checks the caller may manage it: a partner only its own
 * events, an admin any. As for orders, another partner's event is answered "not found", so
 * ids of other partners cannot be probed.
 */
public final class Ownership {
    private Ownership() {
    }

    public static String event(Handle h, Principal caller, String eventId) {
        return check(h, caller, "SELECT id, partner_id FROM events WHERE id = :id", eventId, "Event ");
    }

    /** The event of a section. */
    public static String sectionEvent(Handle h, Principal caller, String sectionId) {
        return check(h, caller, "SELECT e.id, e.partner_id FROM sections sec JOIN events e ON e.id = sec.event_id "
                + "WHERE sec.id = :id", sectionId, "Section ");
    }

    /** The event of a session. */
    public static String sessionEvent(Handle h, Principal caller, String sessionId) {
        return check(h, caller, "SELECT e.id, e.partner_id FROM sessions s JOIN events e ON e.id = s.event_id "
                + "WHERE s.id = :id", sessionId, "Session ");
    }

    /** The event of a product. */
    public static String productEvent(Handle h, Principal caller, String productId) {
        return check(h, caller, "SELECT e.id, e.partner_id FROM products p JOIN events e ON e.id = p.event_id "
                + "WHERE p.id = :id", productId, "Product ");
    }

    /** The section of a seat (spot), whose event the caller manages. */
    public static String seatSection(Handle h, Principal caller, long spotId) {
        String sectionId = h.createQuery("SELECT section_id FROM spots WHERE id = :id").bind("id", spotId)
                .mapTo(String.class).findOne().orElseThrow(() -> DomainException.notFound("Seat " + spotId));
        sectionEvent(h, caller, sectionId);
        return sectionId;
    }

    /** Seat ids are numbers; anything else names no seat. */
    public static long seatId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw DomainException.notFound("Seat " + raw);
        }
    }

    private static String check(Handle h, Principal caller, String sql, String id, String what) {
        String[] row = h.createQuery(sql).bind("id", id)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .findOne().orElseThrow(() -> DomainException.notFound(what + id));
        if (!caller.is(Role.ADMIN) && !row[1].equals(caller.partnerId())) {
            throw DomainException.notFound(what + id);
        }
        return row[0];
    }
}
