package io.bilheteria.boxoffice.gate.ui;

import io.bilheteria.boxoffice.gate.Conflict;
import io.bilheteria.boxoffice.gate.GateCounters;
import io.bilheteria.boxoffice.gate.ScanningGate;
import io.bilheteria.boxoffice.gate.Verdict;
import io.bilheteria.boxoffice.offline.SyncState;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gate screen without its nodes: what the verdict field shows after each scan, the
 * counters, the sync state and the conflicts, in the staff's words.
 *
 * <p>Every call to the gate goes through {@code gateCalls}, which must run one call at a time in
 * the order given (the window gives it a one-thread {@link io.bilheteria.ui.tasks.UiTaskExecutor}):
 * scans are then decided in the order they were read, each journalled before its verdict, and
 * the gate's state read after a scan is shown after that scan's verdict. Properties change on
 * the thread the executor delivers to: the FX thread in the app, the caller's in a test with an
 * {@link io.bilheteria.ui.tasks.InlineTaskExecutor}.
 */
public final class GateViewModel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GateViewModel.class);
    /** How many verdicts {@link #recent()} keeps. */
    private static final int RECENT_KEPT = 8;

    /**
     * What the verdict field shows: its colour, the big word, the line under it and what staff do
     * now. {@code clearsItself}: a verdict gives way to "ready" after a while; "ready" itself, and
     * a scan the gate could not record (nobody goes in until that is fixed), stay. {@code number}
     * counts what was shown, so the same verdict twice in a row is still shown twice (two sounds).
     */
    public record VerdictDisplay(long number, VerdictTone tone, String headline, String detail, String note,
                                 boolean clearsItself) {
    }

    /** The gate's state, read in one go off the FX thread. */
    private record GateState(GateCounters counters, SyncState sync, List<Conflict> conflicts) {
    }

    /** A scan's verdict with the gate's state right after it. */
    private record Decided(Verdict verdict, GateState state) {
    }

    private final ScanningGate gate;
    private final TaskExecutor gateCalls;
    private final Messages messages;
    private final GateTexts texts;
    private final ReadOnlyObjectWrapper<VerdictDisplay> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ObjectProperty<GateCounters> counters = new SimpleObjectProperty<>(this, "counters");
    private final ObjectProperty<SyncState> syncState = new SimpleObjectProperty<>(this, "syncState");
    private final ReadOnlyStringWrapper countersText = new ReadOnlyStringWrapper(this, "countersText");
    private final ReadOnlyStringWrapper syncText = new ReadOnlyStringWrapper(this, "syncText");
    private final ReadOnlyStringWrapper conflictsSummary = new ReadOnlyStringWrapper(this, "conflictsSummary");
    private final ReadOnlyBooleanWrapper anyConflicts = new ReadOnlyBooleanWrapper(this, "anyConflicts");
    private final ReadOnlyBooleanWrapper conflictListShown = new ReadOnlyBooleanWrapper(this, "conflictListShown");
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final ObservableList<String> conflictLines = FXCollections.observableArrayList();
    private final ObservableList<Verdict> recent = FXCollections.observableArrayList();
    // one read-only view each, kept: listeners added to a view live only as long as the view
    private final ObservableList<String> conflictLinesView = FXCollections.unmodifiableObservableList(conflictLines);
    private final ObservableList<Verdict> recentView = FXCollections.unmodifiableObservableList(recent);
    private long shown;
    /** Set by {@link #close()}, from any thread: no more calls to the closed gate. */
    private volatile boolean closed;

    /** @param zone the venue's: the times on screen are its */
    public GateViewModel(ScanningGate gate, TaskExecutor gateCalls, Messages messages, ZoneId zone, Clock clock) {
        this.gate = gate;
        this.gateCalls = gateCalls;
        this.messages = messages;
        this.texts = new GateTexts(messages, zone, clock);
        countersText.bind(Bindings.createStringBinding(() -> texts.counters(counters.get()),
                counters, messages.localeProperty()));
        syncText.bind(Bindings.createStringBinding(() -> texts.sync(syncState.get()),
                syncState, messages.localeProperty()));
        conflictsSummary.bind(Bindings.createStringBinding(() -> texts.conflictsSummary(conflicts.size()),
                conflicts, messages.localeProperty()));
        anyConflicts.bind(Bindings.isNotEmpty(conflicts));
        readyForNext();
        gate.addListener(this::refresh);
        refresh();
    }

    /** A scanner read this text: the gate decides it and its verdict is shown. */
    public void scan(String text) {
        if (closed) {
            return;
        }
        BackgroundTask.of(() -> new Decided(gate.scan(text), read()))
                .onSuccess(decided -> {
                    recent.add(0, decided.verdict());
                    if (recent.size() > RECENT_KEPT) {
                        recent.remove(RECENT_KEPT, recent.size());
                    }
                    show(decided.state());
                    Verdict result = decided.verdict();
                    display(texts.tone(result), texts.headline(result), texts.detail(result), texts.note(result), true);
                })
                .onFailure(this::showUnrecorded)
                .executeWith(gateCalls);
    }

    /** The verdict has been seen: the field says the gate is ready for the next person. */
    public void readyForNext() {
        display(VerdictTone.WAITING, messages.get("gate.ready"), messages.get("gate.ready.detail"), "", false);
    }

    /** F9: sync now instead of at the next tick; the state follows when the gate says it changed. */
    public void syncNow() {
        gate.syncNow();
    }

    /** F7: shows or hides the list of conflicts. */
    public void toggleConflictList() {
        conflictListShown.set(!conflictListShown.get());
    }

    /**
     * The journal could not be written, or the gate failed in some other way: whatever the
     * ticket, nobody may go in on it, and the field says so until the next scan.
     */
    private void showUnrecorded(Throwable error) {
        log.error("a scan could not be decided and recorded", error);
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        display(VerdictTone.REFUSED, messages.get("gate.result.INVALID"), messages.get("gate.failure", reason),
                messages.get("gate.note.refuse"), false);
    }

    private void display(VerdictTone tone, String headline, String detail, String note, boolean clearsItself) {
        verdict.set(new VerdictDisplay(++shown, tone, headline, detail, note, clearsItself));
    }

    /** The gate said its state may have changed (on its own thread): read it and show it. */
    private void refresh() {
        if (closed) {
            return;
        }
        BackgroundTask.of(this::read)
                .onSuccess(this::show)
                .onFailure(error -> log.warn("the gate's counters and sync state could not be read", error))
                .executeWith(gateCalls);
    }

    private GateState read() {
        return new GateState(gate.counts(), gate.syncState(), gate.conflicts());
    }

    private void show(GateState state) {
        counters.set(state.counters());
        syncState.set(state.sync());
        if (!state.conflicts().equals(conflicts)) {
            conflicts.setAll(state.conflicts());
            conflictLines.setAll(state.conflicts().stream().map(texts::conflict).toList());
        }
    }

    /** What the verdict field shows now: the last verdict, or that the gate is ready. */
    public ReadOnlyObjectProperty<VerdictDisplay> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public VerdictDisplay getVerdict() {
        return verdict.get();
    }

    /** "Admitidos 12 · Recusados 1 · Faltam 230". */
    public ReadOnlyStringProperty countersTextProperty() {
        return countersText.getReadOnlyProperty();
    }

    /** Whether the gate is online, when it last synced and how many scans it still has to send. */
    public ReadOnlyStringProperty syncTextProperty() {
        return syncText.getReadOnlyProperty();
    }

    /** How many conflicts there are, and how to see them. */
    public ReadOnlyStringProperty conflictsSummaryProperty() {
        return conflictsSummary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty anyConflictsProperty() {
        return anyConflicts.getReadOnlyProperty();
    }

    /** One line per ticket this gate admitted that it should not have (another gate first, or refunded). */
    public ObservableList<String> conflictLines() {
        return conflictLinesView;
    }

    public ReadOnlyBooleanProperty conflictListShownProperty() {
        return conflictListShown.getReadOnlyProperty();
    }

    /** The last eight verdicts, newest first. */
    public ObservableList<Verdict> recent() {
        return recentView;
    }

    public String gateId() {
        return gate.gateId();
    }

    /** Closes the gate, from any thread (it waits for the gate's sync to stop); later scans are ignored. */
    @Override
    public void close() {
        closed = true;
        gate.close();
    }
}
