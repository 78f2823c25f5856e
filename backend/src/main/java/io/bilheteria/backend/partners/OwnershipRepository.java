package io.bilheteria.backend.partners;

import io.bilheteria.backend.storage.Transactions;
import java.util.Optional;

/** The event (and its partner) behind an event, section, session or product id, and a seat's section. */
final class OwnershipRepository {
    private final Transactions tx;

    OwnershipRepository(Transactions tx) {
        this.tx = tx;
    }

    /** An event and the partner it belongs to. */
    record Owned(String eventId, String partnerId) {
    }

    /** What an id names, with the query that finds its event. */
    enum Kind {
        EVENT("SELECT id, partner_id FROM events WHERE id = :id"),
        SECTION("SELECT e.id, e.partner_id FROM sections sec JOIN events e ON e.id = sec.event_id WHERE sec.id = :id"),
        SESSION("SELECT e.id, e.partner_id FROM sessions s JOIN events e ON e.id = s.event_id WHERE s.id = :id"),
        PRODUCT("SELECT e.id, e.partner_id FROM products p JOIN events e ON e.id = p.event_id WHERE p.id = :id");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }
    }

    Optional<Owned> owner(Kind kind, String id) {
        return tx.withHandle(h -> h.createQuery(kind.sql).bind("id", id)
                .map((rs, ctx) -> new Owned(rs.getString(1), rs.getString(2)))
                .findOne());
    }

    Optional<String> seatSection(long spotId) {
        return tx.withHandle(h -> h.createQuery("SELECT section_id FROM spots WHERE id = :id").bind("id", spotId)
                .mapTo(String.class).findOne());
    }
}
