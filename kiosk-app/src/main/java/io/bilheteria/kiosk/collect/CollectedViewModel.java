package io.bilheteria.kiosk.collect;

import io.bilheteria.kiosk.checkout.PrintReport;
import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.PrintOutcome;
import io.bilheteria.ui.sale.Sale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The end of a collection ({@link CollectedScreen}): the tickets came out, or why they did not and
 * that the order can still be collected later, here or at another kiosk, with the same code.
 */
public final class CollectedViewModel {
    private final Sale sale;
    private final Messages m;
    private final AtomicReference<PrintReport> handOver;
    private final Journey journey;
    private final ReadOnlyBooleanWrapper printed = new ReadOnlyBooleanWrapper(this, "printed");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private boolean shown;

    /** @param handOver what the printing screen printed, taken once when this screen comes up */
    public CollectedViewModel(Sale sale, Messages messages, AtomicReference<PrintReport> handOver, Journey journey) {
        this.sale = sale;
        this.m = messages;
        this.handOver = handOver;
        this.journey = journey;
    }

    /** Whether every ticket came out of the printer. */
    public ReadOnlyBooleanProperty printedProperty() {
        return printed.getReadOnlyProperty();
    }

    /** What to do now: take the tickets, or come back for them. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void shown() {
        shown = true;
        PrintReport report = handOver.getAndSet(null);
        String code = sale.orderCode().orElse("");
        int tickets = sale.tickets().size();
        message.unbind();
        if (report != null && report.outcome() instanceof PrintOutcome.Failed failed) {
            printed.set(false);
            message.bind(m.text("collect.done.printFailed", m.text("checkout.printer." + failed.status().name()), code));
        } else {
            printed.set(true);
            message.bind(m.text("collect.done.printed", tickets, code));
        }
    }

    public void hidden() {
        shown = false;
    }

    /** "Concluir": the kiosk is ready for the next customer. */
    public void finish() {
        if (shown) {
            journey.startOver();
        }
    }
}
