package io.bilheteria.backend.partners;

import io.bilheteria.backend.storage.Transactions;
import java.util.Locale;

/** A partner's events as it edits them ({@code events}); the catalogue reads them. */
final class EventRepository {
    private final Transactions tx;

    EventRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The columns of an event that an edit writes one by one (a field's name is its column's). */
    enum Field {
        TITLE, DESCRIPTION, CATEGORY, VENUE, CITY, POSTER_URL;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    boolean partnerExists(String partnerId) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM partners WHERE id = :id").bind("id", partnerId)
                .mapTo(Integer.class).one() > 0);
    }

    void insert(String id, String partnerId, String title, long now) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO events (id, partner_id, title, created_at) "
                        + "VALUES (:id, :p, :t, :now)")
                .bind("id", id).bind("p", partnerId).bind("t", title).bind("now", now).execute());
    }

    /** Writes one field; null clears it. */
    void set(String eventId, Field field, String value) {
        tx.withHandle(h -> h.createUpdate("UPDATE events SET " + field.column() + " = :v WHERE id = :id")
                .bind("v", value).bind("id", eventId).execute());
    }
}
