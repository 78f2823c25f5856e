package io.bilheteria.boxoffice.offline;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A station that decides scans with or without the backend (a gate, a concession counter), as
 * its screen uses it: scan, sync, and what the station knows now. Thread-safe.
 *
 * @param <V> what the station answers to a scan
 * @param <K> the station's counts of its scans
 * @param <C> a decision the station learnt, once it synced, that it should not have made
 */
public interface ScanningStation<V, K, C> extends AutoCloseable {

    /** Decides one scanned text; a decision the station made by itself is journalled before it returns. */
    V scan(String text);

    K counts();

    List<C> conflicts();

    SyncState syncState();

    /** Syncs now instead of at the next tick; listeners hear of the outcome. */
    CompletableFuture<SyncState> syncNow();

    /** Called, on a thread of the station's own, whenever counts, conflicts or sync state may have changed. */
    void addListener(Runnable listener);

    @Override
    void close();
}
