package io.bilheteria.kiosk.checkout;

import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.devices.printer.sim.PrintedReceipt;
import io.bilheteria.devices.printer.sim.SimulatedPrinter;
import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.KioskStatus;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.PrintOutcome;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the paid tickets, or those of an order collected here ({@link PrintingScreen} shows the wait),
 * one receipt per ticket or one per order as set, in the customer's language. Whatever the printer
 * does, the customer goes on to the done screen (or the collected one) with what came out: a failed
 * print never undoes the sale. What the printer said goes
 * to {@link KioskStatus}, so a printer that cannot print takes the kiosk out of service once the
 * customer is done.
 */
public final class PrintingViewModel {
    private static final Logger log = LoggerFactory.getLogger(PrintingViewModel.class);

    private final Sale sale;
    private final ReceiptPrinter printer;
    private final ReceiptGrouping grouping;
    private final TaskExecutor tasks;
    private final BackendCalls calls;
    private final Messages messages;
    private final KioskStatus status;
    private final AtomicReference<PrintReport> handOver;
    private final Journey journey;
    private boolean shown;

    /** @param handOver where what came out of the printer is left for the done screen */
    public PrintingViewModel(Sale sale, ReceiptPrinter printer, ReceiptGrouping grouping, TaskExecutor tasks,
                             BackendCalls calls, Messages messages, KioskStatus status,
                             AtomicReference<PrintReport> handOver, Journey journey) {
        this.sale = sale;
        this.printer = printer;
        this.grouping = grouping;
        this.tasks = tasks;
        this.calls = calls;
        this.messages = messages;
        this.status = status;
        this.handOver = handOver;
        this.journey = journey;
    }

    /** Prints off the FX thread, then goes on to the done screen. */
    public void shown() {
        shown = true;
        handOver.set(null);
        Locale locale = messages.getLocale();
        BackgroundTask.of(() -> {
                    long before = lastNumber(printer);
                    PrintOutcome outcome;
                    try {
                        outcome = sale.print(printer, locale, grouping);
                    } catch (RuntimeException e) {
                        // the printer's status is read here, off the FX thread, like the printing itself
                        log.error("printing the tickets failed", e);
                        outcome = new PrintOutcome.Failed(printer.status(), e.toString(), PrintOutcome.Papers.NONE);
                    }
                    return new PrintReport(outcome, printedSince(printer, before));
                })
                .onSuccess(this::done)
                .onFailure(calls::report)
                .executeWith(tasks);
    }

    public void hidden() {
        shown = false;
    }

    private void done(PrintReport report) {
        status.printerNow(report.outcome() instanceof PrintOutcome.Failed failed ? failed.status() : PrinterStatus.READY);
        if (shown) {
            handOver.set(report);
            // tickets collected from an order bought elsewhere end on their own screen, without the purchase's thanks
            journey.go(sale.collected().isPresent() ? Place.COLLECTED : Place.DONE);
        }
    }

    /** The simulator's receipt count, to tell this customer's images from earlier ones; a real printer has none. */
    private static long lastNumber(ReceiptPrinter printer) {
        if (printer instanceof SimulatedPrinter simulator) {
            List<PrintedReceipt> receipts = simulator.lastReceipts();
            return receipts.isEmpty() ? 0 : receipts.get(receipts.size() - 1).number();
        }
        return 0;
    }

    /** The images of the receipts the simulator printed after {@code before}; paper from a real printer is not shown. */
    private static List<PrintedReceipt> printedSince(ReceiptPrinter printer, long before) {
        if (printer instanceof SimulatedPrinter simulator) {
            return simulator.lastReceipts().stream().filter(receipt -> receipt.number() > before).toList();
        }
        return List.of();
    }
}
