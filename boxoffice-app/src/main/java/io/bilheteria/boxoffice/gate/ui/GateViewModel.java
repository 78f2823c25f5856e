package io.bilheteria.boxoffice.gate.ui;

import io.bilheteria.boxoffice.gate.Conflict;
import io.bilheteria.boxoffice.gate.GateCounters;
import io.bilheteria.boxoffice.gate.ScanningGate;
import io.bilheteria.boxoffice.gate.Verdict;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.time.Clock;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The gate screen without its nodes: what the verdict field shows after each scan, the
 * counters, the sync state and the conflicts, in the staff's words. The calls to the gate
 * follow {@link StationViewModel}'s rules: {@code gateCalls} runs one at a time, in order.
 */
public final class GateViewModel extends StationViewModel<Verdict, GateCounters, Conflict> {
    /** How many verdicts {@link #recent()} keeps. */
    private static final int RECENT_KEPT = 8;

    private final ScanningGate gate;
    private final GateTexts texts;
    private final ReadOnlyStringWrapper countersText = new ReadOnlyStringWrapper(this, "countersText");
    private final ObservableList<Verdict> recent = FXCollections.observableArrayList();
    // kept: listeners added to a read-only view live only as long as the view
    private final ObservableList<Verdict> recentView = FXCollections.unmodifiableObservableList(recent);

    /** @param zone the venue's: the times on screen are its */
    public GateViewModel(ScanningGate gate, TaskExecutor gateCalls, Messages messages, ZoneId zone, Clock clock) {
        super(gate, gateCalls, messages, zone, clock, "gate");
        this.gate = gate;
        this.texts = new GateTexts(messages, stationTexts());
        countersText.bind(Bindings.createStringBinding(() -> texts.counters(counts().get()),
                counts(), messages.localeProperty()));
        follow();
    }

    @Override
    protected void showVerdict(Verdict verdict) {
        recent.add(0, verdict);
        if (recent.size() > RECENT_KEPT) {
            recent.remove(RECENT_KEPT, recent.size());
        }
        display(stationTexts().tone(verdict.admits()), stationTexts().headline(verdict.result()),
                texts.detail(verdict), texts.note(verdict), true);
    }

    @Override
    protected String conflictLine(Conflict conflict) {
        return texts.conflict(conflict);
    }

    /** "Admitidos 12 · Recusados 1 · Faltam 230". */
    public ReadOnlyStringProperty countersTextProperty() {
        return countersText.getReadOnlyProperty();
    }

    /** The last eight verdicts, newest first. */
    public ObservableList<Verdict> recent() {
        return recentView;
    }

    public String gateId() {
        return gate.gateId();
    }
}
