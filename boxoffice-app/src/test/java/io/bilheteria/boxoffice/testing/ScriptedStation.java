package io.bilheteria.boxoffice.testing;

import io.bilheteria.boxoffice.offline.ScanningStation;
import io.bilheteria.boxoffice.offline.SyncState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A gate or counter for view-model tests: each scan answers the next verdict (or failure) the
 * test gave, and the test sets the counts, conflicts and sync state and says when they changed,
 * as the real station's sync thread does. No disk, no backend.
 */
public abstract class ScriptedStation<V, K, C> implements ScanningStation<V, K, C> {
    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    public final List<String> scanned = new ArrayList<>();
    public K counts;
    public SyncState syncState = new SyncState(true, null, 0, null, null);
    public List<C> conflicts = List.of();
    public int syncsAsked;
    public boolean closed;

    protected ScriptedStation(K noCounts) {
        this.counts = noCounts;
    }

    /** The next scan's verdict. */
    public ScriptedStation<V, K, C> answers(V verdict) {
        answers.add(verdict);
        return this;
    }

    /** The next scan fails, as when the journal cannot be written. */
    public ScriptedStation<V, K, C> fails(RuntimeException failure) {
        answers.add(failure);
        return this;
    }

    /** Counts, conflicts or sync state changed: tell the listeners, as the station does after a sync. */
    public void changed() {
        listeners.forEach(Runnable::run);
    }

    @Override
    @SuppressWarnings("unchecked") // only verdicts and failures go in
    public V scan(String text) {
        scanned.add(text);
        Object answer = answers.remove();
        if (answer instanceof RuntimeException failure) {
            throw failure;
        }
        return (V) answer;
    }

    @Override
    public K counts() {
        return counts;
    }

    @Override
    public List<C> conflicts() {
        return conflicts;
    }

    @Override
    public SyncState syncState() {
        return syncState;
    }

    @Override
    public CompletableFuture<SyncState> syncNow() {
        syncsAsked++;
        return CompletableFuture.completedFuture(syncState);
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        closed = true;
    }
}
