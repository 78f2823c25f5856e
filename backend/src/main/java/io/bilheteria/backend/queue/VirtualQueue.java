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
    private final QueueRepository entries;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public VirtualQueue(Transactions tx, Clock clock) {
        this.tx = tx;
        this.entries = new QueueRepository(tx);
        this.clock = clock;
    }

    public QueuePosition join(Principal customer, String sessionId) {
        return tx.inTransaction(() -> {
            requireQueued(sessionId);
            var existing = entries.liveEntry(sessionId, customer.accountId(), clock.millis());
            if (existing.isPresent()) {
                return position(customer, existing.get());
            }
            String id = Ids.newId();
            entries.insert(id, sessionId, customer.accountId(), clock.millis());
            return position(customer, id);
        });
    }

    /** Where the caller stands; admits them when it is their turn and the rate allows. */
    public QueuePosition poll(Principal customer, String entryId) {
        return tx.inTransaction(() -> position(customer, entryId));
    }

    private QueuePosition position(Principal customer, String entryId) {
        QueueRepository.Entry entry = entries.lock(entryId)
                .filter(e -> e.accountId().equals(customer.accountId()))
                .orElseThrow(() -> DomainException.notFound("Queue entry " + entryId));
        String sessionId = entry.sessionId();
        long now = clock.millis();
        if (entry.admittedAt() != null) {
            // admitted earlier: the token is shown once, at admission
            return new QueuePosition(entryId, sessionId, 0, true, null, Instant.ofEpochMilli(entry.tokenExpiresAt()));
        }
        int ahead = entries.waitingAhead(sessionId, entry.joinedAt());
        int perMinute = entries.admitPerMinute(sessionId);
        int admittedLastMinute = entries.admittedSince(sessionId, now - MINUTE);
        if (ahead == 0 && admittedLastMinute < perMinute) {
            byte[] raw = new byte[24];
            random.nextBytes(raw);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            long expires = now + TOKEN_LIFETIME.toMillis();
            entries.admit(entryId, now, Hashes.sha256Hex(token), expires);
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
        boolean admitted = token != null && !token.isBlank()
                && entries.admitted(Hashes.sha256Hex(token), sessionId, caller.accountId(), clock.millis());
        if (!admitted) {
            throw new DomainException(DomainException.Kind.QUEUE_TOKEN_REQUIRED,
                    "This session sells online through a virtual queue: join it at POST /api/v1/sessions/"
                            + sessionId + "/queue and send the admission token in " + TOKEN_HEADER);
        }
    }

    private void requireQueued(String sessionId) {
        boolean queued = entries.queueEnabled(sessionId)
                .orElseThrow(() -> DomainException.notFound("Session " + sessionId));
        if (!queued) {
            throw DomainException.conflict("This session has no virtual queue: hold seats directly");
        }
    }

}
