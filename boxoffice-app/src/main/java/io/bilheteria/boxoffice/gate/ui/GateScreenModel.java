package io.bilheteria.boxoffice.gate.ui;

import io.bilheteria.boxoffice.gate.Conflict;
import io.bilheteria.boxoffice.gate.Gate;
import io.bilheteria.boxoffice.gate.GateCounters;
import io.bilheteria.boxoffice.gate.SyncState;
import io.bilheteria.boxoffice.gate.Verdict;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The gate screen's state on the FX thread, fed by the {@link Gate}: the last verdict, the
 * counters, the sync state and the conflicts. Scans are decided on one background thread
 * in arrival order (each is written to disk before its verdict), never on the FX thread.
 */
public final class GateScreenModel implements AutoCloseable {
    /** A scan that could not be decided: the journal could not be written, so nobody may enter. */
    public record ScanFailure(String message) {
    }

    private final Gate gate;
    private final ExecutorService scans = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gate-scans");
        thread.setDaemon(true);
        return thread;
    });
    private final ObjectProperty<GateCounters> counters = new SimpleObjectProperty<>(this, "counters");
    private final ObjectProperty<SyncState> syncState = new SimpleObjectProperty<>(this, "syncState");
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final ObservableList<Verdict> recent = FXCollections.observableArrayList();
    // one read-only view each, kept: listeners added to a view live only as long as the view
    private final ObservableList<Conflict> conflictsView = FXCollections.unmodifiableObservableList(conflicts);
    private final ObservableList<Verdict> recentView = FXCollections.unmodifiableObservableList(recent);

    public GateScreenModel(Gate gate) {
        this.gate = gate;
        refresh();
        gate.addListener(() -> Platform.runLater(this::refresh));
    }

    /**
     * Decides a scanned text in the background and hands the verdict (or the failure to
     * record it) to {@code onVerdict} on the FX thread.
     */
    public void scan(String text, Consumer<Verdict> onVerdict, Consumer<ScanFailure> onFailure) {
        scans.execute(() -> {
            try {
                Verdict verdict = gate.scan(text);
                Platform.runLater(() -> {
                    recent.add(0, verdict);
                    if (recent.size() > 8) {
                        recent.remove(8, recent.size());
                    }
                    refresh();
                    onVerdict.accept(verdict);
                });
            } catch (UncheckedIOException e) {
                Platform.runLater(() -> onFailure.accept(new ScanFailure(e.getMessage())));
            }
        });
    }

    /** Asks the gate to sync now (F9); the listener refreshes the state when it is done. */
    public void syncNow() {
        gate.syncNow();
    }

    private void refresh() {
        counters.set(gate.counters());
        syncState.set(gate.syncState());
        List<Conflict> known = gate.conflicts();
        if (!known.equals(conflicts)) {
            conflicts.setAll(known);
        }
    }

    public ReadOnlyObjectProperty<GateCounters> countersProperty() {
        return counters;
    }

    public ReadOnlyObjectProperty<SyncState> syncStateProperty() {
        return syncState;
    }

    /** Tickets this gate admitted that another gate had admitted first, or that were cancelled. */
    public ObservableList<Conflict> conflicts() {
        return conflictsView;
    }

    /** The last eight verdicts, newest first. */
    public ObservableList<Verdict> recent() {
        return recentView;
    }

    public String gateId() {
        return gate.gateId();
    }

    @Override
    public void close() {
        scans.shutdownNow();
        gate.close();
    }
}
