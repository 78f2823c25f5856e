package io.bilheteria.backend.partners;

import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.catalog.CatalogService;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.holds.Inventory;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The sessions (showings) of an event: created with every seat on sale, moved, or deleted while nothing is sold. */
public final class SessionEditor {
    private final Transactions tx;
    private final Clock clock;
    private final CatalogService catalog;

    public SessionEditor(Transactions tx, Clock clock, CatalogService catalog) {
        this.tx = tx;
        this.clock = clock;
        this.catalog = catalog;
    }

    public SessionSummary create(Principal caller, String eventId, SessionDraft draft) {
        Instant startsAt = startsAt(draft.startsAt());
        String id = Ids.newId();
        tx.useTransaction(h -> {
            Ownership.event(h, caller, eventId);
            h.createUpdate("INSERT INTO sessions (id, event_id, starts_at, queue_enabled) VALUES (:id, :e, :t, :q)")
                    .bind("id", id).bind("e", eventId).bind("t", startsAt.toEpochMilli())
                    .bind("q", draft.queueEnabled() != null && draft.queueEnabled()).execute();
            Inventory.openSession(h, id, eventId);
        });
        return catalog.session(id);
    }

    /** Moving a session is allowed after sales: its tickets stay valid for the new time. */
    public SessionSummary edit(Principal caller, String sessionId, SessionDraft draft) {
        tx.useTransaction(h -> {
            Ownership.sessionEvent(h, caller, sessionId);
            if (draft.startsAt() != null) {
                h.createUpdate("UPDATE sessions SET starts_at = :t WHERE id = :id")
                        .bind("t", startsAt(draft.startsAt()).toEpochMilli()).bind("id", sessionId).execute();
            }
            if (draft.queueEnabled() != null) {
                h.createUpdate("UPDATE sessions SET queue_enabled = :q WHERE id = :id")
                        .bind("q", draft.queueEnabled()).bind("id", sessionId).execute();
            }
        });
        return catalog.session(sessionId);
    }

    /**
     * Deletes a session nobody bought into. Its seats are locked first, so a buyer cannot take
     * one between the check and the delete; any order, even refunded, keeps the session.
     */
    public void delete(Principal caller, String sessionId) {
        tx.useTransaction(h -> {
            Ownership.sessionEvent(h, caller, sessionId);
            List<String> statuses = h.createQuery("SELECT status FROM session_seats WHERE session_id = :s FOR UPDATE")
                    .bind("s", sessionId).mapTo(String.class).list();
            long taken = statuses.stream().filter(s -> !s.equals("AVAILABLE")).count();
            if (taken > 0) {
                throw DomainException.conflict(taken + " seats of this session are sold or held; "
                        + "a session can be deleted only while nothing is sold");
            }
            long orders = h.createQuery("SELECT COUNT(*) FROM orders WHERE session_id = :s").bind("s", sessionId)
                    .mapTo(Long.class).one();
            if (orders > 0) {
                throw DomainException.conflict("This session has orders (" + orders + "), even if refunded or "
                        + "unpaid; it can be moved but not deleted");
            }
            for (String table : List.of("queue_entries", "session_seats", "holds")) {
                h.createUpdate("DELETE FROM " + table + " WHERE session_id = :s").bind("s", sessionId).execute();
            }
            h.createUpdate("DELETE FROM sessions WHERE id = :s").bind("s", sessionId).execute();
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
