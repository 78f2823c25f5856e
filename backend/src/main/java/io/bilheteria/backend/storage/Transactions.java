package io.bilheteria.backend.storage;

import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs units of work in one transaction and retries the ones the database aborted to
 * break a deadlock or a lock wait, which happens when many buyers race for the same seats.
 */
public final class Transactions {
    private static final int ATTEMPTS = 5;
    private final Jdbi jdbi;
    private final Database.Vendor vendor;

    public Transactions(Jdbi jdbi, Database.Vendor vendor) {
        this.jdbi = jdbi;
        this.vendor = vendor;
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
        for (int attempt = 1; ; attempt++) {
            try {
                // READ COMMITTED, the default of both databases: naming it would cost Jdbi a
                // round trip per transaction to read and restore the connection's level
                return jdbi.inTransaction(work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    public <T, X extends Exception> T withHandle(HandleCallback<T, X> work) throws X {
        return jdbi.withHandle(work);
    }

    public void useTransaction(java.util.function.Consumer<Handle> work) {
        inTransaction(handle -> {
            work.accept(handle);
            return null;
        });
    }

    /** Deadlock, serialization failure, lock timeout: safe to run the whole unit again. */
    static boolean isTransient(Throwable e) {
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

    private static void backOff(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 10 * attempt));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }
}
