package io.bilheteria.kiosk.checkout;

import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.sim.PrintedReceipt;
import io.bilheteria.devices.printer.sim.SimulatedPrinter;
import io.bilheteria.kiosk.sale.PrintOutcome;
import io.bilheteria.kiosk.shell.KioskContext;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.theme.Theme;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the paid tickets, one receipt per ticket, in the customer's language. Whatever the
 * printer does, the customer goes on to the done screen: a failed print never undoes the sale.
 */
final class PrintingScreen implements Screen {
    private static final Logger log = LoggerFactory.getLogger(PrintingScreen.class);

    private final KioskContext ctx;
    private final AtomicReference<PrintReport> handOver;
    private final VBox view;

    PrintingScreen(KioskContext ctx, AtomicReference<PrintReport> handOver) {
        this.ctx = ctx;
        this.handOver = handOver;
        Label printing = new Label();
        printing.setId("printing-message");
        printing.textProperty().bind(ctx.messages().text("checkout.printing.message"));
        printing.getStyleClass().add(Theme.TITLE);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(160, 160);
        view = new VBox(48, printing, spinner);
        view.setAlignment(Pos.CENTER);
        view.getStyleClass().add("checkout-body");
        view.getStylesheets().add(CheckoutScreens.STYLESHEET);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        ctx.idle().setPaused(true);
        handOver.set(null);
        SimulatedPrinter printer = ctx.printer();
        Locale locale = ctx.messages().getLocale();
        BackgroundTask.of(() -> {
                    long before = lastNumber(printer.lastReceipts());
                    PrintOutcome outcome;
                    try {
                        outcome = ctx.sale().print(printer, locale, ReceiptGrouping.PER_TICKET);
                    } catch (RuntimeException e) {
                        // the printer's status is read here, off the FX thread, like the printing itself
                        log.error("printing the tickets failed", e);
                        outcome = new PrintOutcome.Failed(printer.status(), e.toString());
                    }
                    List<PrintedReceipt> ours = printer.lastReceipts().stream()
                            .filter(receipt -> receipt.number() > before).toList();
                    return new PrintReport(outcome, ours);
                })
                .onSuccess(this::done)
                .onFailure(ctx::showFailure)
                .executeWith(ctx.tasks());
    }

    @Override
    public void hidden() {
        ctx.idle().setPaused(false);
    }

    private void done(PrintReport report) {
        if (ctx.navigator().getPlace() == Place.PRINTING) {
            handOver.set(report);
            ctx.navigator().go(Place.DONE);
        }
    }

    private static long lastNumber(List<PrintedReceipt> receipts) {
        return receipts.isEmpty() ? 0 : receipts.get(receipts.size() - 1).number();
    }
}
