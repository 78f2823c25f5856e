package io.bilheteria.boxoffice.counter.ui;

import io.bilheteria.boxoffice.counter.HandoverCounts;
import io.bilheteria.boxoffice.counter.RedeemingCounter;
import io.bilheteria.boxoffice.counter.VoucherConflict;
import io.bilheteria.boxoffice.counter.VoucherVerdict;
import io.bilheteria.boxoffice.gate.ui.StationViewModel;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.time.Clock;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The concession counter's screen without its nodes: what the verdict field shows after each
 * scanned voucher (ENTREGAR with the product, or why not), the day's counts, the sync state and
 * the conflicts, in the attendant's words. The calls to the counter follow
 * {@link StationViewModel}'s rules: {@code counterCalls} runs one at a time, in order, so a scan
 * waiting for the backend is not overtaken by the next.
 */
public final class CounterViewModel extends StationViewModel<VoucherVerdict, HandoverCounts, VoucherConflict> {
    private final RedeemingCounter counter;
    private final CounterTexts texts;
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper(this, "countsText");

    /** @param zone the venue's: the times on screen are its */
    public CounterViewModel(RedeemingCounter counter, TaskExecutor counterCalls, Messages messages, ZoneId zone,
                            Clock clock) {
        super(counter, counterCalls, messages, zone, clock, "counter");
        this.counter = counter;
        this.texts = new CounterTexts(messages, stationTexts());
        countsText.bind(Bindings.createStringBinding(() -> texts.counts(counts().get()),
                counts(), messages.localeProperty()));
        follow();
    }

    @Override
    protected void showVerdict(VoucherVerdict verdict) {
        display(stationTexts().tone(verdict.handsOver()), stationTexts().headline(verdict.result()),
                texts.detail(verdict), texts.note(verdict), true);
    }

    @Override
    protected String conflictLine(VoucherConflict conflict) {
        return texts.conflict(conflict);
    }

    /** "Entregues 12 · Recusados 1". */
    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    public String counterId() {
        return counter.counterId();
    }
}
