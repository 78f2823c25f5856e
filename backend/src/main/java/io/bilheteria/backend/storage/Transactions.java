package io.bilheteria.backend.storage;

import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs units of work in one transaction and retries the ones the database aborted to
 * break a deadlock or a lock wait, which happens when many buyers race for the same seats.
 *
 * <p>Services see no database types: they run a {@link Unit} in a transaction, and the
 * repositories it calls on the same thread join that transaction ({@link #withHandle}). An API
 * call can run as one transaction ({@link #inCallTransaction}): the units of work it starts
 * on its thread then join it instead of committing their own, so the call and its idempotency
 * record commit together, once.
 *
 * <p>Nothing commits into an embedded database whose file was deleted: it would be
 * acknowledged and then lost with the process.
 */
public final class Transactions {
    private static final int ATTEMPTS = 5;
    private final Jdbi jdbi;
    private final Database.Vendor vendor;
    private final Optional<EmbeddedFile> embeddedFile;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    /**
     * Thrown by a unit of work that met rows other transactions are changing now and must start
     * again from a fresh read, after giving back every lock it took: the whole transaction is rolled
     * back and run again (an enclosing call's too), and when the attempts run out {@link #outcome} is
     * thrown instead.
     */
    public static final class Contended extends RuntimeException {
        private final RuntimeException outcome;

        public Contended(RuntimeException outcome) {
            super(outcome.getMessage(), null, false, false);
            this.outcome = outcome;
        }

        public RuntimeException outcome() {
            return outcome;
        }
    }

    /** A service's unit of work: whatever repositories it calls join its transaction. */
    @FunctionalInterface
    public interface Unit<T> {
        T run();
    }

    public Transactions(Database database) {
        this.jdbi = database.jdbi();
        this.vendor = database.vendor();
        this.embeddedFile = database.embeddedFile();
    }

    /**
     * {@code USE INDEX (name)} on H2, nothing on PostgreSQL. H2 plans without statistics and
     * would walk a session's whole inventory through its foreign-key index; PostgreSQL's
     * planner finds the right index by itself.
     */
    public String useIndex(String indexName) {
        return vendor == Database.Vendor.H2 ? " USE INDEX (" + indexName + ")" : "";
    }

    public <T, X extends Exception> T inTransaction(HandleCallback<T, X> work) throws X {
        Handle joined = current.get();
        if (joined != null) {
            return work.withHandle(joined);
        }
        return retried(work);
    }

    /** Runs {@code work} in one transaction, or in the one already open on this thread. */
    public <T> T inTransaction(Unit<T> work) {
        return inTransaction(h -> work.run());
    }

    /** As {@link #inTransaction(Unit)}, for work that answers nothing. */
    public void inTransaction(Runnable work) {
        inTransaction(h -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs a whole API call in one transaction, retried as a whole when the database aborts it;
     * every {@link #inTransaction} and {@link #withHandle} of the call joins it. Only for calls
     * that touch nothing but this database (no card charge inside): a retry runs them again.
     */
    public <T> T inCallTransaction(Unit<T> work) {
        if (current.get() != null) {
            throw new IllegalStateException("a call transaction is already open on this thread");
        }
        return retried(h -> work.run());
    }

    private <T, X extends Exception> T retried(HandleCallback<T, X> work) throws X {
        for (int attempt = 1; ; attempt++) {
            try {
                // READ COMMITTED, the default of both databases: naming it would cost Jdbi a
                // round trip per transaction to read and restore the connection's level
                return jdbi.inTransaction(h -> {
                    current.set(h);
                    try {
                        T result = work.withHandle(h);
                        embeddedFile.ifPresent(EmbeddedFile::checkStillThere);
                        return result;
                    } finally {
                        current.remove();
                    }
                });
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e instanceof Contended contended ? contended.outcome() : e;
                }
                backOff(attempt);
            }
        }
    }

    /**
     * Runs {@code work} once the transaction open on this thread commits (never if it rolls back),
     * or at once outside a transaction: for telling others of what is only true after the commit.
     */
    public void afterCommit(Runnable work) {
        Handle joined = current.get();
        if (joined == null) {
            work.run();
        } else {
            joined.afterCommit(work);
        }
    }

    /** For repositories: joins the transaction open on this thread, else runs on its own connection. */
    public <T, X extends Exception> T withHandle(HandleCallback<T, X> work) throws X {
        Handle joined = current.get();
        return joined != null ? work.withHandle(joined) : jdbi.withHandle(work);
    }

    public void useTransaction(java.util.function.Consumer<Handle> work) {
        inTransaction(handle -> {
            work.accept(handle);
            return null;
        });
    }

    /** Deadlock, serialization failure, lock timeout, contention: safe to run the whole unit again. */
    static boolean isTransient(Throwable e) {
        if (e instanceof Contended) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.equals("40001") || state.equals("40P01")
                        || state.equals("55P03") || state.equals("HYT00"))) {
                    return true;
                }
                // H2: 50200 lock timeout, 40001 deadlock, 90131 concurrent update
                int code = sql.getErrorCode();
                if (code == 50200 || code == 40001 || code == 90131) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A unique key refused the row: another call inserted the same one first. */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 10 * attempt));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }
}
