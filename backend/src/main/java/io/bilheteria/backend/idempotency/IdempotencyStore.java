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
 * key exactly one runs, the other waits for its answer.
 */
public final class IdempotencyStore {
    private final Transactions tx;
    private final Clock clock;

    public record Recorded(String requestHash, int status, String contentType, String body) {
        public boolean inProgress() {
            return status == 0;
        }
    }

    public IdempotencyStore(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Claims the key for this call; empty when claimed, otherwise what an earlier call recorded. */
    public Optional<Recorded> claim(String accountId, String key, String requestHash) {
        try {
            int inserted = tx.withHandle(h -> insert(h, accountId, key, requestHash, 0, null, null));
            if (inserted == 1) {
                return Optional.empty();
            }
        } catch (UnableToExecuteStatementException raceLost) {
            // the other call inserted between our check and our insert: read what it holds
        }
        return find(accountId, key);
    }

    /**
     * Claims the key inside the call's own transaction: true when claimed, false when an earlier
     * call recorded an answer. A concurrent call holding the same key uncommitted makes the insert
     * wait for it and then fail as a unique violation, which the caller answers by replaying.
     */
    public boolean claimInCall(String accountId, String key, String requestHash) {
        return tx.withHandle(h -> insert(h, accountId, key, requestHash, 0, null, null)) == 1;
    }

    /** Records the answer of a call whose own transaction was rolled back (it was refused). */
    public void record(String accountId, String key, String requestHash, int status, String contentType, String body) {
        try {
            tx.withHandle(h -> insert(h, accountId, key, requestHash, status, contentType, body));
        } catch (UnableToExecuteStatementException raceLost) {
            // a concurrent call with the same key recorded its answer first: that one stands
        }
    }

    private int insert(Handle h, String accountId, String key, String requestHash, int status,
                       String contentType, String body) {
        return h.createUpdate("INSERT INTO idempotency_records (account_id, idem_key, request_hash, response_status, "
                        + "response_type, response_body, created_at) SELECT :a, :k, :h, :s, :t, :b, :now WHERE NOT EXISTS "
                        + "(SELECT 1 FROM idempotency_records WHERE account_id = :a AND idem_key = :k)")
                .bind("a", accountId).bind("k", key).bind("h", requestHash).bind("s", status).bind("t", contentType)
                .bind("b", body).bind("now", clock.millis())
                .execute();
    }

    public Optional<Recorded> find(String accountId, String key) {
        return tx.withHandle(h -> h.createQuery("SELECT request_hash, response_status, response_type, response_body "
                        + "FROM idempotency_records WHERE account_id = :a AND idem_key = :k")
                .bind("a", accountId).bind("k", key)
                .map((rs, ctx) -> new Recorded(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .findOne());
    }

    /** Waits for a concurrent call with the same key to finish, up to {@code patience}. */
    public Optional<Recorded> awaitCompletion(String accountId, String key, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Recorded> found = find(accountId, key);
            if (found.isEmpty() || !found.get().inProgress()) {
                return found;
            }
            Thread.sleep(25);
        }
        return find(accountId, key);
    }

    public void complete(String accountId, String key, int status, String contentType, String body) {
        tx.withHandle(h -> h.createUpdate("UPDATE idempotency_records SET response_status = :s, response_type = :t, "
                        + "response_body = :b WHERE account_id = :a AND idem_key = :k")
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
