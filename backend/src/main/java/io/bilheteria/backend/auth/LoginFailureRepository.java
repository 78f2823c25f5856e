package io.bilheteria.backend.auth;

import io.bilheteria.backend.storage.Transactions;
import java.util.Optional;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The failed logins of each username and the addresses each signed in from, in the database
 * that every backend shares. Rows are kept by username, also for names no account has.
 */
final class LoginFailureRepository {
    private final Transactions tx;

    LoginFailureRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The failures in a row of {@code username} since {@code since}, if any. */
    Optional<LoginThrottle.Failures> of(String username, long since) {
        return tx.withHandle(h -> h.createQuery("SELECT failures, last_failure_at FROM login_failures "
                        + "WHERE username = :u AND last_failure_at >= :since")
                .bind("u", username).bind("since", since)
                .map((rs, ctx) -> new LoginThrottle.Failures(rs.getInt("failures"), rs.getLong("last_failure_at")))
                .findOne());
    }

    /** Counts one more failure; a row whose last failure is older than {@code since} starts again at one. */
    void failed(String username, long now, long since) {
        upsert(h -> h.createUpdate("UPDATE login_failures SET failures = CASE WHEN last_failure_at < :since "
                        + "THEN 1 ELSE failures + 1 END, last_failure_at = :now WHERE username = :u")
                        .bind("u", username).bind("now", now).bind("since", since).execute(),
                h -> h.createUpdate("INSERT INTO login_failures (username, failures, last_failure_at) "
                        + "VALUES (:u, 1, :now)").bind("u", username).bind("now", now).execute());
    }

    /** Forgets the username's failures and remembers the address it signed in from. */
    void succeeded(String username, String address, long now) {
        tx.withHandle(h -> h.createUpdate("DELETE FROM login_failures WHERE username = :u").bind("u", username)
                .execute());
        upsert(h -> h.createUpdate("UPDATE login_addresses SET last_success_at = :now "
                        + "WHERE username = :u AND address = :a")
                        .bind("u", username).bind("a", address).bind("now", now).execute(),
                h -> h.createUpdate("INSERT INTO login_addresses (username, address, last_success_at) "
                        + "VALUES (:u, :a, :now)").bind("u", username).bind("a", address).bind("now", now).execute());
    }

    /** True if {@code username} signed in from {@code address} since {@code since}. */
    boolean signedInFrom(String username, String address, long since) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM login_addresses "
                        + "WHERE username = :u AND address = :a AND last_success_at >= :since")
                .bind("u", username).bind("a", address).bind("since", since).mapTo(Integer.class).one() > 0);
    }

    /** True if a staff or terminal account (not a customer's) signed in from {@code address} since {@code since}. */
    boolean isTerminal(String address, long since) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM login_addresses l "
                        + "JOIN accounts a ON a.username = l.username "
                        + "WHERE l.address = :a AND l.last_success_at >= :since AND a.role <> 'CUSTOMER'")
                .bind("a", address).bind("since", since).mapTo(Integer.class).one() > 0);
    }

    /** Deletes failures older than {@code failuresBefore} and addresses unused since {@code addressesBefore}. */
    int purge(long failuresBefore, long addressesBefore) {
        return tx.inTransaction(h -> h.createUpdate("DELETE FROM login_failures WHERE last_failure_at < :t")
                .bind("t", failuresBefore).execute()
                + h.createUpdate("DELETE FROM login_addresses WHERE last_success_at < :t")
                .bind("t", addressesBefore).execute());
    }

    /**
     * Updates the row, or inserts it when there is none. Each statement commits on its own: when
     * another backend inserts the same key first, the unique key refuses ours (which would spoil a
     * PostgreSQL transaction) and the update runs again on its row.
     */
    private void upsert(HandleCallback<Integer, RuntimeException> update,
                        HandleCallback<Integer, RuntimeException> insert) {
        if (tx.withHandle(update) > 0) {
            return;
        }
        try {
            tx.withHandle(insert);
        } catch (UnableToExecuteStatementException e) {
            if (!Transactions.isUniqueViolation(e)) {
                throw e;
            }
            tx.withHandle(update);
        }
    }
}
