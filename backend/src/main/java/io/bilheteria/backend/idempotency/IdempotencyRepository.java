package io.bilheteria.backend.idempotency;

import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Remembers the answer to each state-changing call made with an {@code Idempotency-Key},
 * per account. A placeholder row is inserted first: of two concurrent calls with the same
 * key exactly one runs, the other waits for its answer. The placeholder is a lease: a call
 * that died, or lost its database, before recording its answer leaves it behind, and a
 * retry after {@link #LEASE} takes the call over (the call's own work must find out what
 * the dead one did, as payments do through their payments row).
 */
public final class IdempotencyRepository {
    /**
     * Longer than a call takes, the card acquirer's own timeout included, so a live call is not
     * taken over; short, so that a buyer retrying after a fault gets the outcome within seconds.
     */
    public static final Duration LEASE = Duration.ofSeconds(10);
    private final Transactions tx;
    private final Clock clock;

    /** {@code leaseUntil} is when a call in progress may be taken over (epoch millis). */
    public record Recorded(String requestHash, int status, String contentType, String body, long leaseUntil) {
        public boolean inProgress() {
            return status == 0;
        }
    }

    public IdempotencyRepository(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Claims the key for this call; empty when claimed, otherwise what an earlier call recorded.
     * A call in progress whose lease ran out is taken over (claimed) when its request was the same.
     */
    public Optional<Recorded> claim(String accountId, String key, String requestHash) {
        try {
            int inserted = tx.withHandle(h -> insert(h, accountId, key, requestHash, 0, null, null));
            if (inserted == 1) {
                return Optional.empty();
            }
        } catch (UnableToExecuteStatementException raceLost) {
            // the other call inserted between our check and our insert: read what it holds
        }
        Optional<Recorded> earlier = find(accountId, key);
        if (earlier.isPresent() && earlier.get().inProgress() && earlier.get().requestHash().equals(requestHash)
                && earlier.get().leaseUntil() <= clock.millis() && takeOver(accountId, key, earlier.get().leaseUntil())) {
            return Optional.empty();
        }
        return earlier;
    }

    /** Of several retries taking over one abandoned call, the conditional update lets exactly one through. */
    private boolean takeOver(String accountId, String key, long expiredLease) {
        return tx.withHandle(h -> h.createUpdate("UPDATE idempotency_records SET lease_until = :lease "
                        + "WHERE account_id = :a AND idem_key = :k AND response_status = 0 AND lease_until = :old")
                .bind("lease", clock.millis() + LEASE.toMillis()).bind("a", accountId).bind("k", key)
                .bind("old", expiredLease).execute()) == 1;
    }

    /**
     * Records the answer of a call inside its own transaction, in one insert. A concurrent call
     * holding the same key uncommitted makes it wait for that one and then fail as a unique
     * violation, as does a key recorded before: the caller rolls back and replays.
     */
    public void record(String accountId, String key, String requestHash, int status, String contentType, String body) {
        long now = clock.millis();
        tx.withHandle(h -> h.createUpdate("INSERT INTO idempotency_records (account_id, idem_key, request_hash, "
                        + "response_status, response_type, response_body, created_at, lease_until) "
                        + "VALUES (:a, :k, :h, :s, :t, :b, :now, 0)")
                .bind("a", accountId).bind("k", key).bind("h", requestHash).bind("s", status).bind("t", contentType)
                .bind("b", body).bind("now", now)
                .execute());
    }

    /** Records the answer of a call whose own transaction was rolled back (it was refused). */
    public void recordUnlessRecorded(String accountId, String key, String requestHash, int status, String contentType,
                                     String body) {
        try {
            tx.withHandle(h -> insert(h, accountId, key, requestHash, status, contentType, body));
        } catch (UnableToExecuteStatementException raceLost) {
            // a concurrent call with the same key recorded its answer first: that one stands
        }
    }

    private int insert(Handle h, String accountId, String key, String requestHash, int status,
                       String contentType, String body) {
        long now = clock.millis();
        return h.createUpdate("INSERT INTO idempotency_records (account_id, idem_key, request_hash, response_status, "
                        + "response_type, response_body, created_at, lease_until) SELECT :a, :k, :h, :s, :t, :b, :now, "
                        + ":lease WHERE NOT EXISTS (SELECT 1 FROM idempotency_records WHERE account_id = :a AND idem_key = :k)")
                .bind("a", accountId).bind("k", key).bind("h", requestHash).bind("s", status).bind("t", contentType)
                .bind("b", body).bind("now", now).bind("lease", status == 0 ? now + LEASE.toMillis() : 0)
                .execute();
    }

    public Optional<Recorded> find(String accountId, String key) {
        return tx.withHandle(h -> h.createQuery("SELECT request_hash, response_status, response_type, response_body, "
                        + "lease_until FROM idempotency_records WHERE account_id = :a AND idem_key = :k")
                .bind("a", accountId).bind("k", key)
                .map((rs, ctx) -> new Recorded(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5)))
                .findOne());
    }

    /** How long until a call in progress may be taken over. */
    public Duration leaseLeft(Recorded recorded) {
        return Duration.ofMillis(Math.max(0, recorded.leaseUntil() - clock.millis()));
    }

    /** Waits for a concurrent call with the same key to finish, up to {@code patience} or the end of its lease. */
    public Optional<Recorded> awaitCompletion(String accountId, String key, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Recorded> found = find(accountId, key);
            if (found.isEmpty() || !found.get().inProgress() || found.get().leaseUntil() <= clock.millis()) {
                return found;
            }
            Thread.sleep(25);
        }
        return find(accountId, key);
    }

    public void complete(String accountId, String key, int status, String contentType, String body) {
        tx.withHandle(h -> h.createUpdate("UPDATE idempotency_records SET response_status = :s, response_type = :t, "
                        + "response_body = :b, lease_until = 0 WHERE account_id = :a AND idem_key = :k")
                .bind("s", status).bind("t", contentType).bind("b", body).bind("a", accountId).bind("k", key)
                .execute());
    }

    /** Forgets a call that failed on our side, so the same key may be tried again. */
    public void forget(String accountId, String key) {
        tx.withHandle(h -> h.createUpdate("DELETE FROM idempotency_records WHERE account_id = :a AND idem_key = :k")
                .bind("a", accountId).bind("k", key).execute());
    }

    /** Deletes records older than {@code age}; run by the periodic housekeeping. */
    public int purgeOlderThan(Duration age) {
        return tx.withHandle(h -> h.createUpdate("DELETE FROM idempotency_records WHERE created_at < :t")
                .bind("t", clock.millis() - age.toMillis()).execute());
    }
}
