package io.bilheteria.backend.partners;

import io.bilheteria.api.partners.ManagedSection;
import io.bilheteria.backend.storage.Transactions;
import java.util.List;
import java.util.Locale;

/** The priced sections of events ({@code sections}), with their seat counts. */
final class SectionRepository {
    private final Transactions tx;

    SectionRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The columns of a section that an edit writes one by one (a field's name is its column's). */
    enum Field {
        NAME, COLOR, PRICE_CENTS, SORT_ORDER;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    List<ManagedSection> ofEvent(String eventId) {
        return read("sec.event_id = :id", eventId);
    }

    ManagedSection one(String sectionId) {
        return read("sec.id = :id", sectionId).get(0);
    }

    /** The sort order after the event's last section (0 for its first). */
    int nextSortOrder(String eventId) {
        return tx.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(sort_order) + 1, 0) FROM sections "
                        + "WHERE event_id = :e")
                .bind("e", eventId).mapTo(Integer.class).one());
    }

    void insert(String id, String eventId, String name, String color, long priceCents, int sortOrder) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO sections (id, event_id, name, color, price_cents, currency, "
                        + "sort_order) VALUES (:id, :e, :n, :c, :p, 'BRL', :o)")
                .bind("id", id).bind("e", eventId).bind("n", name).bind("c", color).bind("p", priceCents)
                .bind("o", sortOrder).execute());
    }

    void set(String sectionId, Field field, Object value) {
        tx.withHandle(h -> h.createUpdate("UPDATE sections SET " + field.column() + " = :v WHERE id = :id")
                .bind("v", value).bind("id", sectionId).execute());
    }

    private List<ManagedSection> read(String where, String id) {
        return tx.withHandle(h -> h.createQuery("SELECT sec.id, sec.event_id, sec.name, sec.color, sec.price_cents, "
                        + "sec.currency, sec.sort_order, (SELECT COUNT(*) FROM spots sp WHERE sp.section_id = sec.id) "
                        + "AS seats FROM sections sec WHERE " + where + " ORDER BY sec.sort_order, sec.name")
                .bind("id", id)
                .map((rs, ctx) -> new ManagedSection(rs.getString("id"), rs.getString("event_id"), rs.getString("name"),
                        rs.getString("color"), rs.getLong("price_cents"), rs.getString("currency"),
                        rs.getInt("sort_order"), rs.getInt("seats")))
                .list());
    }
}
