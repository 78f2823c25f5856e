package io.bilheteria.backend.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Holds a payment between the commit of its sale and the recording of its answer, with row
 * locks taken from connections of the test's own, so a fault can strike exactly there:
 * the hold's row is locked before the call, which stops it just after it claimed its
 * Idempotency-Key; the key's record is then locked and the hold let go, so the sale commits
 * and the answer waits. {@link #cutConnectionAndAwait} then ends the backend's waiting
 * session, as a database restart or a cut network would.
 */
public final class PaymentStall implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private final Supplier<Connection> connections;
    private final Connection holdLock;
    private final Connection recordLock;
    private final boolean postgres;

    private PaymentStall(Supplier<Connection> connections, Connection holdLock, Connection recordLock,
                         boolean postgres) {
        this.connections = connections;
        this.holdLock = holdLock;
        this.recordLock = recordLock;
        this.postgres = postgres;
    }

    /** Step one, before the payment is sent: the hold's row locked, so the payment stops at its start. */
    public static PaymentStall lockHold(Supplier<Connection> connections, String holdId) throws SQLException {
        Connection holdLock = connections.get();
        holdLock.setAutoCommit(false);
        query(holdLock, "SELECT id FROM holds WHERE id = ? FOR UPDATE", holdId);
        Connection recordLock = connections.get();
        recordLock.setAutoCommit(false);
        boolean postgres = holdLock.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        return new PaymentStall(connections, holdLock, recordLock, postgres);
    }

    /**
     * Step two, once the payment was sent: waits for its key's record, locks it and lets the
     * hold go; returns once the sale has committed (its payment APPROVED) and its answer waits.
     */
    public void stallAnswerOf(String idempotencyKey, String orderId) throws SQLException, InterruptedException {
        await(() -> count("SELECT COUNT(*) FROM idempotency_records WHERE idem_key = ?", idempotencyKey) == 1,
                "the payment to claim its Idempotency-Key");
        query(recordLock, "SELECT idem_key FROM idempotency_records WHERE idem_key = ? FOR UPDATE", idempotencyKey);
        holdLock.rollback();
        await(() -> count("SELECT COUNT(*) FROM payments WHERE order_id = ? AND status = 'APPROVED'", orderId) == 1,
                "the sale to commit");
        await(() -> count(waiting("COUNT(*)")) > 0, "the backend to wait on the answer's record");
    }

    /** The backend's sessions blocked on recording the answer, each made into {@code what}. */
    private String waiting(String what) {
        return postgres
                ? "SELECT " + what + " FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                        + "AND wait_event_type = 'Lock' AND query LIKE 'UPDATE idempotency_records%'"
                : "SELECT " + what + " FROM information_schema.sessions "
                        + "WHERE session_id <> SESSION_ID() AND executing_statement LIKE 'UPDATE idempotency_records%'";
    }

    /**
     * Ends the backend's session that waits to record the answer, as a database restart or a cut
     * network would, lets the record go, and returns the answer the cut call gives.
     */
    public <T> T cutConnectionAndAwait(CompletableFuture<T> answer) throws Exception {
        cutWaitingSessions();
        return answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Ends the database sessions that wait to record the answer and lets the record go: the
     * session of a killed backend would otherwise still record it once the lock is let go.
     */
    public void cutWaitingSessions() throws SQLException, InterruptedException {
        // a killed backend's H2 (AUTO_SERVER) went with it, and its sessions and these locks too
        if (postgres || !recordLock.isClosed() && recordLock.isValid(1)) {
            String cut = waiting(postgres ? "COUNT(pg_terminate_backend(pid))" : "COUNT(ABORT_SESSION(session_id))");
            await(() -> count(cut) > 0, "the session waiting on the answer's record to end");
            recordLock.rollback(); // H2 wakes an aborted session only when the lock it waits for is let go
        }
    }

    private long count(String sql, Object... args) throws SQLException {
        try (Connection c = connections.get(); ResultSet rs = query(c, sql, args)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static ResultSet query(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
        ResultSet rs = st.executeQuery();
        st.closeOnCompletion();
        return rs;
    }

    private interface Condition {
        boolean holds() throws SQLException;
    }

    private static void await(Condition condition, String what) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting " + PATIENCE.toSeconds() + " s for " + what);
            }
            Thread.sleep(10);
        }
    }

    /** Lets every lock go; a connection whose database server went away with a killed backend is simply dropped. */
    @Override
    public void close() {
        for (Connection c : new Connection[] {holdLock, recordLock}) {
            try (c) {
                c.rollback();
            } catch (SQLException gone) {
                // nothing to let go: the session died with its server
            }
        }
    }
}
