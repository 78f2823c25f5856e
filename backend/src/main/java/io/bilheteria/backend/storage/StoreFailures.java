package io.bilheteria.backend.storage;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.jdbi.v3.core.ConnectionException;

/**
 * Tells a store that is down or failing (no connection, a closed, read-only or unwritable
 * database, a full disk, contention that outlasted its retries) from a fault of our own SQL.
 * The first is answered 503 and heals by itself; only the second is a 500.
 */
public final class StoreFailures {
    /**
     * H2's codes for a store that cannot go on: 90098 closed after a write error, 90121 closed
     * at shutdown, 90097 opened read-only, 90028/90031 I/O error, 90030 corrupt file, 90067
     * connection broken, 90146 file missing, 90020 file in use, 50000 the general error its
     * storage layer raises when a write fails.
     */
    static final Set<Integer> H2_STORE_DOWN = Set.of(90098, 90121, 90097, 90028, 90031, 90030, 90067, 90146,
            90020, 50000);
    /** Lock timeouts and deadlocks that {@link Transactions} retried as long as it would. */
    private static final Set<Integer> H2_BUSY = Set.of(50200, 40001, 90131);
    /**
     * SQLSTATE classes: 08 connection, 53 insufficient resources (disk full), 57 operator
     * intervention (shutdown, terminated), 58 system error (I/O), 40 and 55P03 contention.
     */
    private static final Set<String> STATE_CLASSES_DOWN = Set.of("08", "53", "57", "58", "40");

    private StoreFailures() {
    }

    /** True when {@code e} says the store is unavailable rather than that our SQL is wrong. */
    public static boolean isStoreDown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectionException || t instanceof StoreUnavailableException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && isStoreDown(sql)) {
                return true;
            }
        }
        return false;
    }

    static boolean isStoreDown(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && state.length() >= 2
                && (STATE_CLASSES_DOWN.contains(state.substring(0, 2)) || state.equals("55P03") || state.equals("HYT00"))) {
            return true;
        }
        return isH2(sql) && (H2_STORE_DOWN.contains(sql.getErrorCode()) || H2_BUSY.contains(sql.getErrorCode()));
    }

    /** An H2 failure that leaves its connection useless: the pool must drop it. */
    static boolean isH2Fatal(SQLException sql) {
        return isH2(sql) && H2_STORE_DOWN.contains(sql.getErrorCode());
    }

    private static boolean isH2(SQLException sql) {
        return sql.getClass().getName().startsWith("org.h2.");
    }
}
