package io.bilheteria.backend.partners;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.catalog.EventPage;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.partners.EventDraft;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.catalog.CatalogService;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.common.Validation;
import io.bilheteria.backend.storage.Transactions;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import org.jdbi.v3.core.Handle;

/** Partners create and edit their events; an admin may for any partner. */
public final class EventEditor {
    private final Transactions tx;
    private final Clock clock;
    private final CatalogService catalog;

    public EventEditor(Transactions tx, Clock clock, CatalogService catalog) {
        this.tx = tx;
        this.clock = clock;
        this.catalog = catalog;
    }

    /** A partner's own events; an admin's view is every partner's, or one's with {@code partnerId}. */
    public EventPage list(Principal caller, String partnerId) {
        return catalog.eventsOf(caller.is(Role.ADMIN) ? blankToNull(partnerId) : caller.partnerId());
    }

    public EventSummary create(Principal caller, EventDraft draft) {
        String title = Validation.maxLength(Validation.required(draft.title(), "title"), 200, "title");
        String id = Ids.newId();
        tx.useTransaction(h -> {
            String partnerId = owner(h, caller, draft.partnerId());
            h.createUpdate("INSERT INTO events (id, partner_id, title, created_at) VALUES (:id, :p, :t, :now)")
                    .bind("id", id).bind("p", partnerId).bind("t", title).bind("now", clock.millis()).execute();
            writeDetails(h, id, draft);
        });
        return catalog.event(id);
    }

    public EventSummary edit(Principal caller, String eventId, EventDraft draft) {
        if (draft.partnerId() != null) {
            throw DomainException.invalid("An event stays with its partner: 'partnerId' cannot change");
        }
        tx.useTransaction(h -> {
            Ownership.event(h, caller, eventId);
            if (draft.title() != null) {
                h.createUpdate("UPDATE events SET title = :t WHERE id = :id").bind("id", eventId)
                        .bind("t", Validation.maxLength(Validation.required(draft.title(), "title"), 200, "title"))
                        .execute();
            }
            writeDetails(h, eventId, draft);
        });
        return catalog.event(eventId);
    }

    /** The optional fields; each one given is written. */
    private static void writeDetails(Handle h, String eventId, EventDraft draft) {
        update(h, eventId, "description", Validation.maxLength(draft.description(), 4000, "description"));
        update(h, eventId, "category", Validation.maxLength(trim(draft.category()), 100, "category"));
        update(h, eventId, "venue", Validation.maxLength(trim(draft.venue()), 200, "venue"));
        update(h, eventId, "city", Validation.maxLength(trim(draft.city()), 100, "city"));
        if (draft.posterUrl() != null) {
            // an empty address removes the poster
            String url = draft.posterUrl().isBlank() ? null : posterUrl(draft.posterUrl().trim());
            h.createUpdate("UPDATE events SET poster_url = :v WHERE id = :id").bind("v", url).bind("id", eventId)
                    .execute();
        }
    }

    private static void update(Handle h, String eventId, String column, String value) {
        if (value != null) {
            // column names come from the fixed list above, never from the request
            h.createUpdate("UPDATE events SET " + column + " = :v WHERE id = :id").bind("v", value).bind("id", eventId)
                    .execute();
        }
    }

    /** Posters are linked, not uploaded: an absolute http(s) address the apps load the image from. */
    static String posterUrl(String value) {
        Validation.maxLength(value, 1000, "posterUrl");
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // answered below like any other address that is not http(s)
        }
        throw DomainException.invalid("'posterUrl' must be an http or https address of an image");
    }

    private static String owner(Handle h, Principal caller, String requested) {
        if (!caller.is(Role.ADMIN)) {
            if (requested != null && !requested.equals(caller.partnerId())) {
                throw DomainException.forbidden("A partner creates events only for itself");
            }
            return caller.partnerId();
        }
        String partnerId = Validation.required(requested, "partnerId");
        boolean exists = h.createQuery("SELECT COUNT(*) FROM partners WHERE id = :id").bind("id", partnerId)
                .mapTo(Integer.class).one() > 0;
        if (!exists) {
            throw DomainException.invalid("Partner " + partnerId + " does not exist");
        }
        return partnerId;
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
