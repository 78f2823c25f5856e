package io.bilheteria.backend.partners;

import io.bilheteria.api.partners.ManagedSection;
import io.bilheteria.api.partners.SectionDraft;
import io.bilheteria.api.partners.SectionList;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.common.Validation;
import io.bilheteria.backend.storage.Transactions;
import java.util.List;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * The priced sections of an event: name, colour and price. A new price applies to sales from
 * then on; orders keep the price they were placed at. Seats come from {@code venues.SeatLayouts}.
 */
public final class SectionEditor {
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?");
    private final Transactions tx;

    public SectionEditor(Transactions tx) {
        this.tx = tx;
    }

    public SectionList list(Principal caller, String eventId) {
        return tx.withHandle(h -> {
            Ownership.event(h, caller, eventId);
            return new SectionList(read(h, "sec.event_id = :id", eventId));
        });
    }

    public ManagedSection create(Principal caller, String eventId, SectionDraft draft) {
        String name = name(Validation.required(draft.name(), "name"));
        String color = color(Validation.required(draft.color(), "color"));
        long price = Validation.cents(draft.priceCents(), "priceCents");
        String id = Ids.newId();
        return tx.inTransaction(h -> {
            Ownership.event(h, caller, eventId);
            int order = draft.sortOrder() != null ? draft.sortOrder()
                    : h.createQuery("SELECT COALESCE(MAX(sort_order) + 1, 0) FROM sections WHERE event_id = :e")
                            .bind("e", eventId).mapTo(Integer.class).one();
            h.createUpdate("INSERT INTO sections (id, event_id, name, color, price_cents, currency, sort_order) "
                            + "VALUES (:id, :e, :n, :c, :p, 'BRL', :o)")
                    .bind("id", id).bind("e", eventId).bind("n", name).bind("c", color).bind("p", price)
                    .bind("o", order).execute();
            return one(h, id);
        });
    }

    public ManagedSection edit(Principal caller, String sectionId, SectionDraft draft) {
        return tx.inTransaction(h -> {
            Ownership.sectionEvent(h, caller, sectionId);
            if (draft.name() != null) {
                set(h, sectionId, "name", name(Validation.required(draft.name(), "name")));
            }
            if (draft.color() != null) {
                set(h, sectionId, "color", color(draft.color()));
            }
            if (draft.priceCents() != null) {
                set(h, sectionId, "price_cents", Validation.cents(draft.priceCents(), "priceCents"));
            }
            if (draft.sortOrder() != null) {
                set(h, sectionId, "sort_order", draft.sortOrder());
            }
            return one(h, sectionId);
        });
    }

    private static void set(Handle h, String sectionId, String column, Object value) {
        // column names come from the fixed calls above, never from the request
        h.createUpdate("UPDATE sections SET " + column + " = :v WHERE id = :id").bind("v", value)
                .bind("id", sectionId).execute();
    }

    static ManagedSection one(Handle h, String sectionId) {
        return read(h, "sec.id = :id", sectionId).get(0);
    }

    private static List<ManagedSection> read(Handle h, String where, String id) {
        return h.createQuery("SELECT sec.id, sec.event_id, sec.name, sec.color, sec.price_cents, sec.currency, "
                        + "sec.sort_order, (SELECT COUNT(*) FROM spots sp WHERE sp.section_id = sec.id) AS seats "
                        + "FROM sections sec WHERE " + where + " ORDER BY sec.sort_order, sec.name")
                .bind("id", id)
                .map((rs, ctx) -> new ManagedSection(rs.getString("id"), rs.getString("event_id"), rs.getString("name"),
                        rs.getString("color"), rs.getLong("price_cents"), rs.getString("currency"),
                        rs.getInt("sort_order"), rs.getInt("seats")))
                .list();
    }

    private static String name(String name) {
        return Validation.maxLength(name, 100, "name");
    }

    private static String color(String color) {
        if (!COLOR.matcher(color.trim()).matches()) {
            throw DomainException.invalid("'color' must be a hex colour such as #1565C0");
        }
        return color.trim().toUpperCase();
    }

}
