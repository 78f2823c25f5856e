package io.bilheteria.backend.queue;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.queue.QueuePosition;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Hashes;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.storage.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.jdbi.v3.core.Handle;

/**
 * The ONLINE waiting room of a session with its queue enabled. Customers are admitted
 * in the order they joined, at most {@code queue_admit_per_minute} per minute, each with
 * a token valid for {@link #TOKEN_LIFETIME}. Kiosks and box offices never queue: their
 * line is physical.
 */
public final class VirtualQueue {
    public static final String TOKEN_HEADER = "X-Queue-Token";
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);
    private static final long MINUTE = 60_000;

    private final Transactions tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public VirtualQueue(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public QueuePosition join(Principal customer, String sessionId) {
        return tx.inTransaction(h -> {
            requireQueued(h, sessionId);
            var existing = h.createQuery("SELECT id FROM queue_entries WHERE session_id = :s AND account_id = :a "
                            + "AND (admitted_at IS NULL OR token_expires_at > :now)")
                    .bind("s", sessionId).bind("a", customer.accountId()).bind("now", clock.millis())
                    .mapTo(String.class).findFirst();
            if (existing.isPresent()) {
                return position(h, customer, existing.get());
            }
            String id = Ids.newId();
            h.createUpdate("INSERT INTO queue_entries (id, session_id, account_id, joined_at) VALUES (:id, :s, :a, :now)")
                    .bind("id", id).bind("s", sessionId).bind("a", customer.accountId()).bind("now", clock.millis())
                    .execute();
            return position(h, customer, id);
        });
    }

    /** Where the caller stands; admits them when it is their turn and the rate allows. */
    public QueuePosition poll(Principal customer, String entryId) {
        return tx.inTransaction(h -> position(h, customer, entryId));
    }

    private QueuePosition position(Handle h, Principal customer, String entryId) {
        var entry = h.createQuery("SELECT session_id, account_id, joined_at, admitted_at, token_expires_at "
                        + "FROM queue_entries WHERE id = :id FOR UPDATE")
                .bind("id", entryId)
                .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, Long.class), rs.getObject(5, Long.class)})
                .findOne()
                .filter(e -> e[1].equals(customer.accountId()))
                .orElseThrow(() -> DomainException.notFound("Queue entry " + entryId));
        String sessionId = (String) entry[0];
        long now = clock.millis();
        if (entry[3] != null) {
            // admitted earlier: the token is shown once, at admission
            return new QueuePosition(entryId, sessionId, 0, true, null, Instant.ofEpochMilli((long) entry[4]));
        }
        int ahead = h.createQuery("SELECT COUNT(*) FROM queue_entries WHERE session_id = :s AND admitted_at IS NULL "
                        + "AND joined_at < :j")
                .bind("s", sessionId).bind("j", (long) entry[2]).mapTo(Integer.class).one();
        int perMinute = h.createQuery("SELECT queue_admit_per_minute FROM sessions WHERE id = :s")
                .bind("s", sessionId).mapTo(Integer.class).one();
        int admittedLastMinute = h.createQuery("SELECT COUNT(*) FROM queue_entries WHERE session_id = :s "
                        + "AND admitted_at > :since")
                .bind("s", sessionId).bind("since", now - MINUTE).mapTo(Integer.class).one();
        if (ahead == 0 && admittedLastMinute < perMinute) {
            byte[] raw = new byte[24];
            random.nextBytes(raw);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            long expires = now + TOKEN_LIFETIME.toMillis();
            h.createUpdate("UPDATE queue_entries SET admitted_at = :now, token_hash = :t, token_expires_at = :e "
                            + "WHERE id = :id AND admitted_at IS NULL")
                    .bind("now", now).bind("t", Hashes.sha256Hex(token)).bind("e", expires).bind("id", entryId).execute();
            return new QueuePosition(entryId, sessionId, 0, true, token, Instant.ofEpochMilli(expires));
        }
        return new QueuePosition(entryId, sessionId, ahead + 1, false, null, null);
    }

    /**
     * Refuses an ONLINE hold on {@code sessionId}, a session with its queue enabled, unless
     * the caller shows a live admission token for it. Kiosks and cashiers pass.
     */
    /** The venue's own sellers (kiosks, cashiers) sell queued sessions too: the queue is for online buyers. */
    public static boolean passesWithoutQueue(Principal caller) {
        return caller.role() != Role.CUSTOMER;
    }

    public void requireAdmission(Principal caller, String sessionId, String token) {
        if (passesWithoutQueue(caller)) {
            return;
        }
        boolean admitted = token != null && !token.isBlank() && tx.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM queue_entries WHERE token_hash = :t AND session_id = :s "
                                + "AND account_id = :a AND token_expires_at > :now")
                .bind("t", Hashes.sha256Hex(token)).bind("s", sessionId).bind("a", caller.accountId())
                .bind("now", clock.millis()).mapTo(Integer.class).one() > 0);
        if (!admitted) {
            throw new DomainException(DomainException.Kind.QUEUE_TOKEN_REQUIRED,
                    "This session sells online through a virtual queue: join it at POST /api/v1/sessions/"
                            + sessionId + "/queue and send the admission token in " + TOKEN_HEADER);
        }
    }

    private static void requireQueued(Handle h, String sessionId) {
        boolean queued = h.createQuery("SELECT queue_enabled FROM sessions WHERE id = :s").bind("s", sessionId)
                .mapTo(Boolean.class).findOne()
                .orElseThrow(() -> DomainException.notFound("Session " + sessionId));
        if (!queued) {
            throw DomainException.conflict("This session has no virtual queue: hold seats directly");
        }
    }

}
