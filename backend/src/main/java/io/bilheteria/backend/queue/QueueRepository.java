package io.bilheteria.backend.queue;

import io.bilheteria.backend.storage.Transactions;
import java.util.Optional;

/** The entries of sessions' virtual queues ({@code queue_entries}) and the sessions' queue settings. */
final class QueueRepository {
    private final Transactions tx;

    QueueRepository(Transactions tx) {
        this.tx = tx;
    }

    /** An entry as stored; {@code admittedAt} and {@code tokenExpiresAt} null while it waits. */
    record Entry(String sessionId, String accountId, long joinedAt, Long admittedAt, Long tokenExpiresAt) {
    }

    /** Whether the session sells online through a queue; empty when there is no such session. */
    Optional<Boolean> queueEnabled(String sessionId) {
        return tx.withHandle(h -> h.createQuery("SELECT queue_enabled FROM sessions WHERE id = :s")
                .bind("s", sessionId).mapTo(Boolean.class).findOne());
    }

    int admitPerMinute(String sessionId) {
        return tx.withHandle(h -> h.createQuery("SELECT queue_admit_per_minute FROM sessions WHERE id = :s")
                .bind("s", sessionId).mapTo(Integer.class).one());
    }

    /** The account's entry in the session's queue that still waits or whose token still lives. */
    Optional<String> liveEntry(String sessionId, String accountId, long now) {
        return tx.withHandle(h -> h.createQuery("SELECT id FROM queue_entries WHERE session_id = :s "
                        + "AND account_id = :a AND (admitted_at IS NULL OR token_expires_at > :now)")
                .bind("s", sessionId).bind("a", accountId).bind("now", now)
                .mapTo(String.class).findFirst());
    }

    void insert(String id, String sessionId, String accountId, long now) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO queue_entries (id, session_id, account_id, joined_at) "
                        + "VALUES (:id, :s, :a, :now)")
                .bind("id", id).bind("s", sessionId).bind("a", accountId).bind("now", now).execute());
    }

    /** An entry, locked until the transaction ends. */
    Optional<Entry> lock(String entryId) {
        return tx.withHandle(h -> h.createQuery("SELECT session_id, account_id, joined_at, admitted_at, "
                        + "token_expires_at FROM queue_entries WHERE id = :id FOR UPDATE")
                .bind("id", entryId)
                .map((rs, ctx) -> new Entry(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, Long.class), rs.getObject(5, Long.class)))
                .findOne());
    }

    /** The entries of the session still waiting that joined before {@code joinedAt}. */
    int waitingAhead(String sessionId, long joinedAt) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM queue_entries WHERE session_id = :s "
                        + "AND admitted_at IS NULL AND joined_at < :j")
                .bind("s", sessionId).bind("j", joinedAt).mapTo(Integer.class).one());
    }

    int admittedSince(String sessionId, long since) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM queue_entries WHERE session_id = :s "
                        + "AND admitted_at > :since")
                .bind("s", sessionId).bind("since", since).mapTo(Integer.class).one());
    }

    /** Admits a waiting entry with the hash of its token. */
    void admit(String entryId, long now, String tokenHash, long tokenExpiresAt) {
        tx.withHandle(h -> h.createUpdate("UPDATE queue_entries SET admitted_at = :now, token_hash = :t, "
                        + "token_expires_at = :e WHERE id = :id AND admitted_at IS NULL")
                .bind("now", now).bind("t", tokenHash).bind("e", tokenExpiresAt).bind("id", entryId).execute());
    }

    /** True if the account holds a live admission token of the session with this hash. */
    boolean admitted(String tokenHash, String sessionId, String accountId, long now) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM queue_entries WHERE token_hash = :t "
                        + "AND session_id = :s AND account_id = :a AND token_expires_at > :now")
                .bind("t", tokenHash).bind("s", sessionId).bind("a", accountId).bind("now", now)
                .mapTo(Integer.class).one() > 0);
    }
}
