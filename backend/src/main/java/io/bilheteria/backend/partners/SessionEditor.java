package io.bilheteria.backend.partners;

import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.catalog.CatalogService;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.inventory.HalfPrice;
import io.bilheteria.backend.inventory.SeatInventoryRepository;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.time.Instant;

/** The sessions (showings) of an event: created with every seat on sale, moved, or deleted while nothing is sold. */
public final class SessionEditor {
    private final Transactions tx;
    private final Clock clock;
    private final CatalogService catalog;
    private final Ownership ownership;
    private final SessionRepository sessions;
    private final SeatInventoryRepository inventory;

    public SessionEditor(Transactions tx, Clock clock, CatalogService catalog, SeatInventoryRepository inventory) {
        this.tx = tx;
        this.clock = clock;
        this.catalog = catalog;
        this.ownership = new Ownership(tx);
        this.sessions = new SessionRepository(tx);
        this.inventory = inventory;
    }

    public SessionSummary create(Principal caller, String eventId, SessionDraft draft) {
        Instant startsAt = startsAt(draft.startsAt());
        String id = Ids.newId();
        tx.inTransaction(() -> {
            ownership.event(caller, eventId);
            sessions.insert(id, eventId, startsAt.toEpochMilli(), draft.queueEnabled() != null && draft.queueEnabled());
            if (draft.halfPriceCapPercent() != null) {
                sessions.setHalfPriceCap(id, HalfPrice.validPercent(draft.halfPriceCapPercent()));
            }
            inventory.openSession(id, eventId);
        });
        return catalog.session(id);
    }

    /** Moving a session is allowed after sales: its tickets stay valid for the new time. */
    public SessionSummary edit(Principal caller, String sessionId, SessionDraft draft) {
        tx.inTransaction(() -> {
            ownership.sessionEvent(caller, sessionId);
            if (draft.startsAt() != null) {
                sessions.moveTo(sessionId, startsAt(draft.startsAt()).toEpochMilli());
            }
            if (draft.queueEnabled() != null) {
                sessions.setQueueEnabled(sessionId, draft.queueEnabled());
            }
            if (draft.halfPriceCapPercent() != null) {
                // a lower share than already sold stops further half-price sales; it never undoes one
                sessions.setHalfPriceCap(sessionId, HalfPrice.validPercent(draft.halfPriceCapPercent()));
            }
        });
        return catalog.session(sessionId);
    }

    /**
     * Deletes a session nobody bought into. Its seats are locked first, so a buyer cannot take
     * one between the check and the delete; any order, even refunded, keeps the session.
     */
    public void delete(Principal caller, String sessionId) {
        tx.inTransaction(() -> {
            ownership.sessionEvent(caller, sessionId);
            long taken = inventory.lockSessionTaken(sessionId);
            if (taken > 0) {
                throw DomainException.conflict(taken + " seats of this session are sold or held; "
                        + "a session can be deleted only while nothing is sold");
            }
            long orders = sessions.orders(sessionId);
            if (orders > 0) {
                throw DomainException.conflict("This session has orders (" + orders + "), even if refunded or "
                        + "unpaid; it can be moved but not deleted");
            }
            inventory.removeSession(sessionId);
            sessions.delete(sessionId);
        });
    }

    private Instant startsAt(Instant startsAt) {
        if (startsAt == null) {
            throw DomainException.invalid("'startsAt' is required");
        }
        if (startsAt.isBefore(clock.instant())) {
            throw DomainException.invalid("'startsAt' is in the past");
        }
        return startsAt;
    }
}
