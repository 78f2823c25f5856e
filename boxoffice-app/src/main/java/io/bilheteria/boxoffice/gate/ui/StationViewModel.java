package io.bilheteria.boxoffice.gate.ui;

import io.bilheteria.boxoffice.offline.ScanningStation;
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
 * A scanning station's screen without its nodes, as the gate and the concession counter share
 * it: what the verdict field shows after each scan, the station's counts, the sync state and the
 * conflicts. Each station says its own verdicts, counts and conflicts in its own words, under its
 * own keys ({@code prefix}: {@code gate.ready}, {@code counter.ready}, ...).
 *
 * <p>Every call to the station goes through {@code stationCalls}, which must run one call at a
 * time in the order given (the window gives it a one-thread {@link io.bilheteria.ui.tasks.UiTaskExecutor}):
 * scans are then decided in the order they were read, each recorded before its verdict, and the
 * station's state read after a scan is shown after that scan's verdict. Properties change on the
 * thread the executor delivers to: the FX thread in the app, the caller's in a test with an
 * {@link io.bilheteria.ui.tasks.InlineTaskExecutor}.
 *
 * @param <V> what the station answers to a scan
 * @param <K> the station's counts
 * @param <C> a conflict the station learnt of when it synced
 */
public abstract class StationViewModel<V, K, C> implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StationViewModel.class);

    /** What the station knows now, read in one go off the FX thread. */
    private record StationState<K, C>(K counts, SyncState sync, List<C> conflicts) {
    }

    /** A scan's verdict with the station's state right after it. */
    private record Decided<V, K, C>(V verdict, StationState<K, C> state) {
    }

    private final ScanningStation<V, K, C> station;
    private final TaskExecutor stationCalls;
    private final Messages messages;
    private final StationTexts texts;
    private final String prefix;
    private final ReadOnlyObjectWrapper<VerdictDisplay> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ObjectProperty<K> counts = new SimpleObjectProperty<>(this, "counts");
    private final ObjectProperty<SyncState> syncState = new SimpleObjectProperty<>(this, "syncState");
    private final ReadOnlyStringWrapper syncText = new ReadOnlyStringWrapper(this, "syncText");
    private final ReadOnlyStringWrapper conflictsSummary = new ReadOnlyStringWrapper(this, "conflictsSummary");
    private final ReadOnlyBooleanWrapper anyConflicts = new ReadOnlyBooleanWrapper(this, "anyConflicts");
    private final ReadOnlyBooleanWrapper conflictListShown = new ReadOnlyBooleanWrapper(this, "conflictListShown");
    private final ObservableList<C> conflicts = FXCollections.observableArrayList();
    private final ObservableList<String> conflictLines = FXCollections.observableArrayList();
    // one read-only view, kept: listeners added to a view live only as long as the view
    private final ObservableList<String> conflictLinesView = FXCollections.unmodifiableObservableList(conflictLines);
    private long shown;
    /** Set by {@link #close()}, from any thread: no more calls to the closed station. */
    private volatile boolean closed;

    /** @param zone the venue's: the times on screen are its */
    protected StationViewModel(ScanningStation<V, K, C> station, TaskExecutor stationCalls, Messages messages,
                               ZoneId zone, Clock clock, String prefix) {
        this.texts = new StationTexts(messages, zone, clock, prefix);
        this.station = station;
        this.stationCalls = stationCalls;
        this.messages = messages;
        this.prefix = prefix;
        syncText.bind(Bindings.createStringBinding(() -> texts.sync(syncState.get()),
                syncState, messages.localeProperty()));
        conflictsSummary.bind(Bindings.createStringBinding(() -> texts.conflictsSummary(conflicts.size()),
                conflicts, messages.localeProperty()));
        anyConflicts.bind(Bindings.isNotEmpty(conflicts));
        readyForNext();
    }

    /**
     * Starts showing what the station knows, and again whenever it says that changed: the last
     * line of a subclass's constructor, once its own words can be said.
     */
    protected final void follow() {
        station.addListener(this::refresh);
        refresh();
    }

    /** Shows a scan's verdict, in the station's words, with {@link #display}. */
    protected abstract void showVerdict(V verdict);

    /** One line of the conflicts' list. */
    protected abstract String conflictLine(C conflict);

    /** A scanner read this text: the station decides it and its verdict is shown. */
    public final void scan(String text) {
        if (closed) {
            return;
        }
        BackgroundTask.of(() -> new Decided<>(station.scan(text), read()))
                .onSuccess(decided -> {
                    showState(decided.state());
                    showVerdict(decided.verdict());
                })
                .onFailure(this::showUnrecorded)
                .executeWith(stationCalls);
    }

    /** The verdict has been seen: the field says the station is ready for the next scan. */
    public final void readyForNext() {
        display(VerdictTone.WAITING, messages.get(prefix + ".ready"), messages.get(prefix + ".ready.detail"), "",
                false);
    }

    /** F9: sync now instead of at the next tick; the state follows when the station says it changed. */
    public final void syncNow() {
        station.syncNow();
    }

    /** F7: shows or hides the list of conflicts. */
    public final void toggleConflictList() {
        conflictListShown.set(!conflictListShown.get());
    }

    /**
     * The journal could not be written, or the station failed in some other way: whatever the
     * code, nobody goes in and nothing is handed over on it, and the field says so until the next
     * scan.
     */
    private void showUnrecorded(Throwable error) {
        log.error("a scan could not be decided and recorded", error);
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        display(VerdictTone.REFUSED, messages.get(prefix + ".result.INVALID"),
                messages.get(prefix + ".failure", reason), messages.get(prefix + ".note.refuse"), false);
    }

    /** The words every station says alike, for a station's own words to build on. */
    protected final StationTexts stationTexts() {
        return texts;
    }

    /** Shows a verdict in the field; {@code clearsItself}: it gives way to "ready" after a while. */
    protected final void display(VerdictTone tone, String headline, String detail, String note, boolean clearsItself) {
        verdict.set(new VerdictDisplay(++shown, tone, headline, detail, note, clearsItself));
    }

    /** The station said its state may have changed (on its own thread): read it and show it. */
    private void refresh() {
        if (closed) {
            return;
        }
        BackgroundTask.of(this::read)
                .onSuccess(this::showState)
                .onFailure(error -> log.warn("the station's counts and sync state could not be read", error))
                .executeWith(stationCalls);
    }

    private StationState<K, C> read() {
        return new StationState<>(station.counts(), station.syncState(), station.conflicts());
    }

    private void showState(StationState<K, C> state) {
        counts.set(state.counts());
        syncState.set(state.sync());
        if (!state.conflicts().equals(conflicts)) {
            conflicts.setAll(state.conflicts());
            conflictLines.setAll(state.conflicts().stream().map(this::conflictLine).toList());
        }
    }

    /** The station's counts as last read, null before; a station binds its words to them. */
    protected final ReadOnlyObjectProperty<K> counts() {
        return counts;
    }

    /** What the verdict field shows now: the last verdict, or that the station is ready. */
    public final ReadOnlyObjectProperty<VerdictDisplay> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public final VerdictDisplay getVerdict() {
        return verdict.get();
    }

    /** Whether the station is online, when it last synced and how many scans it still has to send. */
    public final ReadOnlyStringProperty syncTextProperty() {
        return syncText.getReadOnlyProperty();
    }

    /** How many conflicts there are, and how to see them. */
    public final ReadOnlyStringProperty conflictsSummaryProperty() {
        return conflictsSummary.getReadOnlyProperty();
    }

    public final ReadOnlyBooleanProperty anyConflictsProperty() {
        return anyConflicts.getReadOnlyProperty();
    }

    /** One line per conflict, oldest first. */
    public final ObservableList<String> conflictLines() {
        return conflictLinesView;
    }

    public final ReadOnlyBooleanProperty conflictListShownProperty() {
        return conflictListShown.getReadOnlyProperty();
    }

    /** Closes the station, from any thread (it waits for the station's sync to stop); later scans are ignored. */
    @Override
    public final void close() {
        closed = true;
        station.close();
    }
}
