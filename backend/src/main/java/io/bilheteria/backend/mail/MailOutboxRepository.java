package io.bilheteria.backend.mail;

import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.storage.Transactions;
import java.util.List;
import java.util.Optional;

/** The mail outbox: every statement on it, in the caller's transaction when one is open. */
public final class MailOutboxRepository {
    private static final int ERROR_LENGTH = 500;
    private final Transactions tx;

    public MailOutboxRepository(Transactions tx) {
        this.tx = tx;
    }

    /** A message waiting to be sent: what kind, about what, to whom, and how often it was tried. */
    public record Waiting(String id, String kind, String subjectId, String recipient, int attempts) {
    }

    /** A row as it stands: WAITING, SENT, SKIPPED (no longer due) or FAILED (given up), for operators and tests. */
    public record Entry(String id, String kind, String subjectId, String recipient, String status, int attempts,
                        long nextAttemptAt, String lastError, Long sentAt) {
    }

    /**
     * Queues a message of {@code kind} about {@code subjectId} (an order, say), due at once; false
     * when one of that kind about that subject was queued before (a message is never queued twice).
     */
    public boolean add(String kind, String subjectId, String recipient, long now) {
        return tx.withHandle(h -> h.createUpdate("INSERT INTO mail_outbox (id, kind, subject_id, recipient, status, "
                        + "next_attempt_at, created_at) SELECT :id, :k, :s, :r, 'WAITING', :now, :now "
                        + "WHERE NOT EXISTS (SELECT 1 FROM mail_outbox WHERE kind = :k AND subject_id = :s)")
                .bind("id", Ids.newId()).bind("k", kind).bind("s", subjectId).bind("r", recipient).bind("now", now)
                .execute()) == 1;
    }

    /** Messages due by {@code now} that no sender holds, the longest waiting first. */
    List<Waiting> due(long now, int limit) {
        return tx.withHandle(h -> h.createQuery("SELECT id, kind, subject_id, recipient, attempts FROM mail_outbox "
                        + "WHERE status = 'WAITING' AND next_attempt_at <= :now AND lease_until <= :now "
                        + "ORDER BY next_attempt_at LIMIT :n")
                .bind("now", now).bind("n", limit)
                .map((rs, ctx) -> new Waiting(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)))
                .list());
    }

    /** Takes a message to send until {@code leaseUntil}; of two senders (two processes) exactly one gets it. */
    boolean claim(String id, long now, long leaseUntil) {
        return tx.withHandle(h -> h.createUpdate("UPDATE mail_outbox SET lease_until = :l "
                        + "WHERE id = :id AND status = 'WAITING' AND lease_until <= :now")
                .bind("l", leaseUntil).bind("id", id).bind("now", now).execute()) == 1;
    }

    void sent(String id, int attempts, long now) {
        tx.withHandle(h -> h.createUpdate("UPDATE mail_outbox SET status = 'SENT', attempts = :a, sent_at = :now, "
                        + "lease_until = 0, last_error = NULL WHERE id = :id")
                .bind("a", attempts).bind("now", now).bind("id", id).execute());
    }

    /** Not to be sent after all (the buyer came back and bought, say). */
    void skipped(String id, int attempts) {
        tx.withHandle(h -> h.createUpdate("UPDATE mail_outbox SET status = 'SKIPPED', attempts = :a, lease_until = 0 "
                        + "WHERE id = :id")
                .bind("a", attempts).bind("id", id).execute());
    }

    void retryAt(String id, int attempts, long at, String error) {
        tx.withHandle(h -> h.createUpdate("UPDATE mail_outbox SET attempts = :a, next_attempt_at = :at, "
                        + "lease_until = 0, last_error = :e WHERE id = :id")
                .bind("a", attempts).bind("at", at).bind("e", clip(error)).bind("id", id).execute());
    }

    void gaveUp(String id, int attempts, String error) {
        tx.withHandle(h -> h.createUpdate("UPDATE mail_outbox SET status = 'FAILED', attempts = :a, lease_until = 0, "
                        + "last_error = :e WHERE id = :id")
                .bind("a", attempts).bind("e", clip(error)).bind("id", id).execute());
    }

    public Optional<Entry> find(String kind, String subjectId) {
        return tx.withHandle(h -> h.createQuery("SELECT id, kind, subject_id, recipient, status, attempts, "
                        + "next_attempt_at, last_error, sent_at FROM mail_outbox WHERE kind = :k AND subject_id = :s")
                .bind("k", kind).bind("s", subjectId)
                .map((rs, ctx) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getLong(7), rs.getString(8), rs.getObject(9, Long.class)))
                .findOne());
    }

    private static String clip(String error) {
        return error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    }
}
