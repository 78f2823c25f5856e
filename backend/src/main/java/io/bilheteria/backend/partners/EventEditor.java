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

/** Partners create and edit their events; an admin may for any partner. */
public final class EventEditor {
    private final Transactions tx;
    private final EventRepository events;
    private final Ownership ownership;
    private final Clock clock;
    private final CatalogService catalog;

    public EventEditor(Transactions tx, Clock clock, CatalogService catalog) {
        this.tx = tx;
        this.events = new EventRepository(tx);
        this.ownership = new Ownership(tx);
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
        tx.inTransaction(() -> {
            String partnerId = owner(caller, draft.partnerId());
            events.insert(id, partnerId, title, clock.millis());
            writeDetails(id, draft);
        });
        return catalog.event(id);
    }

    public EventSummary edit(Principal caller, String eventId, EventDraft draft) {
        if (draft.partnerId() != null) {
            throw DomainException.invalid("An event stays with its partner: 'partnerId' cannot change");
        }
        tx.inTransaction(() -> {
            ownership.event(caller, eventId);
            if (draft.title() != null) {
                events.set(eventId, EventRepository.Field.TITLE,
                        Validation.maxLength(Validation.required(draft.title(), "title"), 200, "title"));
            }
            writeDetails(eventId, draft);
        });
        return catalog.event(eventId);
    }

    /** The optional fields; each one given is written. */
    private void writeDetails(String eventId, EventDraft draft) {
        update(eventId, EventRepository.Field.DESCRIPTION, Validation.maxLength(draft.description(), 4000, "description"));
        update(eventId, EventRepository.Field.CATEGORY, Validation.maxLength(trim(draft.category()), 100, "category"));
        update(eventId, EventRepository.Field.VENUE, Validation.maxLength(trim(draft.venue()), 200, "venue"));
        update(eventId, EventRepository.Field.CITY, Validation.maxLength(trim(draft.city()), 100, "city"));
        if (draft.posterUrl() != null) {
            // an empty address removes the poster
            String url = draft.posterUrl().isBlank() ? null : posterUrl(draft.posterUrl().trim());
            events.set(eventId, EventRepository.Field.POSTER_URL, url);
        }
    }

    private void update(String eventId, EventRepository.Field field, String value) {
        if (value != null) {
            events.set(eventId, field, value);
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

    private String owner(Principal caller, String requested) {
        if (!caller.is(Role.ADMIN)) {
            if (requested != null && !requested.equals(caller.partnerId())) {
                throw DomainException.forbidden("A partner creates events only for itself");
            }
            return caller.partnerId();
        }
        String partnerId = Validation.required(requested, "partnerId");
        if (!events.partnerExists(partnerId)) {
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
