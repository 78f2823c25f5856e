package io.bilheteria.boxoffice.gate.ui;

import io.bilheteria.boxoffice.gate.Conflict;
import io.bilheteria.boxoffice.gate.GateCounters;
import io.bilheteria.boxoffice.gate.ScanningGate;
import io.bilheteria.boxoffice.gate.Verdict;
import io.bilheteria.boxoffice.offline.SyncState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A gate for view-model tests: each scan answers the next verdict (or failure) the test gave,
 * and the test sets the counters, conflicts and sync state and says when they changed, as the
 * real gate's sync thread does.
 */
final class ScriptedGate implements ScanningGate {
    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    final List<String> scanned = new ArrayList<>();
    GateCounters counters = new GateCounters(0, 0, 0);
    SyncState syncState = new SyncState(true, null, 0, null, null);
    List<Conflict> conflicts = List.of();
    int syncsAsked;
    boolean closed;

    /** The next scan's verdict. */
    ScriptedGate answers(Verdict verdict) {
        answers.add(verdict);
        return this;
    }

    /** The next scan fails, as when the journal cannot be written. */
    ScriptedGate fails(RuntimeException failure) {
        answers.add(failure);
        return this;
    }

    /** Counters, conflicts or sync state changed: tell the listeners, as the gate does after a sync. */
    void changed() {
        listeners.forEach(Runnable::run);
    }

    @Override
    public Verdict scan(String text) {
        scanned.add(text);
        Object answer = answers.remove();
        if (answer instanceof RuntimeException failure) {
            throw failure;
        }
        return (Verdict) answer;
    }

    @Override
    public GateCounters counts() {
        return counters;
    }

    @Override
    public List<Conflict> conflicts() {
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
    public String gateId() {
        return "norte-1";
    }

    @Override
    public void close() {
        closed = true;
    }
}
