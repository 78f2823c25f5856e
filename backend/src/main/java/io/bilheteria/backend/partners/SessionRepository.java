package io.bilheteria.backend.partners;

import io.bilheteria.backend.storage.Transactions;

/** The sessions (showings) of events: every statement on the sessions table a partner's edit makes. */
final class SessionRepository {
    private final Transactions tx;

    SessionRepository(Transactions tx) {
        this.tx = tx;
    }

    void insert(String id, String eventId, long startsAt, boolean queueEnabled) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO sessions (id, event_id, starts_at, queue_enabled) "
                        + "VALUES (:id, :e, :t, :q)")
                .bind("id", id).bind("e", eventId).bind("t", startsAt).bind("q", queueEnabled).execute());
    }

    void moveTo(String id, long startsAt) {
        tx.withHandle(h -> h.createUpdate("UPDATE sessions SET starts_at = :t WHERE id = :id")
                .bind("t", startsAt).bind("id", id).execute());
    }

    void setHalfPriceCap(String id, int percent) {
        tx.withHandle(h -> h.createUpdate("UPDATE sessions SET half_price_cap_percent = :p WHERE id = :id")
                .bind("p", percent).bind("id", id).execute());
    }

    void setQueueEnabled(String id, boolean queueEnabled) {
        tx.withHandle(h -> h.createUpdate("UPDATE sessions SET queue_enabled = :q WHERE id = :id")
                .bind("q", queueEnabled).bind("id", id).execute());
    }

    /** Orders ever placed for the session, whatever became of them. */
    long orders(String id) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM orders WHERE session_id = :s").bind("s", id)
                .mapTo(Long.class).one());
    }

    /** The session and its virtual queue; its inventory must be gone already. */
    void delete(String id) {
        tx.inTransaction(h -> {
            h.createUpdate("DELETE FROM queue_entries WHERE session_id = :s").bind("s", id).execute();
            return h.createUpdate("DELETE FROM sessions WHERE id = :s").bind("s", id).execute();
        });
    }
}
