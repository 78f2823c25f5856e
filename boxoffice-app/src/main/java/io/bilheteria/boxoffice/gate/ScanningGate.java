package io.bilheteria.boxoffice.gate;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A gate as its screen uses it: scan, sync, and what the gate knows now. {@link Gate} is the
 * real one, with its journal and its sync; the screen's view-model tests give one of their own,
 * so they need neither a disk nor a backend. Thread-safe.
 */
public interface ScanningGate extends AutoCloseable {

    /** See {@link Gate#scan}: decided and journalled before it returns. */
    Verdict scan(String text);

    GateCounters counters();

    List<Conflict> conflicts();

    SyncState syncState();

    /** Syncs now instead of at the next tick; listeners hear of the outcome. */
    CompletableFuture<SyncState> syncNow();

    /** Called, on a thread of the gate's own, whenever counters, conflicts or sync state may have changed. */
    void addListener(Runnable listener);

    String gateId();

    @Override
    void close();
}
